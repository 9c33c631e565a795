/// Writes JSON in its canonical form (design.md §3): object keys sorted by UTF-8 bytes, no
/// insignificant white space, UTF-8 as is, no escaped slashes; only `"`, `\` and control
/// characters are escaped. The same value always gives the same bytes, so the ledger's
/// hashes and golden test outputs are stable.
public enum JSONWriter {
  public static func canonical(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  public static func canonicalBytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, into: &out)
    return out
  }

  public static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let n): out.append(contentsOf: String(n).utf8)
    case .double(let d): out.append(contentsOf: format(d).utf8)
    case .bigInteger(let text): out.append(contentsOf: text.utf8)
    case .string(let s): writeString(s, into: &out)
    case .array(let a):
      out.append(UInt8(ascii: "["))
      for (k, v) in a.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        write(v, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let o):
      out.append(UInt8(ascii: "{"))
      var first = true
      for m in o.members {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        writeString(m.key, into: &out)
        out.append(UInt8(ascii: ":"))
        write(m.value, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Shortest text that reads back as the same Double; never `inf` or `nan` (the parser
  /// cannot produce them, and the constructors in this package do not).
  static func format(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    let s = d.description
    // Swift writes 1e-05 and 1e+20; both are valid JSON.
    return s
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  public static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most strings need no escape: copy them in one go (a third of an import's writing).
    let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      for b in bytes where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
      out.append(contentsOf: bytes)
      return true
    }
    if plain == true {
      out.append(UInt8(ascii: "\""))
      return
    }
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
      case 0..<0x20:
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

extension JSONValue: CustomStringConvertible {
  /// The canonical JSON text.
  public var description: String { JSONWriter.canonical(self) }
}
