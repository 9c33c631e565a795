/// `ledger_version` (design.md §2): the hash of a record's last event in the ledger it was
/// read from. `export` adds it, so a record that travels through a pipe
/// (`export | jq | import`) says which version it was changed from; an import strips it
/// before validating, storing, hashing or comparing, and refuses a record whose version is
/// an earlier event of the same record in this ledger: someone changed it since it was read.
public enum LedgerVersion {
  /// The metadata field's name on a record.
  public static let field = "ledger_version"

  /// The record without its `ledger_version`, and the version it carried (nil when it
  /// carried none, or one that is not a string: any other value is not a version).
  static func strip(_ object: JSONObject) -> (record: JSONObject, version: String?) {
    guard object.has(field) else { return (object, nil) }
    var record = object
    record[field] = nil
    return (record, object.string(field))
  }

  /// The refusal of a stale record: kind and id only, and what to do.
  static func changedSinceRead(kind: RecordKind, id: String) -> ToolkitError {
    ToolkitError(
      .tempFail,
      "\(kind.rawValue) \(UntrustedText.quoted(id)): changed since read: export again and reapply (or import with --force to overwrite)")
  }
}

extension LedgerVersion {
  /// A stored record's canonical JSON with `ledger_version` set to `version`, still
  /// canonical (the member goes where its key sorts). The stored text is canonical, so the
  /// member is spliced in after the last top-level key that sorts before it; a record
  /// with an escaped key or a stored `ledger_version` is parsed and written instead.
  static func stamped(_ canonical: [UInt8], version: String) -> [UInt8] {
    let key = Array(field.utf8)
    let member = [UInt8]("\"\(field)\":\"".utf8) + Array(version.utf8) + [0x22]
    guard canonical.count >= 2, canonical[0] == 0x7B else { return rewritten(canonical, version: version) }
    if canonical[1] == 0x7D { return [0x7B] + member + [0x7D] }
    var i = 1
    while i < canonical.count, canonical[i] == 0x22 {
      // The key, which in canonical JSON of our records needs no escape.
      var j = i + 1
      while j < canonical.count, canonical[j] != 0x22 {
        if canonical[j] == 0x5C { return rewritten(canonical, version: version) }
        j += 1
      }
      let name = canonical[(i + 1)..<min(j, canonical.count)]
      if name.elementsEqual(key) { return rewritten(canonical, version: version) }
      if !name.lexicographicallyPrecedes(key) {
        return Array(canonical[..<i]) + member + [0x2C] + Array(canonical[i...])
      }
      guard let end = valueEnd(canonical, from: j + 2) else { return rewritten(canonical, version: version) }
      if canonical[end] == 0x7D { return Array(canonical[..<end]) + [0x2C] + member + Array(canonical[end...]) }
      i = end + 1
    }
    return rewritten(canonical, version: version)
  }

  /// The index of the `,` or `}` that ends the top-level value starting at `start`.
  private static func valueEnd(_ b: [UInt8], from start: Int) -> Int? {
    var depth = 0
    var k = start
    var inString = false
    while k < b.count {
      let c = b[k]
      if inString {
        if c == 0x5C { k += 1 } else if c == 0x22 { inString = false }
      } else {
        switch c {
        case 0x22: inString = true
        case 0x7B, 0x5B: depth += 1
        case 0x7D, 0x5D:
          if depth == 0 { return c == 0x7D ? k : nil }
          depth -= 1
        case 0x2C where depth == 0: return k
        default: break
        }
      }
      k += 1
    }
    return nil
  }

  /// The slow path of `stamped`: parse, set the member, write canonically.
  private static func rewritten(_ canonical: [UInt8], version: String) -> [UInt8] {
    guard case .object(var o) = try? JSONParser.parse(canonical) else { return canonical }
    o[field] = .string(version)
    return JSONWriter.canonicalBytes(.object(o))
  }
}
