/// A stored record with members set on top of it, written without parsing it. The ledger
/// keeps each record as canonical JSON text (keys in byte order, design.md §3), so the
/// stored members are copied as bytes and the set ones merged in by key: the same bytes
/// `JSONWriter` gives for the parsed record with the members set. Worklists that print a
/// stored record plus a few fields write thousands of these (pa-status).
public struct PatchedRecord: Sendable {
  /// The record as stored: one canonical JSON object.
  public let stored: String
  /// Members to add (replacing a stored member of the same key).
  public var added: JSONObject

  public init(stored: String, added: JSONObject = JSONObject()) {
    self.stored = stored
    self.added = added
  }

  /// The record as an object with the members set (table, CSV and JSON output).
  public func object() throws(ToolkitError) -> JSONObject {
    guard case .object(var o)? = try? JSONParser.parse(stored) else {
      throw ToolkitError(.dataError, "a stored record is not a JSON object; run 'paindesk verify'")
    }
    for m in added { o[m.key] = m.value }
    return o
  }

  /// Appends the canonical JSON of `object()`.
  public func write(into out: inout [UInt8]) throws(ToolkitError) {
    var text = stored
    let spliced = text.withUTF8 { splice($0, into: &out) }
    if !spliced { JSONWriter.write(.object(try object()), into: &out) }
  }

  /// Merges `added` into the stored members; false (having written nothing) when the text is
  /// not a plain canonical object: a key with an escape, or bytes out of place.
  private func splice(_ s: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
    guard s.count >= 2, s[0] == UInt8(ascii: "{"), s[s.count - 1] == UInt8(ascii: "}") else { return false }
    let start = out.count
    out.reserveCapacity(start + s.count + 32 * added.count)
    out.append(UInt8(ascii: "{"))
    var first = true
    var pending = added.members[...]
    func member(_ key: String, _ value: JSONValue) {
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      JSONWriter.writeString(key, into: &out)
      out.append(UInt8(ascii: ":"))
      JSONWriter.write(value, into: &out)
    }
    var i = 1
    let end = s.count - 1
    while i < end {
      // A member: "key":value, then a comma unless it is the last.
      guard s[i] == UInt8(ascii: "\"") else { return undo(out: &out, to: start) }
      var k = i + 1
      while k < end, s[k] != UInt8(ascii: "\"") {
        if s[k] == UInt8(ascii: "\\") { return undo(out: &out, to: start) }
        k += 1
      }
      guard k + 1 < end, s[k + 1] == UInt8(ascii: ":") else { return undo(out: &out, to: start) }
      let key = UnsafeBufferPointer(rebasing: s[(i + 1)..<k])
      guard let valueEnd = Self.valueEnd(s, from: k + 2, end: end) else { return undo(out: &out, to: start) }
      var replaced = false
      while let next = pending.first {
        let order = Self.compare(next.key, key)
        if order > 0 { break }
        member(next.key, next.value)
        pending.removeFirst()
        if order == 0 { replaced = true }
      }
      if !replaced {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<valueEnd]))
      }
      i = valueEnd
      if i < end {
        guard s[i] == UInt8(ascii: ","), i + 1 < end else { return undo(out: &out, to: start) }
        i += 1
      }
    }
    for m in pending { member(m.key, m.value) }
    out.append(UInt8(ascii: "}"))
    return true
  }

  private func undo(out: inout [UInt8], to count: Int) -> Bool {
    out.removeSubrange(count...)
    return false
  }

  /// Where the value starting at `i` ends (one past its last byte), skipping strings and
  /// nested brackets; nil when it runs past `end`.
  private static func valueEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
    var i = start
    var depth = 0
    var inString = false
    while i < end {
      let b = s[i]
      if inString {
        if b == UInt8(ascii: "\\") {
          i += 1
        } else if b == UInt8(ascii: "\"") {
          inString = false
          if depth == 0 { return i + 1 }
        }
      } else {
        switch b {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth < 0 { return nil }
          if depth == 0 { return i + 1 }
        case UInt8(ascii: ","):
          if depth == 0 { return i }
        default: break
        }
      }
      i += 1
    }
    return depth == 0 && !inString && i > start ? i : nil
  }

  /// Byte order of a key against raw key bytes: negative, zero or positive.
  private static func compare(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    var a = a
    return a.withUTF8 { x in
      let n = min(x.count, b.count)
      for j in 0..<n where x[j] != b[j] { return x[j] < b[j] ? -1 : 1 }
      return x.count - b.count
    }
  }
}
