/// A strict JSON parser over UTF-8 bytes (RFC 8259), written for speed on one NDJSON line
/// at a time and for hostile input: invalid UTF-8, duplicate keys, lone surrogates,
/// control characters in strings, nesting deeper than `maxDepth` and trailing bytes are
/// all errors with a column and a reason.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based byte column in the line.
  public let column: Int
  public let reason: String
  public var description: String { "column \(column): \(reason)" }
}

public struct JSONParser: ~Copyable {
  public static let maxDepth = 64

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var depth = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Parses exactly one JSON value (surrounding white space allowed).
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue
  {
    var p = JSONParser(bytes)
    p.skipSpace()
    let v = try p.value()
    p.skipSpace()
    if p.i < bytes.count { throw p.fail("unexpected text after the JSON value") }
    return v
  }

  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var copy = text
    do {
      return try copy.withUTF8 { buf in try parse(buf) }
    } catch let e as JSONParseError {
      throw e
    } catch {
      fatalError("unreachable")
    }
  }

  public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
    do {
      return try bytes.withUnsafeBufferPointer { buf in try parse(buf) }
    } catch let e as JSONParseError {
      throw e
    } catch {
      fatalError("unreachable")
    }
  }

  private func fail(_ reason: String) -> JSONParseError {
    JSONParseError(column: i + 1, reason: reason)
  }

  private mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i += 1
      default: return
      }
    }
  }

  private mutating func value() throws(JSONParseError) -> JSONValue {
    guard i < bytes.count else { throw fail("unexpected end of input (truncated record?)") }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("unexpected character \(Self.describe(bytes[i]))")
    }
  }

  /// A byte as an error names it: the character if printable, else its value.
  static func describe(_ b: UInt8) -> String {
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    return "byte 0x" + String(b, radix: 16)
  }

  private mutating func literal(_ word: StaticString) throws(JSONParseError) {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw fail("unexpected end of input (truncated record?)") }
    let p = word.utf8Start
    for k in 0..<n where bytes[i + k] != p[k] { throw fail("invalid literal") }
    i += n
  }

  private mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
  }

  private mutating func object() throws(JSONParseError) -> JSONValue {
    try enter()
    i += 1
    var members: [(key: String, value: JSONValue)] = []
    var sorted = true
    skipSpace()
    if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
      i += 1
      depth -= 1
      return .object(JSONObject())
    }
    while true {
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of input (truncated record?)") }
      guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
      let keyColumn = i
      let key = try string()
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
        throw i < bytes.count ? fail("expected ':' after a key") : fail("unexpected end of input (truncated record?)")
      }
      i += 1
      skipSpace()
      let v = try value()
      if let last = members.last, sorted, !JSONObject.keyPrecedes(last.key, key) {
        if last.key == key { throw JSONParseError(column: keyColumn + 1, reason: "duplicate key '\(key)'") }
        sorted = false
      }
      members.append((key, v))
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of input (truncated record?)") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        break
      }
      throw fail("expected ',' or '}' in an object")
    }
    depth -= 1
    if !sorted {
      members.sort { JSONObject.keyPrecedes($0.key, $1.key) }
      for k in 1..<members.count where members[k - 1].key == members[k].key {
        throw JSONParseError(column: 1, reason: "duplicate key '\(members[k].key)'")
      }
    }
    return .object(JSONObject(sortedUniqueMembers: members))
  }

  private mutating func array() throws(JSONParseError) -> JSONValue {
    try enter()
    i += 1
    var items: [JSONValue] = []
    skipSpace()
    if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
      i += 1
      depth -= 1
      return .array([])
    }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of input (truncated record?)") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        break
      }
      throw fail("expected ',' or ']' in an array")
    }
    depth -= 1
    return .array(items)
  }

  private mutating func number() throws(JSONParseError) -> JSONValue {
    let start = i
    var integral = true
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard i < bytes.count else { throw fail("unexpected end of input (truncated record?)") }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
    } else if bytes[i] >= UInt8(ascii: "1") && bytes[i] <= UInt8(ascii: "9") {
      while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
    } else {
      throw fail("invalid number")
    }
    if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
      integral = false
      i += 1
      let f = i
      while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
      if i == f { throw fail("invalid number: no digits after '.'") }
    }
    if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      integral = false
      i += 1
      if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
      let e = i
      while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
      if i == e { throw fail("invalid number: no digits in the exponent") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    if integral { return Int64(text).map(JSONValue.int) ?? .bigInteger(text) }
    guard let d = Double(text), d.isFinite else { throw JSONParseError(column: start + 1, reason: "number out of range") }
    return JSONValue.number(d)
  }

  private mutating func string() throws(JSONParseError) -> String {
    i += 1
    let start = i
    // Fast path: no escapes, plain ASCII or valid UTF-8 checked after.
    var ascii = true
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let s = String(validating: slice, as: UTF8.self) else {
          throw JSONParseError(column: start + 1, reason: "invalid UTF-8 in a string")
        }
        return s
      }
      if b == UInt8(ascii: "\\") { break }
      if b < 0x20 { throw fail("control character in a string (escape it as \\u00XX)") }
      if b >= 0x80 { ascii = false }
      i += 1
    }
    guard i < bytes.count else { throw fail("unterminated string (truncated record?)") }
    // Slow path with escapes.
    var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        guard let s = String(validating: out, as: UTF8.self) else {
          throw JSONParseError(column: start + 1, reason: "invalid UTF-8 in a string")
        }
        return s
      }
      if b < 0x20 { throw fail("control character in a string (escape it as \\u00XX)") }
      if b != UInt8(ascii: "\\") {
        out.append(b)
        i += 1
        continue
      }
      i += 1
      guard i < bytes.count else { break }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if scalar >= 0xD800 && scalar < 0xDC00 {
          guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
            throw fail("lone UTF-16 surrogate in a \\u escape")
          }
          i += 2
          let low = try hex4()
          guard low >= 0xDC00 && low < 0xE000 else { throw fail("lone UTF-16 surrogate in a \\u escape") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if scalar >= 0xDC00 && scalar < 0xE000 {
          throw fail("lone UTF-16 surrogate in a \\u escape")
        }
        guard scalar != 0, let u = Unicode.Scalar(scalar) else { throw fail("\\u0000 is not allowed in a string") }
        out.append(contentsOf: String(Character(u)).utf8)
      default:
        throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
      }
    }
    throw fail("unterminated string (truncated record?)")
  }

  private mutating func hex4() throws(JSONParseError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail("truncated \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw fail("invalid hex digit in a \\u escape")
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }
}
