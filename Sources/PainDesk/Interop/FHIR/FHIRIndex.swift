/// The first pass over an export: every resource by `Type/id` and by identifier, so that
/// references resolve across files in any order.
struct FHIRIndex {
  var byKey: [String: FHIRResource] = [:]
  /// `Type|system|value` and `|system|value` to `Type/id`.
  var byIdentifier: [String: String] = [:]
  /// PractitionerRole key to the Practitioner key it names.
  var practitionerOfRole: [String: String] = [:]
  /// Practitioner key to the NUCC taxonomy / role codes of its PractitionerRoles.
  var roleCodes: [String: [String]] = [:]

  init(_ resources: [FHIRResource]) {
    for r in resources {
      byKey[r.key] = r
      for i in FHIR.objects(r.json, "identifier") {
        guard let s = i.string("system"), let v = i.string("value") else { continue }
        byIdentifier["\(r.type)|\(s)|\(v)"] = r.key
        byIdentifier["|\(s)|\(v)"] = r.key
      }
    }
    for r in resources where r.type == "PractitionerRole" {
      guard let ref = FHIRReference(r.json["practitioner"]), let p = key(of: ref, types: ["Practitioner"]) else { continue }
      practitionerOfRole[r.key] = p
      let codes = FHIR.objects(r.json, "code").flatMap { FHIR.codings($0).map(\.code) }
      roleCodes[p, default: []] += codes
    }
  }

  /// The key of the resource a reference names, when it is in the files.
  func key(of ref: FHIRReference, types: [String]) -> String? {
    switch ref {
    case .literal(let type, let id):
      let candidates = type.isEmpty ? types : [type]
      return candidates.map { "\($0)/\(id)" }.first { byKey[$0] != nil }
    case .identifier(let type, let system, let value):
      return byIdentifier["\(type ?? "")|\(system)|\(value)"]
    }
  }
}
