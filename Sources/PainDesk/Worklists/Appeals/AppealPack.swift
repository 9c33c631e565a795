/// `appeal-pack`: from input rows (denials, or denied auths as pa-status prints them)
/// or the ledger's open denials to triaged cases and packet inputs.
public enum AppealPack {
  /// The denials the input names. A `denial` row is taken from the ledger when it is
  /// there (else as given, and returned in `unrecorded` so it can be recorded with its
  /// appeals); an `auth` row names its denial through `denial.auth_id` (an auth without
  /// one is returned in `skipped`). Any other kind is a data error.
  public static func denials(
    from rows: [(record: JSONObject, where: String)], ledger: Ledger
  ) throws(ToolkitError) -> (denials: [Denial], unrecorded: [JSONObject], skipped: [String]) {
    let decoder = JSONValueDecoder()
    var denialRows: [(JSONObject, String)] = []
    var authIds: [String] = []
    for (o, place) in rows {
      switch o.string("kind") {
      case "denial":
        if let first = RecordValidator.validate(o).first {
          throw ToolkitError(.dataError, "\(place): denial '\(o.string("id") ?? "?")': \(first.message)")
        }
        denialRows.append((o, place))
      case "auth":
        guard let id = o.string("id") else { throw ToolkitError(.dataError, "\(place): auth without an id") }
        authIds.append(id)
      default:
        throw ToolkitError(.dataError, "\(place): expected kind 'denial' or 'auth'; this record is another kind or has none")
      }
    }
    var stored: [String: JSONObject] = [:]
    for o in try ledger.records(of: .denial, ids: denialRows.compactMap { $0.0.string("id") }) { stored[o.string("id")!] = o }
    var byAuth: [String: [JSONObject]] = [:]
    for o in try ledger.denials(authIds: authIds) { byAuth[o.string("auth_id")!, default: []].append(o) }
    var out: [Denial] = []
    var unrecorded: [JSONObject] = []
    var skipped: [String] = []
    var seen = Set<String>()
    func add(_ o: JSONObject, _ place: String) throws(ToolkitError) {
      guard let id = o.string("id"), seen.insert(id).inserted else { return }
      do { out.append(try decoder.decode(Denial.self, from: o)) } catch {
        throw ToolkitError(.dataError, "\(place): denial '\(id)' does not match the denial kind")
      }
    }
    var authQueue = authIds[...]
    for (o, place) in rows {
      if o.string("kind") == "denial" {
        let id = o.string("id")!
        if let s = stored[id] { try add(s, place) } else {
          if !seen.contains(id) { unrecorded.append(o) }
          try add(o, place)
        }
      } else if let id = authQueue.popFirst() {
        let found = byAuth[id] ?? []
        if found.isEmpty { skipped.append(id) }
        for d in found { try add(d, place) }
      }
    }
    return (out, unrecorded, skipped)
  }

  /// Every open denial of the ledger (see `AppealTriage.isOpen`), by id.
  public static func openDenials(ledger: Ledger, rules: EffectiveRules) throws(ToolkitError) -> [Denial] {
    let all = try ledger.all(Denial.self)
    let payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    let appeals = Dictionary(grouping: try ledger.all(Appeal.self), by: \.denialId)
    let triage = AppealTriage(rules: rules)
    return all.filter { triage.isOpen($0, payer: payers[$0.payerId], existing: appeals[$0.id] ?? []) }
  }

  /// The triage of each denial, with the appeals the ledger already holds.
  public static func triage(_ denials: [Denial], ledger: Ledger, rules: EffectiveRules, asOf: LocalDate) throws(ToolkitError) -> [AppealCase] {
    let payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    let rows = try ledger.appeals(denialIds: denials.map(\.id))
    let decoder = JSONValueDecoder()
    var byDenial: [String: [Appeal]] = [:]
    var records: [String: JSONObject] = [:]
    for o in rows {
      guard let a = try? decoder.decode(Appeal.self, from: o) else { continue }
      byDenial[a.denialId, default: []].append(a)
      records[a.id] = o
    }
    let t = AppealTriage(rules: rules)
    return denials.map { d in
      t.triage(d, payer: payers[d.payerId], existing: byDenial[d.id] ?? [], existingRecords: records, asOf: asOf)
    }
  }

  /// What each packet cites: the denied auth (or a request built from the denied
  /// claim's lines), the patient's evidence, and pa-submit's readiness report on it.
  public static func packetInputs(_ cases: [AppealCase], ledger: Ledger, rules: EffectiveRules) throws(ToolkitError) -> [AppealPacketInput] {
    let evidence = try ledger.evidence(patientIds: cases.map(\.denial.patientId))
    let auths = Dictionary(
      uniqueKeysWithValues: try ledger.records(of: .auth, ids: cases.compactMap(\.denial.authId)).compactMap { o in
        (try? JSONValueDecoder().decode(Auth.self, from: o)).map { ($0.id, $0) }
      })
    let claims = Dictionary(
      uniqueKeysWithValues: try ledger.records(of: .claim, ids: cases.compactMap(\.denial.claimId)).compactMap { o in
        (try? JSONValueDecoder().decode(Claim.self, from: o)).map { ($0.id, $0) }
      })
    let locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
    let evaluator = ReadinessEvaluator(rules: rules)
    return cases.map { c in
      let d = c.denial
      var missing: [String] = []
      let ev = evidence[d.patientId]
      if ev?.patient == nil { missing.append("patient \(d.patientId): not in the ledger") }
      var request: Auth?
      if let id = d.authId {
        request = auths[id]
        if request == nil { missing.append("auth \(id): the denied request is not in the ledger") }
      } else if let id = d.claimId {
        if let claim = claims[id] {
          request = requestFrom(claim, evidence: ev)
        } else {
          missing.append("claim \(id): the denied claim is not in the ledger")
        }
      } else {
        missing.append("the denial names no auth and no claim")
      }
      if let ev, ev.diagnoses.isEmpty && ev.procedures.isEmpty && ev.imaging.isEmpty && ev.care.isEmpty {
        missing.append("clinical evidence: no diagnosis, imaging, conservative care or procedure recorded for the patient")
      }
      let report = request.map { a in
        evaluator.evaluate(
          auth: a, evidence: ev ?? PatientEvidence(), payer: c.payer,
          location: a.locationId.flatMap { locations[$0] }, asOf: LocalDate(d.noticeDate) ?? LocalDate(year: 2000, month: 1, day: 1)!)
      }
      return AppealPacketInput(appeal: c, request: request, evidence: ev, report: report, missing: missing)
    }
  }

  /// A request view of a denied claim: its lines (region and levels from the procedure
  /// they bill), the patient's ICD-10 codes, its service date.
  static func requestFrom(_ claim: Claim, evidence: PatientEvidence?) -> Auth {
    let procedures = Dictionary((evidence?.procedures ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let items = claim.lines.enumerated().map { k, l in
      let p = l.procedureId.flatMap { procedures[$0] }
      return AuthItem(
        seq: k + 1, cpt: l.cpt, units: l.units, region: p?.region, side: p?.side, levels: p?.levels, outcome: .denied,
        approvedUnits: nil, unitsUsed: nil)
    }
    var codes: [String] = []
    for dx in evidence?.diagnoses ?? [] {
      if let c = dx.icd10, !codes.contains(c) { codes.append(c) }
    }
    return Auth(
      id: claim.id, patientId: claim.patientId, payerId: claim.payerId, coverageId: nil, caseId: nil,
      providerId: claim.lines.compactMap { $0.procedureId.flatMap { procedures[$0]?.providerId } }.first ?? "-",
      items: items, icd10: codes, urgency: .standard, serviceDate: claim.serviceDate, locationId: nil, placeOfService: nil,
      status: .denied, channel: nil, reference: nil, submittedAt: nil, decidedAt: nil, authNumber: nil, validFrom: nil,
      validTo: nil, requestedItems: nil, reauthOf: nil, documentIds: nil, denial: nil)
  }
}
