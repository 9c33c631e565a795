/// The first pass over an export: every resource's key and identifiers, so that references
/// resolve across files in any order. It keeps no resource whole, only what the mapping of
/// another resource reads from it (an Organization's name, an Encounter's performer), so
/// its size is a few short strings per resource however large the export.
struct FHIRIndex {
  /// Every `Type/id` in the files.
  var keys: Set<String> = []
  /// `Type|system|value` and `|system|value` to `Type/id`.
  var byIdentifier: [String: String] = [:]
  /// PractitionerRole key to the Practitioner key it names.
  var practitionerOfRole: [String: String] = [:]
  /// Practitioner key to the NUCC taxonomy / role codes of its PractitionerRoles.
  var roleCodes: [String: [String]] = [:]
  /// Organization key to its name (a payor's name becomes its payer's).
  var organizationNames: [String: String] = [:]
  /// Encounter key to the reference of its primary performer (or first participant).
  var encounterPerformers: [String: JSONValue] = [:]
  /// MedicationRequest key to the latest `whenHandedOver` date of its completed
  /// MedicationDispenses (the pharmacy's pickup confirmation, the rx's `picked_up_on`).
  var handedOver: [String: String] = [:]
  /// Resources read, by type.
  var counts: [String: Int] = [:]
  /// PractitionerRoles wait for every key to be known before they resolve.
  private var roles: [(key: String, practitioner: JSONValue?, codes: [String])] = []
  /// Completed MedicationDispenses wait for every key too.
  private var dispenses: [(prescriptions: [JSONValue], date: String)] = []

  init() {}

  mutating func add(_ r: FHIRResource) {
    keys.insert(r.key)
    counts[r.type, default: 0] += 1
    for i in FHIR.objects(r.json, "identifier") {
      guard let s = i.string("system"), let v = i.string("value") else { continue }
      byIdentifier["\(r.type)|\(s)|\(v)"] = r.key
      byIdentifier["|\(s)|\(v)"] = r.key
    }
    switch r.type {
    case "PractitionerRole":
      let codes = FHIR.objects(r.json, "code").flatMap { FHIR.codings($0).map(\.code) }
      roles.append((r.key, r.json["practitioner"], codes))
    case "Organization":
      if let name = r.json.string("name") { organizationNames[r.key] = name }
    case "Encounter":
      let participants = FHIR.objects(r.json, "participant")
      let primary = participants.first { p in
        FHIR.objects(p, "type").contains { FHIR.codings($0).contains { $0.code == "PPRF" } }
      }
      if let individual = (primary ?? participants.first)?["individual"] { encounterPerformers[r.key] = individual }
    case "MedicationDispense":
      if r.json.string("status") == "completed", let date = FHIR.date(r.json["whenHandedOver"]) {
        dispenses.append((r.json["authorizingPrescription"]?.arrayValue ?? [], date))
      }
    default:
      break
    }
  }

  /// Resolves the PractitionerRoles once every resource has been added.
  mutating func finish() {
    for role in roles {
      guard let ref = FHIRReference(role.practitioner), let p = key(of: ref, types: ["Practitioner"]) else { continue }
      practitionerOfRole[role.key] = p
      roleCodes[p, default: []] += role.codes
    }
    roles = []
    for d in dispenses {
      for ref in d.prescriptions {
        guard let ref = FHIRReference(ref), let rx = key(of: ref, types: ["MedicationRequest"]) else { continue }
        if handedOver[rx].map({ d.date > $0 }) ?? true { handedOver[rx] = d.date }
      }
    }
    dispenses = []
  }

  /// The key of the resource a reference names, when it is in the files.
  func key(of ref: FHIRReference, types: [String]) -> String? {
    switch ref {
    case .literal(let type, let id):
      let candidates = type.isEmpty ? types : [type]
      return candidates.map { "\($0)/\(id)" }.first { keys.contains($0) }
    case .identifier(let type, let system, let value):
      return byIdentifier["\(type ?? "")|\(system)|\(value)"]
    }
  }
}
