/// A FHIR reference as found in a Bulk export: a literal `Type/id` (or a URL ending so),
/// a conditional `Type?identifier=system|value` (as Synthea writes them), or a logical
/// reference by `identifier`.
enum FHIRReference: Hashable, Sendable {
  case literal(type: String, id: String)
  case identifier(type: String?, system: String, value: String)

  init?(_ value: JSONValue?) {
    guard let o = value?.objectValue else { return nil }
    if let ref = o.string("reference") {
      if let q = ref.firstIndex(of: "?") {
        let type = String(ref[..<q])
        let query = ref[ref.index(after: q)...]
        guard query.hasPrefix("identifier="), let bar = query.lastIndex(of: "|") else { return nil }
        let system = String(query[query.index(query.startIndex, offsetBy: 11)..<bar])
        self = .identifier(type: type, system: system, value: String(query[query.index(after: bar)...]))
        return
      }
      let parts = ref.split(separator: "/")
      if ref.hasPrefix("urn:uuid:") {
        self = .literal(type: "", id: String(ref.dropFirst(9)))
        return
      }
      guard parts.count >= 2 else { return nil }
      // `Type/id/_history/n` keeps Type/id.
      if parts.count >= 4 && parts[parts.count - 2] == "_history" {
        self = .literal(type: String(parts[parts.count - 4]), id: String(parts[parts.count - 3]))
      } else {
        self = .literal(type: String(parts[parts.count - 2]), id: String(parts[parts.count - 1]))
      }
      return
    }
    if let i = o["identifier"]?.objectValue, let s = i.string("system"), let v = i.string("value") {
      self = .identifier(type: o.string("type"), system: s, value: v)
      return
    }
    return nil
  }

  var type: String? {
    switch self {
    case .literal(let t, _): t.isEmpty ? nil : t
    case .identifier(let t, _, _): t
    }
  }
}
