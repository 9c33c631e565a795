/// An HL7 Da Vinci PAS request Bundle (FHIR R4) for one auth: the Claim with
/// `use = preauthorization` first, then Patient, Coverage, the payer Organization,
/// Practitioner, one Condition per ICD-10-CM code, and the supporting evidence
/// (Observation per assessment, Procedure per earlier procedure, DocumentReference per
/// attached document), each referenced from `Claim.supportingInfo`.
public enum PASRequestBundle {
  public struct Inputs: Sendable {
    public var auth: Auth
    public var patient: Patient?
    public var payer: Payer?
    public var coverage: Coverage?
    public var provider: Provider?
    public var location: Location?
    public var evidence: [EvidenceRef]
    public var all: PatientEvidence
    /// `created` and the Bundle timestamp.
    public var created: Instant

    public init(
      auth: Auth, patient: Patient?, payer: Payer?, coverage: Coverage?, provider: Provider?, location: Location?,
      evidence: [EvidenceRef], all: PatientEvidence, created: Instant
    ) {
      self.auth = auth
      self.patient = patient
      self.payer = payer
      self.coverage = coverage
      self.provider = provider
      self.location = location
      self.evidence = evidence
      self.all = all
      self.created = created
    }
  }

  static let base = "urn:paindesk:"
  static let cpt = "http://www.ama-assn.org/go/cpt"
  static let icd10 = "http://hl7.org/fhir/sid/icd-10-cm"

  /// A FHIR id: letters, digits, '-' and '.', at most 64.
  public static func fhirID(_ s: String) -> String {
    String(String(s.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "-" }).prefix(64))
  }

  static func obj(_ pairs: [(String, JSONValue?)]) -> JSONValue {
    .object(JSONObject(pairs.compactMap { k, v in v.map { (k, $0) } }))
  }
  static func ref(_ type: String, _ id: String) -> JSONValue { obj([("reference", .string("\(type)/\(fhirID(id))"))]) }
  static func coding(_ system: String?, _ code: String, _ display: String? = nil) -> JSONValue {
    obj([("coding", .array([obj([("system", system.map { .string($0) }), ("code", .string(code)), ("display", display.map { .string($0) })])]))])
  }
  static func entry(_ type: String, _ id: String, _ resource: JSONValue) -> JSONValue {
    obj([("fullUrl", .string("\(base)\(type)/\(fhirID(id))")), ("resource", resource)])
  }

  public static func build(_ x: Inputs) -> JSONObject {
    let a = x.auth
    var entries: [JSONValue] = []
    var support: [JSONValue] = []
    var extra: [JSONValue] = []
    var seq = 1
    let byId = Dictionary(x.all.assessments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let procs = Dictionary(x.all.procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let docs = Dictionary(x.all.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var seen = Set<EvidenceRef>()
    var evidence = x.evidence
    for d in a.documentIds ?? [] { evidence.append(EvidenceRef(.document, d)) }
    for e in evidence where !seen.contains(e) {
      seen.insert(e)
      var resource: (String, JSONValue)?
      switch e.kind {
      case .assessment:
        if let s = byId[e.id] {
          resource = ("Observation", obj([
            ("resourceType", "Observation"), ("id", .string(fhirID(s.id))), ("status", "final"),
            ("code", obj([("text", .string(s.instrument.rawValue))])), ("subject", ref("Patient", a.patientId)),
            ("effectiveDateTime", .string(s.date)),
            ("valueQuantity", s.score.map { obj([("value", .number($0))]) }),
            ("valueString", s.score == nil ? s.result.map { .string($0.rawValue) } : nil),
          ]))
        }
      case .procedure:
        if let p = procs[e.id] {
          resource = ("Procedure", obj([
            ("resourceType", "Procedure"), ("id", .string(fhirID(p.id))),
            ("status", .string(p.status == .performed ? "completed" : p.status == .cancelled ? "not-done" : "preparation")),
            ("code", p.cpt.map { coding(cpt, $0, ProcedureCatalog.entry($0)?.label) }), ("subject", ref("Patient", a.patientId)),
            ("performedDateTime", .string(p.date)),
          ]))
        }
      case .document:
        if let d = docs[e.id] {
          resource = ("DocumentReference", obj([
            ("resourceType", "DocumentReference"), ("id", .string(fhirID(d.id))), ("status", "current"),
            ("type", obj([("text", .string(d.type.rawValue))])), ("subject", ref("Patient", a.patientId)),
            ("content", .array([obj([("attachment", obj([("url", .string("\(base)document/\(fhirID(d.id))")), ("title", .string(d.type.rawValue))]))])])),
          ]))
        }
      default: break
      }
      guard let (type, r) = resource else { continue }
      extra.append(entry(type, e.id, r))
      support.append(obj([
        ("sequence", .int(Int64(seq))),
        ("category", coding("http://terminology.hl7.org/CodeSystem/claiminformationcategory", "attachment")),
        ("valueReference", ref(type, e.id)),
      ]))
      seq += 1
    }
    let pos = a.placeOfService ?? x.location?.placeOfService
    let items: [JSONValue] = a.items.map { i in
      obj([
        ("sequence", .int(Int64(i.seq))),
        ("productOrService", coding(cpt, i.cpt, ProcedureCatalog.entry(i.cpt)?.label)),
        ("quantity", obj([("value", .int(Int64(i.units)))])),
        ("servicedDate", a.serviceDate.map { .string($0) }),
        ("locationCodeableConcept", pos.map { coding("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", $0) }),
      ])
    }
    let coverageID = a.coverageId ?? x.coverage?.id ?? "\(a.id)-coverage"
    let claim = obj([
      ("resourceType", "Claim"), ("id", .string(fhirID(a.id))),
      ("identifier", .array([obj([("system", "urn:paindesk:auth"), ("value", .string(a.id))])])),
      ("status", "active"), ("type", coding("http://terminology.hl7.org/CodeSystem/claim-type", "professional")),
      ("use", "preauthorization"), ("patient", ref("Patient", a.patientId)),
      ("created", .string(x.created.description)), ("insurer", ref("Organization", a.payerId)),
      ("provider", ref("Practitioner", a.providerId)),
      ("priority", coding("http://terminology.hl7.org/CodeSystem/processpriority", a.urgency == .expedited ? "stat" : "normal")),
      ("supportingInfo", support.isEmpty ? nil : .array(support)),
      ("diagnosis", a.icd10.isEmpty ? nil : .array(a.icd10.enumerated().map { k, code in
        obj([("sequence", .int(Int64(k + 1))), ("diagnosisReference", ref("Condition", "\(a.id)-dx-\(k + 1)"))])
      })),
      ("insurance", .array([obj([("sequence", 1), ("focal", true), ("coverage", ref("Coverage", coverageID))])])),
      ("item", .array(items)),
    ])
    entries.append(entry("Claim", a.id, claim))
    let p = x.patient
    entries.append(entry("Patient", a.patientId, obj([
      ("resourceType", "Patient"), ("id", .string(fhirID(a.patientId))),
      ("identifier", p?.mrn.map { .array([obj([("system", "urn:paindesk:mrn"), ("value", .string($0))])]) }),
      ("name", p.map { .array([obj([("family", .string($0.familyName)), ("given", .array([.string($0.givenName)]))])]) }),
      ("gender", p.map { .string($0.sex.rawValue) }), ("birthDate", p.map { .string($0.dob) }),
    ])))
    entries.append(entry("Coverage", coverageID, obj([
      ("resourceType", "Coverage"), ("id", .string(fhirID(coverageID))), ("status", "active"),
      ("subscriberId", x.coverage.map { .string($0.memberId) }), ("beneficiary", ref("Patient", a.patientId)),
      ("payor", .array([ref("Organization", a.payerId)])),
    ])))
    entries.append(entry("Organization", a.payerId, obj([
      ("resourceType", "Organization"), ("id", .string(fhirID(a.payerId))), ("name", x.payer.map { .string($0.name) }),
    ])))
    let dr = x.provider
    entries.append(entry("Practitioner", a.providerId, obj([
      ("resourceType", "Practitioner"), ("id", .string(fhirID(a.providerId))),
      ("identifier", dr.map { .array([obj([("system", "http://hl7.org/fhir/sid/us-npi"), ("value", .string($0.npi))])]) }),
      ("name", dr.map { .array([obj([("family", .string($0.familyName)), ("given", .array([.string($0.givenName)]))])]) }),
    ])))
    for (k, code) in a.icd10.enumerated() {
      let cid = "\(a.id)-dx-\(k + 1)"
      entries.append(entry("Condition", cid, obj([
        ("resourceType", "Condition"), ("id", .string(fhirID(cid))), ("code", coding(icd10, code)),
        ("subject", ref("Patient", a.patientId)),
      ])))
    }
    entries += extra
    return JSONObject([
      ("resourceType", "Bundle"), ("id", .string(fhirID("\(a.id)-pas"))),
      ("identifier", obj([("system", "urn:paindesk:pas-request"), ("value", .string(a.id))])),
      ("type", "collection"), ("timestamp", .string(x.created.description)), ("entry", .array(entries)),
    ])
  }
}
