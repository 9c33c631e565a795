#if canImport(Glibc)
  import Glibc
#endif

/// A JSON value as PainDesk keeps it: records pass through tools without losing fields,
/// and the ledger hashes their canonical form, so the representation is exact and ordered.
///
/// Numbers: an integral number that fits in 64 bits is `.int`; an integer written without
/// fraction or exponent that does not is `.bigInteger`, kept as its text, since a double
/// would round it (a 20-digit account number in a field the tools pass through); any other
/// is `.double` (a double with an integral value below 2^53 is normalised to `.int` by the
/// parser), so `7`, `7.0` and `7e0` are one value and one canonical text.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  /// An integer beyond Int64, as written (`-`? and digits, no leading zero).
  case bigInteger(String)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)
}

extension JSONValue {
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
  public var intValue: Int64? {
    switch self {
    case .int(let i): return i
    default: return nil
    }
  }
  /// Any JSON number as a Double.
  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    case .bigInteger(let text): return Double(text)
    default: return nil
    }
  }
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }
  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }
  public var objectValue: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
  /// The JSON type's name, for error messages ("expected a string, found a number").
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int, .double, .bigInteger: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(floatLiteral value: Double) { self = JSONValue.number(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(JSONObject(elements))
  }
  public init(nilLiteral: ()) { self = .null }

  /// A number, normalised as the parser does: integral values below 2^53 become `.int`.
  public static func number(_ d: Double) -> JSONValue {
    if d.rounded(.towardZero) == d, abs(d) < 9_007_199_254_740_992 { return .int(Int64(d)) }
    return .double(d)
  }
}

/// A JSON object whose members are kept sorted by key (UTF-8 byte order), which is the
/// order of canonical JSON; keys are unique.
public struct JSONObject: Sendable, Hashable, Sequence {
  public private(set) var members: [(key: String, value: JSONValue)]

  public init() { members = [] }

  /// Builds an object from pairs; a later duplicate key replaces an earlier one.
  public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSONValue) {
    members = []
    for (k, v) in pairs { self[k] = v }
  }

  /// Takes members already sorted by key with no duplicates (the parser's output).
  init(sortedUniqueMembers: [(key: String, value: JSONValue)]) {
    members = sortedUniqueMembers
  }

  public var count: Int { members.count }
  public var isEmpty: Bool { members.isEmpty }
  public var keys: [String] { members.map(\.key) }

  public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
    members.makeIterator()
  }

  /// Index of `key`, or where it would be inserted.
  private func position(of key: String) -> (index: Int, found: Bool) {
    var lo = 0
    var hi = members.count
    while lo < hi {
      let mid = (lo + hi) / 2
      let k = members[mid].key
      if k == key { return (mid, true) }
      if JSONObject.keyPrecedes(k, key) { lo = mid + 1 } else { hi = mid }
    }
    return (lo, false)
  }

  /// Canonical key order: by UTF-8 bytes.
  public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
    // memcmp on the UTF-8 storage of native strings; the generic path for the others.
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Bool in
        let n = Swift.min(x.count, y.count)
        if n > 0, let px = x.baseAddress, let py = y.baseAddress {
          let c = memcmp(px, py, n)
          if c != 0 { return c < 0 }
        }
        return x.count < y.count
      }
    }
    if let fast, let result = fast { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  public subscript(key: String) -> JSONValue? {
    get {
      let p = position(of: key)
      // Not a ternary: `nil` there would type-check as JSONValue.null (the enum is
      // ExpressibleByNilLiteral) and a missing key would read as `.some(.null)`.
      guard p.found else { return .none }
      return members[p.index].value
    }
    set {
      let p = position(of: key)
      switch (p.found, newValue) {
      case (true, .some(let v)): members[p.index].value = v
      case (true, .none): members.remove(at: p.index)
      case (false, .some(let v)): members.insert((key, v), at: p.index)
      case (false, .none): break
      }
    }
  }

  public func string(_ key: String) -> String? { self[key]?.stringValue }

  /// Whether `key` is a member. Prefer this to `self[key] != nil`: JSONValue is
  /// ExpressibleByNilLiteral, so that `nil` would mean JSON null, not absence.
  public func has(_ key: String) -> Bool { position(of: key).found }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.members.count == rhs.members.count else { return false }
    for (l, r) in zip(lhs.members, rhs.members) where l.key != r.key || l.value != r.value {
      return false
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(members.count)
    for m in members {
      hasher.combine(m.key)
      hasher.combine(m.value)
    }
  }
}
