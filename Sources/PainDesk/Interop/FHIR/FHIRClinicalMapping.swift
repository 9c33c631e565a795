/// Condition, Procedure, ServiceRequest, Encounter and Appointment.
extension FHIRMapping {
  static let practitionerTypes = ["Practitioner", "PractitionerRole"]

  func diagnosis(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    if FHIR.codings(FHIR.object(j, "verificationStatus")).contains(where: { $0.code == "entered-in-error" || $0.code == "refuted" }) {
      throw FHIRSkip("entered in error or refuted")
    }
    var o = record(.diagnosis, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    let code = FHIR.object(j, "code")
    let icd = FHIR.code(code, in: FHIR.icd10Systems)
    let snomed = FHIR.code(code, in: [FHIR.snomedSystem])
    guard icd != nil || snomed != nil else { throw FHIRSkip("no ICD-10-CM or SNOMED coding") }
    if let icd { o["icd10"] = .string(icd) }
    if let snomed { o["snomed"] = .string(snomed) }
    guard let noted = FHIR.date(j["recordedDate"]) ?? FHIR.date(j["onsetDateTime"]) else { throw FHIRSkip("no recordedDate or onset") }
    o["noted_on"] = .string(noted)
    if let onset = FHIR.date(j["onsetDateTime"]) ?? FHIR.date(FHIR.object(j, "onsetPeriod")?["start"]) { o["onset"] = .string(onset) }
    return o
  }

  /// The primary performer of an encounter, the provider of what happened in it.
  func encounterPerformer(_ encounter: JSONValue?) -> JSONValue? {
    guard let ref = FHIRReference(encounter), let key = index.key(of: ref, types: ["Encounter"]) else { return nil }
    return index.encounterPerformers[key]
  }

  func procedureCodes(_ concept: JSONObject?, into o: inout JSONObject) throws(FHIRSkip) {
    let cpt = FHIR.code(concept, in: FHIR.cptSystems.union(FHIR.hcpcsSystems))
    let snomed = FHIR.code(concept, in: [FHIR.snomedSystem])
    guard cpt != nil || snomed != nil else { throw FHIRSkip("no CPT, HCPCS or SNOMED coding") }
    if let cpt { o["cpt"] = .string(cpt) }
    if let snomed { o["snomed"] = .string(snomed) }
  }

  func procedure(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    let status: String
    switch j.string("status") {
    case "completed": status = "performed"
    case "preparation": status = "planned"
    case "not-done", "stopped": status = "cancelled"
    default: throw FHIRSkip("status is not completed, preparation, stopped or not-done")
    }
    var o = record(.procedure, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    let performer = FHIR.objects(j, "performer").first?["actor"] ?? encounterPerformer(j["encounter"])
    o["provider_id"] = .string(try resolve(performer, .provider, types: Self.practitionerTypes, field: "performer", required: true)!)
    try procedureCodes(FHIR.object(j, "code"), into: &o)
    guard let date = FHIR.date(j["performedDateTime"]) ?? FHIR.date(FHIR.object(j, "performedPeriod")?["start"]) else {
      throw FHIRSkip("no performed date")
    }
    o["date"] = .string(date)
    o["status"] = .string(status)
    if let l = try resolve(j["location"], .location, types: ["Location"], field: "location", required: false) { o["location_id"] = .string(l) }
    return o
  }

  /// A ServiceRequest is a procedure the clinic plans (or cancelled).
  func plannedProcedure(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    let status: String
    switch j.string("status") {
    case "active", "draft", "on-hold": status = "planned"
    case "revoked": status = "cancelled"
    default: throw FHIRSkip("status is not active, draft, on-hold or revoked")
    }
    var o = record(.procedure, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    let performer = FHIR.array(j, "performer").first ?? j["requester"]
    o["provider_id"] = .string(try resolve(performer, .provider, types: Self.practitionerTypes, field: "performer", required: true)!)
    try procedureCodes(FHIR.object(j, "code"), into: &o)
    guard let date = FHIR.date(j["occurrenceDateTime"]) ?? FHIR.date(FHIR.object(j, "occurrencePeriod")?["start"]) ?? FHIR.date(j["authoredOn"])
    else { throw FHIRSkip("no occurrence or authoredOn date") }
    o["date"] = .string(date)
    o["status"] = .string(status)
    if let l = try resolve(FHIR.array(j, "locationReference").first, .location, types: ["Location"], field: "locationReference", required: false) {
      o["location_id"] = .string(l)
    }
    return o
  }

  /// Minutes between two FHIR instants.
  static func minutes(_ start: String?, _ end: String?) -> Int? {
    guard let s = start.flatMap(Instant.init), let e = end.flatMap(Instant.init), e.seconds >= s.seconds else { return nil }
    return Int((e.seconds - s.seconds) / 60)
  }

  /// A finished ambulatory Encounter is a completed visit, so recall and refill rules see it.
  func encounter(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    let cls = FHIR.object(j, "class")?.string("code")
    guard j.string("status") == "finished", cls == "AMB" || cls == "VR" else { throw FHIRSkip("not a finished ambulatory encounter") }
    var o = record(.appointment, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    let period = FHIR.object(j, "period")
    let performer = encounterPerformer(.object(["reference": .string("Encounter/\(r.id)")]))
    o["provider_id"] = .string(try resolve(performer, .provider, types: Self.practitionerTypes, field: "participant", required: true)!)
    guard let start = period?.string("start"), Instant(start) != nil else { throw FHIRSkip("no period.start instant") }
    o["start"] = .string(start)
    guard let minutes = Self.minutes(start, period?.string("end")) else { throw FHIRSkip("no period.end") }
    o["duration_min"] = .int(Int64(minutes))
    o["type"] = .string(cls == "VR" ? "telehealth" : "follow_up")
    o["status"] = .string("completed")
    if let l = try resolve(FHIR.objects(j, "location").first?["location"], .location, types: ["Location"], field: "location", required: false) {
      o["location_id"] = .string(l)
    }
    return o
  }

  func appointment(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    let statuses = [
      "proposed": "scheduled", "pending": "scheduled", "booked": "scheduled", "arrived": "completed",
      "checked-in": "completed", "fulfilled": "completed", "cancelled": "cancelled", "noshow": "no_show",
    ]
    guard let status = statuses[j.string("status") ?? ""] else { throw FHIRSkip("status not mapped (entered-in-error, waitlist)") }
    var o = record(.appointment, r.id)
    let actors = FHIR.objects(j, "participant").compactMap { $0["actor"] }
    let patient = actors.first { FHIRReference($0)?.type == "Patient" }
    let practitioner = actors.first { Self.practitionerTypes.contains(FHIRReference($0)?.type ?? "") }
    o["patient_id"] = .string(try resolve(patient, .patient, types: ["Patient"], field: "participant (Patient)", required: true)!)
    o["provider_id"] = .string(try resolve(practitioner, .provider, types: Self.practitionerTypes, field: "participant (Practitioner)", required: true)!)
    guard let start = j.string("start"), Instant(start) != nil else { throw FHIRSkip("no start instant") }
    o["start"] = .string(start)
    guard let minutes = j["minutesDuration"]?.intValue.map(Int.init) ?? Self.minutes(start, j.string("end")) else {
      throw FHIRSkip("no minutesDuration or end")
    }
    o["duration_min"] = .int(Int64(minutes))
    let kind = FHIR.codings(FHIR.object(j, "appointmentType")).first?.code
    o["type"] = .string(["ROUTINE": "follow_up", "FOLLOWUP": "follow_up", "CHECKUP": "follow_up", "WALKIN": "new_patient", "EMERGENCY": "follow_up"][kind ?? ""] ?? "follow_up")
    o["status"] = .string(status)
    let cpts = FHIR.objects(j, "serviceType").compactMap { FHIR.code($0, in: FHIR.cptSystems.union(FHIR.hcpcsSystems)) }
    if !cpts.isEmpty {
      o["cpts"] = .array(cpts.map { .string($0) })
      if o.string("type") == "follow_up" && cpts.contains(where: { $0.hasPrefix("6") || $0.hasPrefix("2") }) { o["type"] = .string("procedure") }
    }
    if status == "cancelled", let at = j.string("cancelationDate") ?? FHIR.object(j, "meta")?.string("lastUpdated"), Instant(at) != nil {
      o["cancelled_at"] = .string(at)
    }
    return o
  }
}
