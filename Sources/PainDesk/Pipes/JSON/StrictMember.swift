/// A member of a parsed object as a Swift value, exactly as `JSONValueDecoder` would give
/// it (a string is a string, an integer an integer, `null` an absent optional), for the
/// hand-written decoders of hot inputs (`Auth(record:)`). Anything else throws
/// `StrictMember.Mismatch`, and the caller falls back to the decoder, which then gives
/// the same value or its own error.
enum StrictMember {
  struct Mismatch: Error {}

  static func string(_ v: JSONValue?) throws(Mismatch) -> String {
    guard case .string(let s)? = v else { throw Mismatch() }
    return s
  }

  static func optionalString(_ v: JSONValue?) throws(Mismatch) -> String? {
    switch v {
    case nil, .null?: return nil
    case .string(let s)?: return s
    default: throw Mismatch()
    }
  }

  static func int(_ v: JSONValue?) throws(Mismatch) -> Int {
    guard case .int(let i)? = v, let n = Int(exactly: i) else { throw Mismatch() }
    return n
  }

  static func optionalInt(_ v: JSONValue?) throws(Mismatch) -> Int? {
    if v == nil || v == .null { return nil }
    return try int(v)
  }

  static func value<E: RawRepresentable>(_ v: JSONValue?, _: E.Type) throws(Mismatch) -> E where E.RawValue == String {
    guard let e = E(rawValue: try string(v)) else { throw Mismatch() }
    return e
  }

  static func optionalValue<E: RawRepresentable>(_ v: JSONValue?, _: E.Type) throws(Mismatch) -> E? where E.RawValue == String {
    guard let s = try optionalString(v) else { return nil }
    guard let e = E(rawValue: s) else { throw Mismatch() }
    return e
  }

  static func strings(_ v: JSONValue?) throws(Mismatch) -> [String] {
    guard case .array(let list)? = v else { throw Mismatch() }
    var out: [String] = []
    out.reserveCapacity(list.count)
    for item in list { out.append(try string(item)) }
    return out
  }

  static func optionalStrings(_ v: JSONValue?) throws(Mismatch) -> [String]? {
    if v == nil || v == .null { return nil }
    return try strings(v)
  }

  static func object(_ v: JSONValue?) throws(Mismatch) -> JSONObject {
    guard case .object(let o)? = v else { throw Mismatch() }
    return o
  }
}
