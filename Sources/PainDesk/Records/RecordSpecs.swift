/// The contract of every kind in records.md, as data. Field names are exactly those of
/// records.md; add fields here (and to the typed view) when a tool needs one.
public enum RecordSpecs {
  public static func spec(for kind: RecordKind) -> KindSpec {
    byKind[kind]!
  }

  /// Every spec, stored kinds in dependency order, then the output kinds.
  public static var all: [KindSpec] { table }

  /// The ids a record points at (in nested objects and arrays too), for the ledger's
  /// referential check. Fields of the wrong type are skipped: validation reports them.
  public static func references(of record: JSONObject) -> [(field: String, kind: RecordKind, id: String)] {
    guard let name = record.string("kind"), let kind = RecordKind(name: name) else { return [] }
    var out: [(field: String, kind: RecordKind, id: String)] = []
    collectReferences(record, fields: spec(for: kind).fields, prefix: "", into: &out)
    return out
  }

  private static func collectReferences(
    _ object: JSONObject, fields: [FieldSpec], prefix: String,
    into out: inout [(field: String, kind: RecordKind, id: String)]
  ) {
    for field in fields {
      guard let value = object[field.name] else { continue }
      let path = prefix + field.name
      switch (field.type, value) {
      case (.string, .string(let id)):
        if let target = field.references { out.append((path, target, id)) }
      case (.array(.string), .array(let items)):
        guard let target = field.references else { continue }
        for (k, item) in items.enumerated() {
          if case .string(let id) = item { out.append(("\(path)[\(k)]", target, id)) }
        }
      case (.object(let nested), .object(let o)):
        collectReferences(o, fields: nested, prefix: path + ".", into: &out)
      case (.array(.object(let nested)), .array(let items)):
        for (k, item) in items.enumerated() {
          if case .object(let o) = item {
            collectReferences(o, fields: nested, prefix: "\(path)[\(k)].", into: &out)
          }
        }
      default: continue
      }
    }
  }

  /// Stored kinds in dependency order, then the output kinds.
  private static let table: [KindSpec] = {
    let specs = build()
    return (RecordKind.stored + RecordKind.outputs).map { kind in specs.first { $0.kind == kind }! }
  }()

  private static let byKind: [RecordKind: KindSpec] = Dictionary(
    uniqueKeysWithValues: table.map { ($0.kind, $0) })

  // MARK: - Field helpers

  private static func id() -> FieldSpec {
    FieldSpec("id", .string, format: .recordId, doc: "unique per kind")
  }
  private static func ref(_ name: String, _ kind: RecordKind, required: Bool = true, doc: String = "") -> FieldSpec {
    FieldSpec(name, .string, required: required, format: .recordId, references: kind, doc: doc.isEmpty ? "id of a \(kind.rawValue)" : doc)
  }
  private static func str(_ name: String, required: Bool = true, format: FieldFormat? = nil, doc: String = "") -> FieldSpec {
    FieldSpec(name, .string, required: required, format: format, doc: doc)
  }
  private static func opt(_ name: String, _ type: FieldType, format: FieldFormat? = nil, doc: String = "") -> FieldSpec {
    FieldSpec(name, type, required: false, format: format, doc: doc)
  }
  private static func req(_ name: String, _ type: FieldType, format: FieldFormat? = nil, doc: String = "") -> FieldSpec {
    FieldSpec(name, type, required: true, format: format, doc: doc)
  }
  private static func strings(_ name: String, required: Bool = false, format: FieldFormat? = nil, references: RecordKind? = nil, doc: String = "") -> FieldSpec {
    FieldSpec(name, .array(.string), required: required, format: format, references: references, doc: doc)
  }
  private static func ordered(_ a: String, _ b: String) -> CrossFieldRule {
    CrossFieldRule("\(a)-before-\(b)", .ordered(first: a, second: b))
  }

  // MARK: - The kinds

  private static func build() -> [KindSpec] {
    let pos = "CMS place-of-service code (11 office, 22 hospital outpatient, 24 ASC)"
    let levels = FieldSpec("levels", .array(.string), required: false, itemCount: 1...6, doc: "spinal levels such as L4-L5")
    return [
      // People and coverage
      KindSpec(.patient, "a patient of the clinic", fields: [
        id(), str("mrn", required: false, doc: "medical record number"),
        str("given_name"), str("family_name"), req("dob", .date, doc: "date of birth"),
        req("sex", .oneOf(Sex.self)),
        str("state", format: .usState, doc: "state of the patient's address; rules use the location's state first"),
        str("phone", required: false), str("email", required: false),
        opt("contact_preference", .oneOf(ContactChannel.self)),
        req("status", .oneOf(PatientStatus.self)),
        ref("provider_id", .provider, required: false, doc: "the treating provider"),
        opt("risk_tier", .oneOf(RiskTier.self), doc: "wins over an ORT score; neither means moderate"),
        opt("recall_interval_days", .int), opt("do_not_contact", .bool),
      ]),
      KindSpec(.provider, "a prescriber or proceduralist", fields: [
        id(), str("npi", format: .npi, doc: "individual NPI"), str("given_name"), str("family_name"),
        req("role", .oneOf(ProviderRole.self)),
      ]),
      KindSpec(.location, "a practice site; its state decides which state rules apply", fields: [
        id(), str("name"), str("npi", required: false, format: .npi, doc: "group NPI"),
        str("tax_id", required: false),
        req("address", .object([
          str("line"), str("city"), str("state", format: .usState), str("zip", format: .zip),
        ])),
        str("phone", required: false), str("fax", required: false),
        str("place_of_service", format: .placeOfService, doc: pos),
      ]),
      KindSpec(.payer, "an insurer or other source of payment", fields: [
        id(), str("name"), req("type", .oneOf(PayerType.self)),
        str("state", required: false, format: .usState),
        str("mac_jurisdiction", required: false, doc: "Medicare administrative contractor jurisdiction"),
        strings("pa_required_cpts", format: .cpt, doc: "codes this payer requires prior authorization for"),
        opt("decision_days", .int), opt("expedited_hours", .int),
        opt("appeal_window_days", .int), opt("p2p_window_days", .int),
        opt("submission_channel", .oneOf(SubmissionChannel.self)),
        opt("decision_days_basis", .oneOf(DayCountBasis.self), doc: "whether decision_days counts calendar or business days; default calendar"),
        opt("regulator", .oneOf(PayerRegulator.self), doc: "who regulates the plan; California Knox-Keene clocks apply only to dmhc plans"),
        str("phone", required: false, doc: "provider services phone"), str("fax", required: false),
        str("portal_url", required: false, doc: "the provider portal"),
        str("appeals_address", required: false, doc: "where written appeals are mailed"),
        str("appeals_fax", required: false, doc: "where appeals are faxed"),
      ]),
      KindSpec(.coverage, "a patient's membership in a payer's plan", fields: [
        id(), ref("patient_id", .patient), ref("payer_id", .payer), str("member_id"),
        str("group", required: false), req("priority", .oneOf(CoveragePriority.self)),
        req("effective_from", .date), opt("effective_to", .date), opt("verified_on", .date),
        str("verified_by", required: false), opt("verified_via", .oneOf(VerificationChannel.self)),
        opt("eligibility", .object([
          req("active", .bool, doc: "the payer reports active coverage"),
          req("checked_on", .date, doc: "date of the eligibility response"),
          opt("plan_begin", .date), opt("plan_end", .date),
          strings("auth_required_cpts", format: .cpt, doc: "codes the response flags as needing authorization"),
          str("trace", required: false, doc: "the response's trace or reference number"),
        ]), doc: "the last eligibility response recorded by coverage-check verify"),
      ], rules: [ordered("effective_from", "effective_to")]),
      KindSpec(.case, "a workers' comp, auto no-fault or liability claim", fields: [
        id(), ref("patient_id", .patient), ref("coverage_id", .coverage),
        req("type", .oneOf(CaseType.self)), str("claim_number"), req("injury_date", .date),
        str("state", format: .usState), str("employer", required: false),
        opt("adjuster", .object([
          str("name"), str("phone", required: false), str("email", required: false),
          str("fax", required: false),
        ])),
        str("tpa", required: false, doc: "third-party administrator"),
        req("status", .oneOf(CaseStatus.self)),
        opt("region", .oneOf(SpinalRegion.self), doc: "the injured region, for coverage-check's wrong-payer warning"),
      ]),
      // Clinical evidence
      KindSpec(.diagnosis, "a coded diagnosis", fields: [
        id(), ref("patient_id", .patient),
        str("icd10", required: false, format: .icd10, doc: "only ICD-10-CM codes can satisfy a payer criterion"),
        str("snomed", required: false, format: .snomed),
        req("noted_on", .date), opt("onset", .date), opt("region", .oneOf(SpinalRegion.self)),
      ], rules: [CrossFieldRule("diagnosis-code", .atLeastOne(["icd10", "snomed"]))]),
      KindSpec(.conservativeCare, "a course of conservative treatment", fields: [
        id(), ref("patient_id", .patient), req("type", .oneOf(ConservativeCareType.self)),
        req("start", .date), opt("end", .date), req("outcome", .oneOf(CareOutcome.self)),
      ], rules: [ordered("start", "end")]),
      KindSpec(.imaging, "an imaging or electrodiagnostic study", fields: [
        id(), ref("patient_id", .patient), req("modality", .oneOf(ImagingModality.self)),
        str("region"), req("date", .date), str("summary"),
        ref("document_id", .document, required: false, doc: "the report"),
      ]),
      KindSpec(.assessment, "a pain, function or risk score", fields: [
        id(), ref("patient_id", .patient), req("date", .date),
        req("instrument", .oneOf(Instrument.self)),
        FieldSpec("score", .number, required: false, range: InstrumentScale.anyScore, doc: "required except for psych_eval; on the instrument's scale"),
        opt("result", .oneOf(PsychEvalResult.self), doc: "for psych_eval only"),
        ref("procedure_id", .procedure, required: false, doc: "the block it measures"),
        opt("timing", .oneOf(AssessmentTiming.self), doc: "before or after the procedure"),
      ], rules: [
        CrossFieldRule("assessment-score", .requiredUnless(field: "score", whenField: "instrument", equals: "psych_eval")),
        CrossFieldRule("assessment-result", .onlyWhen(field: "result", whenField: "instrument", equals: "psych_eval")),
        CrossFieldRule("assessment-scale", .rangeBy(field: "score", byField: "instrument", ranges: InstrumentScale.ranges)),
      ]),
      KindSpec(.procedure, "an interventional procedure, planned or performed", fields: [
        id(), ref("patient_id", .patient), ref("provider_id", .provider),
        str("cpt", required: false, format: .cpt), str("snomed", required: false, format: .snomed),
        opt("units", .int, doc: "default 1"),
        opt("region", .oneOf(SpinalRegion.self), doc: "cervical+thoracic and lumbar+sacral are one region each for frequency limits"),
        opt("side", .oneOf(Side.self)), levels, req("date", .date),
        req("status", .oneOf(ProcedureStatus.self)), ref("location_id", .location, required: false),
        str("place_of_service", required: false, format: .placeOfService, doc: "default the location's"),
        ref("auth_id", .auth, required: false),
        opt("relief_pct", .int, doc: "peak relief; else computed from pre/post assessments"),
        opt("relief_days", .int, doc: "how long relief of at least half lasted"),
        opt("charge_cents", .cents), opt("paid_cents", .cents),
        opt("purpose", .oneOf(ProcedurePurpose.self), doc: "a trial or a diagnostic block; only a procedure marked as a trial counts as one"),
        opt("analgesic_reduction_pct", .int, doc: "how much analgesic use fell after the procedure; a stimulator trial's alternative to pain relief"),
      ], rules: [CrossFieldRule("procedure-code", .atLeastOne(["cpt", "snomed"]))]),
      KindSpec(.document, "a file in the chart, by path and hash", fields: [
        id(), ref("patient_id", .patient), req("type", .oneOf(DocumentType.self)),
        str("path", format: .documentPath, doc: "relative to the documents folder, inside it"),
        str("sha256", format: .sha256), req("date", .date),
      ]),
      // Authorizations, denials, appeals
      KindSpec(.auth, "a prior authorization case with a payer (HL7 Da Vinci PAS shape)", fields: [
        id(), ref("patient_id", .patient), ref("payer_id", .payer),
        ref("coverage_id", .coverage, required: false), ref("case_id", .case, required: false),
        ref("provider_id", .provider),
        req("items", .array(.object([
          req("seq", .int), str("cpt", format: .cpt), req("units", .int),
          opt("region", .oneOf(SpinalRegion.self)), opt("side", .oneOf(Side.self)), levels,
          opt("outcome", .oneOf(ItemOutcome.self)), opt("approved_units", .int), opt("units_used", .int),
        ])), doc: "service lines; outcomes are per line"),
        strings("icd10", required: true, format: .icd10),
        req("urgency", .oneOf(Urgency.self)),
        opt("service_date", .date, doc: "planned date of service"),
        ref("location_id", .location, required: false),
        str("place_of_service", required: false, format: .placeOfService),
        req("status", .oneOf(AuthStatus.self)), opt("channel", .oneOf(SubmissionChannel.self)),
        str("reference", required: false, doc: "portal tracking id, fax confirmation or call reference"),
        opt("submitted_at", .instant), opt("decided_at", .instant), str("auth_number", required: false),
        opt("valid_from", .date), opt("valid_to", .date),
        strings("requested_items", doc: "what a pend asks for"),
        ref("reauth_of", .auth, required: false, doc: "the auth this one renews"),
        strings("document_ids", format: .recordId, references: .document),
        opt("denial", .object([
          str("carc", required: false), strings("rarc"), str("hcr01", required: false), str("reason"),
        ])),
      ], rules: [
        CrossFieldRule("auth-item-seq", .uniqueKey(array: "items", key: "seq")),
        ordered("valid_from", "valid_to"), ordered("submitted_at", "decided_at"),
      ]),
      KindSpec(.claim, "what was billed, for matching remittances", fields: [
        id(), ref("patient_id", .patient), ref("payer_id", .payer),
        str("claim_number", doc: "patient control number sent on the claim"),
        req("service_date", .date),
        req("lines", .array(.object([
          str("cpt", format: .cpt), req("units", .int), req("charge_cents", .cents),
          ref("procedure_id", .procedure, required: false),
        ]))),
        req("status", .oneOf(ClaimStatus.self)), opt("paid_cents", .cents),
        str("auth_number", required: false),
      ]),
      KindSpec(.fee, "a line of the clinic's fee schedule", fields: [
        id(), ref("payer_id", .payer, required: false), opt("payer_type", .oneOf(PayerType.self)),
        str("cpt", format: .cpt), str("place_of_service", required: false, format: .placeOfService),
        req("allowed_cents", .cents), req("effective_from", .date), opt("effective_to", .date),
      ], rules: [
        CrossFieldRule("fee-payer", .atLeastOne(["payer_id", "payer_type"])),
        ordered("effective_from", "effective_to"),
      ]),
      KindSpec(.denial, "a payer's denial of an auth or a claim", fields: [
        id(), ref("patient_id", .patient), ref("payer_id", .payer),
        ref("auth_id", .auth, required: false), ref("claim_id", .claim, required: false),
        req("notice_date", .date), opt("received_on", .date),
        str("carc", required: false, doc: "claim adjustment reason code"),
        strings("rarc", doc: "remittance advice remark codes"),
        str("hcr01", required: false, doc: "X12 278 action code"), str("reason"),
        opt("category", .oneOf(DenialCategory.self), doc: "derived when absent"),
        opt("amount_cents", .cents),
      ], rules: [ordered("notice_date", "received_on")]),
      KindSpec(.appeal, "an appeal of a denial", fields: [
        id(), ref("denial_id", .denial), req("level", .oneOf(AppealLevel.self)),
        req("deadline", .date), req("status", .oneOf(AppealStatus.self)),
        opt("filed_on", .date), opt("decided_on", .date), opt("recovered_cents", .cents),
        opt("route", .oneOf(AppealRoute.self), doc: "what to do first: peer_to_peer, appeal, resubmission, coverage_check"),
        opt("category", .oneOf(DenialCategory.self), doc: "the denial's category"),
        str("rule", required: false, doc: "the rule that gives the deadline"),
        str("source", required: false, doc: "the rule's public source"),
        opt("counted_from", .date, doc: "the date the window is counted from"),
        str("note", required: false, doc: "e.g. the deadline falls on a weekend or holiday (never moved)"),
        opt("days_left", .int, doc: "printed by appeal-pack for --as-of; not stored"),
        str("urgency", required: false, doc: "urgent (under 14 days), routine or past; printed, not stored"),
        str("route_reason", required: false, doc: "printed, not stored"),
      ]),
      // Scheduling and recall
      KindSpec(.appointment, "a visit on the schedule", fields: [
        id(), ref("patient_id", .patient), ref("provider_id", .provider),
        req("start", .localDateTime, doc: "local YYYY-MM-DDTHH:MM in the clinic's time zone, or an instant"),
        req("duration_min", .int), req("type", .oneOf(AppointmentType.self)),
        req("status", .oneOf(AppointmentStatus.self)), strings("cpts", format: .cpt),
        ref("auth_id", .auth, required: false), ref("location_id", .location, required: false),
        opt("cancelled_at", .instant),
      ]),
      KindSpec(.slot, "an open slot on a provider's schedule", fields: [
        id(), ref("provider_id", .provider), req("start", .localDateTime),
        req("duration_min", .int), opt("type", .oneOf(AppointmentType.self)),
        str("location", required: false),
      ]),
      KindSpec(.waitlist, "a patient waiting for an earlier slot", fields: [
        id(), ref("patient_id", .patient), ref("provider_id", .provider, required: false),
        req("type", .oneOf(AppointmentType.self)), strings("cpts", format: .cpt),
        ref("auth_id", .auth, required: false), req("added_on", .date),
        opt("earliest", .date), opt("latest", .date),
        opt("days", .array(.oneOf(WaitlistDay.self))), opt("times", .oneOf(TimeOfDay.self)),
      ], rules: [ordered("earliest", "latest")]),
      KindSpec(.outreach, "one attempt to reach a patient", fields: [
        id(), ref("patient_id", .patient), req("date", .date),
        req("channel", .oneOf(ContactChannel.self)), req("purpose", .oneOf(OutreachPurpose.self)),
        req("result", .oneOf(OutreachResult.self)),
      ]),
      // Controlled substances
      KindSpec(.rx, "a prescription", fields: [
        id(), ref("patient_id", .patient),
        ref("prescriber_id", .provider, required: false, doc: "the clinic provider who wrote it; absent for a prescription from outside the clinic, which names outside_prescriber"),
        str("drug", doc: "ingredient name"), str("rxnorm", required: false, format: .rxnorm, doc: "ingredient RxCUI"),
        req("strength", .number), req("strength_unit", .oneOf(StrengthUnit.self)),
        req("form", .oneOf(DosageForm.self)),
        req("units_per_day", .number, doc: "not used for MME for a patch"),
        req("quantity", .number), req("days_supply", .int),
        req("schedule", .oneOf(DEASchedule.self)), req("written_on", .date),
        opt("filled_on", .date, doc: "the latest fill"), opt("refills", .int),
        req("status", .oneOf(RxStatus.self)), str("pharmacy", required: false),
        str("ndc", required: false, format: .ndc),
        opt("concurrent_units", .int, doc: "patches worn at once, default 1"),
        opt("fills", .array(.object([req("date", .date), req("quantity", .number), req("days_supply", .int)]))),
        opt("picked_up_on", .date),
        opt("earliest_fill_on", .date, doc: "Schedule II multiple-Rx series: the earliest date a pharmacy may fill it (21 CFR 1306.12)"),
        opt("outside_prescriber", .object([
          str("name"), str("npi", required: false, format: .npi), str("dea", required: false, doc: "DEA registration number"),
        ]), doc: "who wrote a prescription from outside the clinic"),
        opt("source", .oneOf(RxSource.self), doc: "where a prescription from outside the clinic was learned of; absent for the clinic's own"),
        opt("naloxone_offered_on", .date, doc: "the day naloxone was offered with this opioid prescription, when it was offered rather than prescribed (CDC 2022 Rec 8)"),
      ], rules: [
        CrossFieldRule("rx-prescriber", .atLeastOne(["prescriber_id", "outside_prescriber"])),
        ordered("written_on", "filled_on"),
        CrossFieldRule("fills-not-before-written_on", .orderedEach(first: "written_on", array: "fills", key: "date")),
      ]),
      KindSpec(.refillRequest, "a patient's or pharmacy's request for a refill", fields: [
        id(), ref("patient_id", .patient), ref("rx_id", .rx), req("requested_on", .date),
        str("channel"), str("note", required: false),
        opt("status", .oneOf(RefillRequestStatus.self), doc: "absent means open; the queue holds open and routed requests"),
        opt("closed_on", .date, doc: "the day it was closed; for filled, the fill's date"),
        str("status_note", required: false, doc: "why it was closed"),
      ]),
      KindSpec(.uds, "a urine drug screen", fields: [
        id(), ref("patient_id", .patient), req("type", .oneOf(UDSType.self)),
        req("ordered_on", .date), opt("collected_on", .date), opt("resulted_on", .date),
        opt("reviewed_on", .date), str("reviewed_by", required: false),
        opt("results", .array(.object([str("substance"), req("detected", .bool)]))),
      ]),
      KindSpec(.pdmpCheck, "a query of a state prescription drug monitoring program", fields: [
        id(), ref("patient_id", .patient), str("state", format: .usState),
        req("checked_on", .date), str("checked_by"), req("result", .oneOf(PDMPResult.self)),
      ]),
      KindSpec(.agreement, "a signed treatment agreement", fields: [
        id(), ref("patient_id", .patient), req("type", .oneOf(AgreementType.self)),
        req("signed_on", .date), opt("expires_on", .date),
      ], rules: [ordered("signed_on", "expires_on")]),
      // Intake and records
      KindSpec(.referral, "a referral into the clinic", fields: [
        id(), ref("patient_id", .patient), req("received_on", .date),
        req("source", .oneOf(ReferralSource.self)),
        str("referring_npi", required: false, format: .npi), str("reason"),
        str("urgency", required: false), req("status", .oneOf(ReferralStatus.self)),
        opt("status_on", .date, doc: "business date of the latest status step (intake-check advance)"),
      ]),
      KindSpec(.recordsRequest, "a request for medical records, in or out", fields: [
        id(), ref("patient_id", .patient), req("direction", .oneOf(RecordsDirection.self)),
        req("party", .oneOf(RecordsParty.self)), req("purpose", .oneOf(RecordsPurpose.self)),
        req("requested_on", .date), opt("due_on", .date), opt("hipaa_authorization_on", .date),
        req("status", .oneOf(RecordsRequestStatus.self)), opt("fee_cents", .cents),
        opt("sent_on", .date, doc: "when the records went out (records-track send)"),
        opt("sent_documents", .array(.object([
          ref("document_id", .document), str("sha256", format: .sha256, doc: "the document's SHA-256 when sent"),
        ])), doc: "what was sent"),
        opt("closed_on", .date, doc: "when the request was closed (records-track close)"),
      ]),
      // Output kinds
      KindSpec(.finding, "one rule's verdict on one record", fields: [
        id(), req("subject_kind", .oneOf(RecordKind.self)), str("subject_id", format: .recordId),
        str("rule", doc: "rule id"), str("source", doc: "public source, e.g. LCD L38803"),
        req("severity", .oneOf(Severity.self)), str("message"), opt("evidence", .any),
        ref("patient_id", .patient, required: false, doc: "the patient it is about, on a worklist's rows"),
      ]),
      KindSpec(.readiness, "whether an auth is ready to submit", fields: [
        id(), ref("auth_id", .auth), req("ready", .bool), req("pa_required", .bool),
        req("blocking", .int), req("warnings", .int),
      ]),
      KindSpec(.reportRow, "one cell of a report", fields: [
        id(), str("metric"), str("dimension", required: false), str("key", required: false),
        str("period", required: false), req("value", .number),
        req("unit", .oneOf(ReportUnit.self), doc: "ratio is a fraction (0.35)"),
        str("formula", required: false),
      ]),
      KindSpec(.udsSchedule, "one patient's urine drug screen schedule (uds-due)", fields: [
        id(), ref("patient_id", .patient), req("risk_tier", .oneOf(RiskTier.self)),
        str("tier_source", doc: "patient (the record's tier), ort (latest ORT score) or default"),
        req("interval_days", .int), opt("last_collected_on", .date, doc: "latest collected specimen"),
        req("due_on", .date), req("overdue", .bool),
        opt("next_appointment", .date, doc: "date of the next scheduled appointment"),
        req("collect_at_next_visit", .bool, doc: "due on or before the next appointment"),
      ]),
      KindSpec(.routing, "where a refill request goes next, and why (refill-check)", fields: [
        id(), ref("request_id", .refillRequest), ref("patient_id", .patient), ref("rx_id", .rx),
        str("drug", required: false, doc: "ingredient of the requested Rx"),
        req("decision", .oneOf(RoutingDecision.self)),
        req("mme_per_day", .number, doc: "the patient's total across the opioid Rx taken on the day (a Schedule II series one at a time)"),
        str("mme_table", doc: "conversion table used, e.g. cdc-2022-clinical"),
        str("next_step", doc: "what the office does next"),
        req("findings", .array(.object([
          str("rule"), str("source"), req("severity", .oneOf(Severity.self)), str("message"),
        ]))),
        opt("naloxone", .oneOf(NaloxoneStatus.self), doc: "when naloxone is indicated (CDC 2022 Rec 8): whether it was prescribed or offered"),
      ]),
      KindSpec(.rxAudit, "the evidence behind one controlled-substance Rx (refill-check audit)", fields: [
        id(), ref("rx_id", .rx), ref("patient_id", .patient), ref("prescriber_id", .provider),
        str("drug"), req("schedule", .oneOf(DEASchedule.self)), req("written_on", .date),
        str("rx_entered_at", required: false, doc: "when the record first reached the ledger"),
        ref("pdmp_check_id", .pdmpCheck, required: false), opt("pdmp_checked_on", .date),
        str("pdmp_checked_by", required: false), str("pdmp_entered_at", required: false),
        ref("uds_id", .uds, required: false), opt("uds_collected_on", .date), opt("uds_reviewed_on", .date),
        str("uds_entered_at", required: false),
        ref("agreement_id", .agreement, required: false), opt("agreement_signed_on", .date),
        str("agreement_entered_at", required: false), opt("last_visit_on", .date),
        req("mme_per_day", .number, doc: "total on the written date"), str("mme_table"),
        strings("gaps", doc: "what an auditor would find missing or late"),
      ]),
      KindSpec(.recall, "a patient due or overdue for a visit, for one reason (recall-scan)", fields: [
        id(), ref("patient_id", .patient), req("reason", .oneOf(RecallReason.self)),
        str("rule", doc: "rule id"), str("source", doc: "public source of the rule, or clinic protocol"),
        str("subject_id", required: false, format: .recordId, doc: "the procedure, appointment, referral or rx behind the reason"),
        opt("last_visit_on", .date, doc: "the last qualifying event; for a pump, the last refill"),
        req("due_on", .date), req("state", .oneOf(RecallState.self)),
        req("days_overdue", .int, doc: "0 when not yet overdue"),
        req("priority", .int, doc: "1 overdue opioid follow-up, 2 other overdue, 3 due"),
        opt("contact_preference", .oneOf(ContactChannel.self)),
        req("attempts", .int, doc: "recall outreach since the reason began"),
        req("failed_attempts", .int, doc: "no answer, voicemail or bad number"),
        req("action", .oneOf(RecallAction.self)),
        req("scheduled", .bool, doc: "a future appointment satisfies the reason (--include-scheduled)"),
        opt("scheduled_on", .date), ref("appointment_id", .appointment, required: false, doc: "the future appointment"),
      ]),
      KindSpec(.offer, "a waitlisted patient proposed for an open slot (recall-scan fill)", fields: [
        id(), ref("slot_id", .slot), ref("patient_id", .patient), req("rank", .int, doc: "1 is the best fit"),
        str("why"), ref("waitlist_id", .waitlist), ref("provider_id", .provider),
        req("start", .localDateTime), req("type", .oneOf(AppointmentType.self)),
        ref("auth_id", .auth, required: false, doc: "the auth usable on the slot's date"),
        ref("appointment_id", .appointment, required: false, doc: "the booking, with --book"),
        ref(
          "moves_appointment_id", .appointment, required: false,
          doc: "the patient's later appointment on the same auth that the slot brings forward; --book cancels it"),
      ]),
      KindSpec(.intakeStatus, "an open referral and what it still needs before booking (intake-check)", fields: [
        id(), ref("referral_id", .referral), ref("patient_id", .patient),
        req("status", .oneOf(ReferralStatus.self)), req("received_on", .date),
        str("next_action", doc: "what the office does next"),
        req("waiting_on", .oneOf(IntakeWaitingOn.self)),
        req("days_open", .int, doc: "days since the referral was received"),
        req("follow_up_due", .bool, doc: "a packet or a records request has waited more than intake.follow_up days"),
        strings("missing", required: true, doc: "pieces not on file, in booking order"),
      ]),
      KindSpec(.coverageStatus, "an upcoming appointment and its coverage on the date of service (coverage-check)", fields: [
        id(), ref("appointment_id", .appointment), ref("patient_id", .patient),
        req("start", .localDateTime), req("type", .oneOf(AppointmentType.self)),
        req("ok", .bool, doc: "no problem found"),
        strings("problems", required: true, doc: "each names its rule id"),
        str("contact", doc: "whom to call: adjuster or TPA of an injury case, else the payer"),
        strings("priority", required: true, references: .coverage, doc: "coverages active on the date, in billing order"),
        opt("pa_required", .bool, doc: "procedures: whether a payer or carrier authorization is needed"),
        ref("auth_id", .auth, required: false, doc: "the auth usable on the date"),
        ref("case_id", .case, required: false, doc: "the injury case billed"),
      ]),
      KindSpec(.recordsStatus, "an open records request, its due date and whether it may be released (records-track)", fields: [
        id(), ref("request_id", .recordsRequest), ref("patient_id", .patient),
        req("direction", .oneOf(RecordsDirection.self)), req("party", .oneOf(RecordsParty.self)),
        req("purpose", .oneOf(RecordsPurpose.self)), req("requested_on", .date), req("due_on", .date),
        req("overdue", .bool), req("days_left", .int, doc: "negative when overdue"),
        req("blocked", .bool, doc: "release needs a HIPAA authorization that is not on file"),
        str("reason"), str("rule", doc: "rule id of the due date or the block"), opt("fee_cents", .cents),
      ]),
    ]
  }
}
