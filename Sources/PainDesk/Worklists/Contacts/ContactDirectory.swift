/// The records a worklist's contact cards are built from, read once for a list's rows:
/// their patients, auths, denials, claims, coverages and injury cases, and every payer
/// (payer lines from the payer record, else the clinic config's `payers` section).
public struct ContactDirectory: Sendable {
  var patients: [String: JSONObject] = [:]
  var payers: [String: JSONObject] = [:]
  var auths: [String: JSONObject] = [:]
  var denials: [String: JSONObject] = [:]
  var claims: [String: JSONObject] = [:]
  var coverages: [String: [JSONObject]] = [:]
  var cases: [String: [JSONObject]] = [:]
  /// Payer id -> the config's payer lines (`phone`, `fax`, `portal_url`...).
  var payerSettings: [String: JSONObject] = [:]

  /// An empty directory with the config's payer lines.
  public init(config: ClinicConfig) { payerSettings = config.payers }

  /// Reads what the cards of `rows` need from the ledger, in a few set-based reads.
  public static func load(for rows: [JSONObject], ledger: Ledger, config: ClinicConfig) throws(ToolkitError) -> ContactDirectory {
    var d = ContactDirectory(config: config)
    func ids(_ pick: (JSONObject) -> String?) -> [String] { Array(Set(rows.compactMap(pick))).sorted() }
    d.add(try ledger.records(of: .denial, ids: ids { ContactDirectory.linked($0, .denial) }))
    d.add(try ledger.records(of: .auth, ids: ids { ContactDirectory.linked($0, .auth) } + d.denials.values.compactMap { $0.string("auth_id") }))
    d.add(try ledger.records(of: .claim, ids: ids { $0.string("claim_id") } + d.denials.values.compactMap { $0.string("claim_id") }))
    let patientIds = Array(Set(rows.compactMap { d.patientId(of: $0) })).sorted()
    d.add(try ledger.records(of: .patient, ids: patientIds))
    d.add(try ledger.records(of: .coverage, patientIds: patientIds))
    d.add(try ledger.records(of: .case, patientIds: patientIds))
    d.add(try ledger.records(of: .payer))
    return d
  }

  /// Adds records of any of the kinds the cards read (tests build a directory this way).
  public mutating func add(_ records: [JSONObject]) {
    for r in records {
      guard let id = r.string("id") else { continue }
      switch r.string("kind").flatMap(RecordKind.init(name:)) {
      case .patient: patients[id] = r
      case .payer: payers[id] = r
      case .auth: auths[id] = r
      case .denial: denials[id] = r
      case .claim: claims[id] = r
      case .coverage: if let p = r.string("patient_id") { coverages[p, default: []].append(r) }
      case .case: if let p = r.string("patient_id") { cases[p, default: []].append(r) }
      default: break
      }
    }
  }

  /// The id of the auth or denial a row is, or names (`auth_id`, `denial_id`).
  static func linked(_ row: JSONObject, _ kind: RecordKind) -> String? {
    row.string("kind") == kind.rawValue ? row.string("id") : row.string(kind.rawValue + "_id")
  }

  /// The patient a row is about: its `patient_id`, a finding's evidence, or that of the
  /// denial or auth it names.
  func patientId(of row: JSONObject) -> String? {
    if row.string("kind") == RecordKind.patient.rawValue { return row.string("id") }
    if let p = row.string("patient_id") { return p }
    if let p = row["evidence"]?.objectValue?.string("patient_id") { return p }
    if row.string("subject_kind") == RecordKind.patient.rawValue, let p = row.string("subject_id") { return p }
    let denial = ContactDirectory.linked(row, .denial).flatMap { denials[$0] }
    return denial?.string("patient_id") ?? ContactDirectory.linked(row, .auth).flatMap { auths[$0]?.string("patient_id") }
  }

  /// The contact card of one worklist row (`ContactCard`), or nil when the row names no
  /// patient and no payer.
  public func card(for row: JSONObject) -> JSONObject? {
    var card = JSONObject()
    func set(_ field: String, _ value: String?) {
      if let value, !value.isEmpty { card[field] = .string(value) }
    }
    let patientId = patientId(of: row)
    if let id = patientId, let p = patients[id] {
      set("patient_name", [p.string("given_name"), p.string("family_name")].compactMap { $0 }.joined(separator: " "))
      set("phone", p.string("phone"))
      set("email", p.string("email"))
      set("channel", p.string("contact_preference"))
      card["do_not_contact"] = .bool(p["do_not_contact"]?.boolValue ?? false)
    }
    let denial = ContactDirectory.linked(row, .denial).flatMap { denials[$0] }
    let auth = (ContactDirectory.linked(row, .auth) ?? denial?.string("auth_id")).flatMap { auths[$0] }
    let claim = (row.string("claim_id") ?? denial?.string("claim_id")).flatMap { claims[$0] }
    let patientCoverages = patientId.flatMap { coverages[$0] } ?? []
    let coverageId = row.string("coverage_id") ?? auth?.string("coverage_id") ?? firstCoverage(listedIn: row)
    let payerId = row.string("payer_id") ?? denial?.string("payer_id") ?? auth?.string("payer_id") ?? claim?.string("payer_id")
      ?? patientCoverages.first { $0.string("id") == coverageId }?.string("payer_id")
    let coverage = patientCoverages.first { $0.string("id") == coverageId }
      ?? patientCoverages.filter { payerId != nil && $0.string("payer_id") == payerId }.min(by: ContactDirectory.precedes)
    let injury = injuryCase(row: row, auth: auth, coverage: coverage, patientId: patientId)
    if let payerId {
      let payer = payers[payerId]
      let settings = payerSettings[payerId]
      func line(_ name: String) -> String? { payer?.string(name) ?? settings?.string(name) }
      set("payer_name", payer?.string("name"))
      set("payer_phone", line("phone"))
      set("payer_fax", line("fax"))
      set("payer_portal_url", line("portal_url"))
    }
    set("member_id", coverage?.string("member_id"))
    set("auth_number", auth?.string("auth_number") ?? claim?.string("auth_number"))
    set("reference", auth?.string("reference"))
    set("claim_number", claim?.string("claim_number") ?? injury?.string("claim_number"))
    if let adjuster = injury?["adjuster"]?.objectValue {
      set("adjuster_name", adjuster.string("name"))
      set("adjuster_phone", adjuster.string("phone"))
    }
    return card.isEmpty ? nil : card
  }

  /// Rows with the card of each as their `contacts` member (rows without one unchanged).
  public func annotate(_ rows: [JSONObject]) -> [JSONObject] {
    rows.map { row in
      var row = row
      if let card = card(for: row) { row[ContactCard.member] = .object(card) }
      return row
    }
  }

  /// The first of a row's listed coverage ids (`coverage_status.priority`).
  private func firstCoverage(listedIn row: JSONObject) -> String? {
    row["priority"]?.arrayValue?.first?.stringValue
  }

  /// The injury case a row is about: the one it or its auth names, else the patient's open
  /// case on the row's coverage.
  private func injuryCase(row: JSONObject, auth: JSONObject?, coverage: JSONObject?, patientId: String?) -> JSONObject? {
    let patientCases = patientId.flatMap { cases[$0] } ?? []
    if let id = row.string("case_id") ?? auth?.string("case_id") { return patientCases.first { $0.string("id") == id } }
    guard let coverageId = coverage?.string("id") else { return nil }
    return patientCases.first { $0.string("coverage_id") == coverageId && $0.string("status") == CaseStatus.open.rawValue }
  }

  /// The billing order of CoverageOrder: primary, secondary, tertiary, then by id.
  private static func precedes(_ a: JSONObject, _ b: JSONObject) -> Bool {
    func rank(_ o: JSONObject) -> Int {
      o.string("priority").flatMap(CoveragePriority.init(rawValue:)).map(CoverageOrder.rank) ?? CoverageOrder.priorities.count
    }
    return (rank(a), a.string("id") ?? "") < (rank(b), b.string("id") ?? "")
  }
}
