/// One FHIR resource read from a Bulk Data file: its type, id, JSON and where it was.
public struct FHIRResource: Sendable {
  public let type: String
  public let id: String
  public let json: JSONObject
  public let file: String
  public let line: Int

  /// `Type/id`, the key references use.
  public var key: String { type + "/" + id }
}

/// Small accessors over FHIR JSON.
enum FHIR {
  static let icd10Systems: Set<String> = ["http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10"]
  static let snomedSystem = "http://snomed.info/sct"
  static let cptSystems: Set<String> = ["http://www.ama-assn.org/go/cpt", "urn:oid:2.16.840.1.113883.6.12"]
  static let hcpcsSystems: Set<String> = ["https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "urn:oid:2.16.840.1.113883.6.285"]
  static let rxnormSystem = "http://www.nlm.nih.gov/research/umls/rxnorm"
  static let loincSystem = "http://loinc.org"
  static let npiSystem = "http://hl7.org/fhir/sid/us-npi"

  static func object(_ o: JSONObject, _ key: String) -> JSONObject? { o[key]?.objectValue }
  static func array(_ o: JSONObject, _ key: String) -> [JSONValue] { o[key]?.arrayValue ?? [] }
  static func objects(_ o: JSONObject, _ key: String) -> [JSONObject] { array(o, key).compactMap(\.objectValue) }

  /// The codings of a CodeableConcept.
  static func codings(_ concept: JSONObject?) -> [(system: String, code: String, display: String?)] {
    guard let concept else { return [] }
    return objects(concept, "coding").compactMap { c in
      guard let code = c.string("code") else { return nil }
      return (c.string("system") ?? "", code, c.string("display"))
    }
  }

  static func code(_ concept: JSONObject?, in systems: Set<String>) -> String? {
    codings(concept).first { systems.contains($0.system) }?.code
  }

  /// The date part (YYYY-MM-DD) of a FHIR date or dateTime.
  static func date(_ v: JSONValue?) -> String? {
    guard let s = v?.stringValue, s.utf8.count >= 10 else { return nil }
    let d = String(s.prefix(10))
    return LocalDate(d) != nil ? d : nil
  }

  /// The text of a dateTime, or nil.
  static func dateTime(_ v: JSONValue?) -> String? { v?.stringValue }

  /// The value of the first identifier of a system (or with a type code).
  static func identifier(_ o: JSONObject, system: String? = nil, typeCode: String? = nil) -> String? {
    for i in objects(o, "identifier") {
      if let system, i.string("system") == system { return i.string("value") }
      if let typeCode, codings(object(i, "type")).contains(where: { $0.code == typeCode }) { return i.string("value") }
    }
    return nil
  }
}
