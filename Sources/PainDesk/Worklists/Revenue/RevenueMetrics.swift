/// The metrics of one period: procedures and expected revenue, authorizations and the
/// first-pass denial rate, turnaround against the payer's deadline, appeals, scheduling
/// and staff effort. Pure: reads `RevenueData`, returns rows.
public struct RevenueMetrics: Sendable {
  public let data: RevenueData
  public let rules: EffectiveRules
  public let settings: RevenueSettings

  public init(data: RevenueData, rules: EffectiveRules, settings: RevenueSettings) {
    self.data = data
    self.rules = rules
    self.settings = settings
  }

  /// The parts of the report a period gets: all, or only what the 12-month trend needs.
  public enum Parts: Sendable { case all, trend }

  public func rows(_ p: RevenuePeriod, parts: Parts = .all) -> RevenueRows {
    var r = RevenueRows(period: p.label)
    procedures(p, &r)
    auths(p, &r, parts: parts)
    guard parts == .all else { return r }
    appeals(p, &r)
    scheduling(p, &r)
    staff(p, &r)
    return r
  }

  func procedures(_ p: RevenuePeriod, _ r: inout RevenueRows) {
    var count = ["total": 0], fam: [String: Int] = [:], prov: [String: Int] = [:], pay: [String: Int] = [:]
    var exp = ["total": 0], efam: [String: Int] = [:], eprov: [String: Int] = [:], epay: [String: Int] = [:]
    var unpriced = 0
    var paid = ["total": 0], ppay: [String: Int] = [:]
    for proc in p.slice(data.procedures, day: { $0.day }) {
      let n = proc.count, d = proc.day
      let f = RevenueData.family(proc.cpt), pk = proc.payer?.id ?? "unknown"
      count["total"]! += n
      fam[f, default: 0] += n
      prov[proc.providerId, default: 0] += n
      pay[pk, default: 0] += n
      if let pc = proc.paidCents {
        paid["total"]!.addSaturating(pc)
        ppay[pk, default: 0].addSaturating(pc)
      }
      guard let cpt = proc.cpt,
        let allowed = data.fees.allowedCents(payer: proc.payer, cpt: cpt, placeOfService: proc.placeOfService, on: d)
      else {
        unpriced += n
        continue
      }
      let cents = allowed.saturatingMultiplied(by: proc.units ?? 1).saturatingMultiplied(by: n)
      exp["total"]!.addSaturating(cents)
      efam[f, default: 0].addSaturating(cents)
      eprov[proc.providerId, default: 0].addSaturating(cents)
      epay[pk, default: 0].addSaturating(cents)
    }
    for c in data.claims where p.contains(text: c.serviceDate) {
      paid["total"]!.addSaturating(c.paidCents)
      ppay[c.payerId, default: 0].addSaturating(c.paidCents)
    }
    let what = "performed procedures dated in the period"
    r.counts("procedures_performed", "total", count, what)
    r.counts("procedures_performed", "family", fam, what + ", by code family")
    r.counts("procedures_performed", "provider", prov, what + ", by provider")
    r.counts("procedures_performed", "payer", pay, what + ", by payer (auth, else claim, else primary coverage)")
    let e = "sum of fee schedule allowed_cents x units over performed procedures (payer fee, else payer type; place of service; effective on the date)"
    r.cents("expected_revenue_cents", "total", exp, e)
    r.cents("expected_revenue_cents", "family", efam, e + ", by code family")
    r.cents("expected_revenue_cents", "provider", eprov, e + ", by provider")
    r.cents("expected_revenue_cents", "payer", epay, e + ", by payer")
    r.add("procedures_unpriced", "total", nil, Double(unpriced), .count, "performed procedures with no matching fee")
    let pf = "paid_cents of all claims (procedures, visits, drug tests) with service_date in the period, plus procedures' paid_cents not on a claim"
    r.cents("paid_cents", "total", paid, pf)
    r.cents("paid_cents", "payer", ppay, pf + ", by payer")
  }

  /// The decision class of a status: approved, partial or denied.
  static func decisionClass(_ s: AuthStatus) -> String? {
    switch s {
    case .approved, .approvedPendingNumber: "approved"
    case .partial, .modified: "partial"
    case .denied: "denied"
    default: nil
    }
  }

  func channel(_ c: SubmissionChannel?, payerId: String) -> String {
    c?.rawValue ?? data.payers[payerId]?.submissionChannel?.rawValue ?? "unknown"
  }

  /// Auth counts and first-pass rates from the grouped facts; turnaround and deadlines
  /// (not part of the trend) from the first decisions in full.
  func auths(_ p: RevenuePeriod, _ r: inout RevenueRows, parts: Parts) {
    let cal = rules.calendar
    var subm = ["total": 0], spay: [String: Int] = [:]
    var pended = ["total": 0]
    for (_, a) in p.slice(data.submitted, day: { $0.day }) {
      subm["total"]! += a.count
      spay[a.payerId, default: 0] += a.count
      if a.everPended { pended["total"]! += a.count }
    }
    r.counts("auths_submitted", "total", subm, "auths whose submitted_at falls in the period")
    r.counts("auths_submitted", "payer", spay, "auths whose submitted_at falls in the period, by payer")
    r.counts("auths_pended", "total", pended, "auths submitted in the period that were ever recorded as pended")

    var den: [String: [String: Int]] = ["total": ["total": 0]]
    var denied: [String: [String: Int]] = ["total": [:]]
    var partial = ["total": 0], approved = ["total": 0]
    for d in p.slice(data.decisions, day: { $0.day }) {
      guard let cls = RevenueMetrics.decisionClass(d.status) else { continue }
      let n = d.count
      let keys = [
        ("total", "total"), ("payer", d.payerId), ("family", RevenueData.family(d.firstCPT)),
        ("channel", channel(d.channel, payerId: d.payerId)),
      ]
      for (dim, k) in keys {
        den[dim, default: [:]][k, default: 0] += n
        if cls == "denied" { denied[dim, default: [:]][k, default: 0] += n }
      }
      if cls == "partial" { partial["total"]! += n }
      if cls == "approved" { approved["total"]! += n }
    }
    var turnaround: [String: [Double]] = ["total": []]
    var deadline: [Double] = []
    var late = 0, timed = 0
    for (d, _) in parts == .all ? p.slice(data.decisionDetails, day: { $0.day }) : [] {
      guard RevenueMetrics.decisionClass(d.auth.status) != nil else { continue }
      let a = d.auth
      guard let st = a.submittedAt, let s = cal.parseDateTime(st), let dt = a.decidedAt, let e = cal.parseDateTime(dt),
        let payer = data.payers[a.payerId]
      else { continue }
      let days = Double(s.seconds(to: e)) / 86_400
      turnaround["total"]!.append(days)
      turnaround[a.payerId, default: []].append(days)
      let state = a.locationId.flatMap { data.locations[$0]?.address.state } ?? payer.state
      let due = DecisionTimeframe.due(
        submittedAt: s, urgency: a.urgency, payer: payer, cpts: a.items.map(\.cpt), state: state,
        serviceDate: a.serviceDate.flatMap { LocalDate($0) }, rules: rules)
      let allowed = due.instant.map { Double(s.seconds(to: $0)) / 86_400 } ?? Double(cal.localDate(of: s).days(to: due.date))
      deadline.append(allowed)
      timed += 1
      if due.isOverdue(asOf: AsOf(instant: e, calendar: cal)) { late += 1 }
    }
    r.counts("auths_approved", "total", approved, "auths whose first payer decision in the period was an approval")
    r.add("auths_denied", "total", nil, Double(denied["total"]?["total"] ?? 0), .count, "auths whose first payer decision in the period was a denial")
    r.counts("auths_partial", "total", partial, "auths whose first payer decision in the period was partial or modified (counted apart)")
    let fd = "auths whose first payer decision (first event with a decision status) fell in the period"
    for dim in ["total", "payer", "family", "channel"] {
      r.counts("first_decisions", dim, den[dim] ?? [:], dim == "total" ? fd : fd + ", by \(dim)")
    }
    let rate = "first decisions in the period that were denials / all first decisions in the period (partials in the denominator, not the numerator)"
    for dim in ["total", "payer", "family", "channel"] {
      r.ratios("first_pass_denial_rate", dim, denied[dim] ?? [:], den[dim] ?? [:], dim == "total" ? rate : rate + ", by \(dim)")
    }
    r.ratios("first_pass_partial_rate", "total", partial, den["total"]!, "partial or modified first decisions / all first decisions")
    let tf = "days from submitted_at to decided_at of first decisions in the period"
    for k in ["total"] + turnaround.keys.filter({ $0 != "total" }).sorted() {
      let dim = k == "total" ? "total" : "payer"
      let key: String? = k == "total" ? nil : k
      if let m = Percentile.nearestRank(turnaround[k]!, 0.5) { r.add("turnaround_median_days", dim, key, m, .days, tf + ", median (nearest rank)") }
      if let m = Percentile.nearestRank(turnaround[k]!, 0.9) { r.add("turnaround_p90_days", dim, key, m, .days, tf + ", 90th percentile (nearest rank)") }
    }
    if let m = Percentile.nearestRank(deadline, 0.5) {
      r.add("deadline_median_days", "total", nil, m, .days, "days the payer's decision timeframe allows (DecisionTimeframe), median (nearest rank)")
    }
    r.add("decisions_past_deadline", "total", nil, Double(late), .count, "first decisions made after the payer's decision deadline")
    if timed > 0 {
      r.add("decisions_past_deadline_rate", "total", nil, Double(late) / Double(timed), .ratio, "first decisions past the payer's deadline / first decisions with both times")
    }
  }

  func appeals(_ p: RevenuePeriod, _ r: inout RevenueRows) {
    var received = 0, receivedCents = 0
    for d in data.denials where p.contains(text: d.noticeDate) {
      received += d.count
      receivedCents += d.amountCents
    }
    var filed = 0, won = 0, part = 0, lost = 0, missed = 0, recovered = 0
    for a in data.appeals {
      let n = a.count
      if p.contains(text: a.filedOn) { filed += n }
      if AppealStatus.isMissedAppeal(status: a.status, level: a.level), p.contains(text: a.deadline) { missed += n }
      guard p.contains(text: a.decidedOn) else { continue }
      switch AppealStatus(rawValue: a.status) {
      case .won?: won += n
      case .partial?: part += n
      case .lost?: lost += n
      default: break
      }
      recovered.addSaturating(a.recoveredCents)
    }
    r.add("denials_received", "total", nil, Double(received), .count, "denials whose notice_date falls in the period")
    r.add("denied_cents", "total", nil, Double(receivedCents), .cents, "amount_cents of denials whose notice_date falls in the period")
    r.add("appeals_filed", "total", nil, Double(filed), .count, "appeals whose filed_on falls in the period")
    r.add("appeals_won", "total", nil, Double(won), .count, "appeals won, decided_on in the period")
    r.add("appeals_partial", "total", nil, Double(part), .count, "appeals won in part, decided_on in the period")
    r.add("appeals_lost", "total", nil, Double(lost), .count, "appeals lost, decided_on in the period")
    r.add("appeals_missed", "total", nil, Double(missed), .count, "appeals with status missed whose deadline falls in the period (a peer-to-peer or resubmission is not an appeal)")
    r.add("recovered_cents", "total", nil, Double(recovered), .cents, "recovered_cents of appeals decided in the period")
    if won + part + lost > 0 {
      r.add("appeal_recovery_rate", "total", nil, Double(won + part) / Double(won + part + lost), .ratio, "(won + partial) / (won + partial + lost), appeals decided in the period")
    }
  }

  func scheduling(_ p: RevenuePeriod, _ r: inout RevenueRows) {
    var cancelled = ["total": 0], ctype: [String: Int] = [:]
    var noShow = 0, completed = 0, refilled = 0, refilledCents = 0
    for (_, a) in p.slice(data.appointments, day: { $0.day }) {
      switch AppointmentStatus(rawValue: a.status) {
      case .cancelled?:
        cancelled["total"]! += a.count
        ctype[a.type, default: 0] += a.count
      case .noShow?: noShow += a.count
      case .completed?: completed += a.count
      default: break
      }
    }
    let cal = rules.calendar
    for a in data.bookedAppointments {
      guard let start = cal.parseDateTime(a.start) else { continue }
      let day = cal.localDate(of: start)
      guard p.contains(day), a.status != .cancelled else { continue }
      refilled += 1
      guard a.type == .procedure else { continue }
      let payer = data.primaryPayer(patient: a.patientId, on: day)
      let pos = a.locationId.flatMap { data.locations[$0]?.placeOfService }
      for cpt in a.cpts ?? [] { refilledCents += data.fees.allowedCents(payer: payer, cpt: cpt, placeOfService: pos, on: day) ?? 0 }
    }
    r.counts("appointments_cancelled", "total", cancelled, "appointments starting in the period with status cancelled")
    r.counts("appointments_cancelled", "type", ctype, "appointments starting in the period with status cancelled, by type")
    r.add("appointments_no_show", "total", nil, Double(noShow), .count, "appointments starting in the period with status no_show")
    if noShow + completed > 0 {
      r.add("no_show_rate", "total", nil, Double(noShow) / Double(noShow + completed), .ratio, "no_show / (completed + no_show), appointments starting in the period")
    }
    r.add("slots_refilled", "total", nil, Double(refilled), .count, "appointments in the period booked from the waitlist (recall-scan fill), not cancelled")
    r.add("refilled_procedure_revenue_cents", "total", nil, Double(refilledCents), .cents, "fee schedule allowed_cents of the codes of refilled procedure slots")
  }

  func staff(_ p: RevenuePeriod, _ r: inout RevenueRows) {
    var events: [String: Int] = [:]
    for (tool, days) in data.eventsByToolDay {
      for (day, n) in days where p.contains(text: day) { events[tool, default: 0] += n }
    }
    r.counts("staff_events", "tool", events, "ledger events recorded in the period (UTC day of 'at'), by tool")
    var pa = 0.0
    for tool in events.keys.sorted() {
      guard let m = settings.minutesPerEvent[tool] else { continue }
      let h = Double(events[tool]!) * m / 60
      r.add("staff_hours", "tool", tool, h, .hours, "events x \(m.formatted) minutes / 60")
      if settings.paTools.contains(tool) { pa += h }
    }
    r.add("pa_hours", "total", nil, pa, .hours, "staff hours of " + settings.paTools.sorted().joined(separator: ", "))
  }
}

extension Double {
  /// 20 for 20.0, else the shortest decimal.
  var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self) }
}
