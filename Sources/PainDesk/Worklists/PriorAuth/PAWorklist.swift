/// The filters of the PA worklist (`pa-status`).
public struct PAWorklistFilter: Sendable {
  public var statuses: [String]?
  public var payer: String?
  public var patient: String?
  /// Auths submitted (or, for drafts, serviced) on or after this date.
  public var since: LocalDate?
  public var overdue = false
  public var expiringDays: Int?
  public var exhausted = false
  public var pended = false

  public init() {}
}

/// The PA worklist: each auth's record plus `age_days`, `decision_due`, `days_left`,
/// `deadline_rule` (and `deadline_source`), `overdue`, and for the flags
/// `expiring_on`, `units_left`, `pended_since`. Unknown fields pass through.
public enum PAWorklist {
  static let undecided = Set(AuthStatus.names(AuthStatus.awaitingDecision))
  static let approvedLike = Set(AuthStatus.names(AuthStatus.usable))

  public static func rows(
    ledger: Ledger, filter: PAWorklistFilter, rules: EffectiveRules, asOf: AsOf
  ) throws(ToolkitError) -> [PatchedRecord] {
    var statuses = filter.statuses
    if filter.overdue { statuses = Array(undecided.intersection(statuses ?? Array(undecided))).sorted() }
    if filter.pended { statuses = ["pended"] }
    if filter.expiringDays != nil || filter.exhausted {
      statuses = Array(approvedLike.union(["approved_pending_number"]).intersection(statuses ?? AuthStatus.allCases.map(\.rawValue))).sorted()
    }
    let payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    var auths: [StoredAuth]
    if filter.overdue, let statuses {
      // Only what can be overdue is read: the bound of each payer and urgency, in SQL.
      let bounds = payers.mapValues { p in
        (standard: DecisionTimeframe.overdueBound(payer: p, urgency: .standard, asOf: asOf, rules: rules),
         expedited: DecisionTimeframe.overdueBound(payer: p, urgency: .expedited, asOf: asOf, rules: rules))
      }
      auths = try ledger.auths(statuses: statuses, submittedBefore: bounds)
    } else {
      auths = try ledger.auths(statuses: statuses)
    }
    if let p = filter.payer { auths = auths.filter { $0.payerId == p } }
    if let p = filter.patient { auths = auths.filter { $0.patientId == p } }
    if let since = filter.since {
      auths = auths.filter { a in
        let d = a.submittedAt.flatMap(Instant.init).map(rules.calendar.localDate) ?? a.serviceDate.flatMap(LocalDate.init)
        return d.map { $0 >= since } ?? false
      }
    }
    let locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
    let needPatients = auths.filter { a in
      a.locationId.flatMap { locations[$0] } == nil && a.payerId.flatMap { payers[$0]?.state } == nil
    }.compactMap(\.patientId)
    let patients = Dictionary(uniqueKeysWithValues: try ledger.all(Patient.self, patientIds: Array(Set(needPatients))).map { ($0.id, $0) })
    var usage: [String: AuthUses] = [:]
    if filter.exhausted || filter.expiringDays != nil {
      usage = try ledger.authUses(authIds: auths.compactMap(\.id))
    }
    var scheduledAfter: [String: String] = [:]
    if filter.expiringDays != nil {
      scheduledAfter = try ledger.lastScheduledAppointment(authIds: auths.compactMap(\.id))
    }

    var out: [PatchedRecord] = []
    for a in auths {
      var row = PatchedRecord(
        stored: a.record, added: worklistFields(a, payers: payers, locations: locations, patients: patients, rules: rules, asOf: asOf))
      let status = a.status ?? ""
      if filter.overdue && row.added["overdue"] != .bool(true) { continue }
      if filter.pended {
        let o = try a.object()
        row.added["pended_since"] = .string(o.string("pended_at") ?? o.string("decided_at") ?? a.submittedAt ?? "")
      }
      if let days = filter.expiringDays {
        guard approvedLike.contains(status), let to = a.validTo.flatMap(LocalDate.init) else { continue }
        // Only auths with units left are worth using before they expire.
        guard let left = try units(a, usage).total(), left > 0 else { continue }
        row.added["units_left"] = .int(Int64(left))
        let soon = to <= asOf.date.adding(days: days) && to >= asOf.date
        let appt = scheduledAfter[a.id ?? ""].flatMap { LocalDate(String($0.prefix(10))) }
        let beforeAppt = appt.map { $0 > to } ?? false
        guard soon || beforeAppt else { continue }
        row.added["expiring_on"] = .string(to.description)
        row.added["days_left"] = .int(Int64(asOf.date.days(to: to)))
        row.added["deadline_rule"] = "valid_to"
        if beforeAppt, let appt { row.added["appointment_after_expiry"] = .string(appt.description) }
      }
      if filter.exhausted {
        // Exhausted: nothing left to book, scheduled appointments counted as taken.
        guard let left = try units(a, usage).total(\.free), left <= 0 else { continue }
        row.added["units_left"] = .int(Int64(left))
      }
      out.append(row)
    }
    return out
  }

  /// The auth's units (`AuthUnits`) with what the ledger used of it.
  static func units(_ a: StoredAuth, _ usage: [String: AuthUses]) throws(ToolkitError) -> AuthUnits {
    let auth: Auth
    do { auth = try JSONValueDecoder().decode(Auth.self, from: try a.object()) } catch {
      throw Ledger.dataError("auth", a.id ?? "")
    }
    return AuthUnits(auth, uses: usage[auth.id] ?? AuthUses())
  }

  /// For an approved auth with a service date: its `valid_to` (the record's, else a WISeR
  /// affirmation's 120 days from the decision) and whether the service date is past it.
  static func serviceAfterValidity(
    _ a: StoredAuth, payers: [String: Payer], locations: [String: Location], rules: EffectiveRules
  ) -> (validTo: LocalDate, after: Bool)? {
    guard WiserAffirmation.affirmed.contains(a.status ?? ""), let service = a.serviceDate.flatMap(LocalDate.init) else { return nil }
    var validTo = a.validTo.flatMap(LocalDate.init)
    if validTo == nil, let payer = a.payerId.flatMap({ payers[$0] }), payer.type == .medicare,
      let decided = (try? a.object())?.string("decided_at").flatMap(Instant.init).map(rules.calendar.localDate)
    {
      let state = PAContext.state(location: a.locationId.flatMap { locations[$0] }, payer: payer, patient: nil)
      validTo = WiserAffirmation.validTo(payer: payer, cpts: a.cpts, state: state, serviceDate: service, decided: decided, rules: rules)
    }
    return validTo.map { ($0, service > $0) }
  }

  /// The worklist fields of one auth, to set on its record.
  public static func worklistFields(
    _ a: StoredAuth, payers: [String: Payer], locations: [String: Location], patients: [String: Patient],
    rules: EffectiveRules, asOf: AsOf
  ) -> JSONObject {
    let cal = rules.calendar
    let submitted = a.submittedAt.flatMap(Instant.init)
    var row = JSONObject()
    row["age_days"] = submitted.map { .int(Int64(cal.localDate(of: $0).days(to: asOf.date))) } ?? .null
    row["decision_due"] = .null
    row["days_left"] = .null
    row["deadline_rule"] = .null
    if let validity = serviceAfterValidity(a, payers: payers, locations: locations, rules: rules) {
      if a.validTo == nil { row["affirmation_valid_to"] = .string(validity.validTo.description) }
      if validity.after { row["service_date_after_valid_to"] = true }
    }
    guard undecided.contains(a.status ?? ""), let submitted, let payer = a.payerId.flatMap({ payers[$0] }) else {
      return row
    }
    let location = a.locationId.flatMap { locations[$0] }
    let state = PAContext.state(location: location, payer: payer, patient: a.patientId.flatMap { patients[$0] })
    let due = DecisionTimeframe.due(
      submittedAt: submitted, urgency: Urgency(rawValue: a.urgency ?? "") ?? .standard, payer: payer, cpts: a.cpts,
      state: state, serviceDate: a.serviceDate.flatMap(LocalDate.init), rules: rules)
    row["decision_due"] = .string(due.text)
    row["days_left"] = .int(Int64(asOf.date.days(to: due.date)))
    row["deadline_rule"] = .string(due.rule)
    row["deadline_source"] = .string(due.source)
    row["timeframe"] = .string(due.timeframe)
    row["overdue"] = .bool(due.isOverdue(asOf: asOf))
    return row
  }
}
