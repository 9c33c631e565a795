/// Revenue at risk as of a date: denials not appealed while the window is open (with the
/// days left), auths pending past the payer's deadline, approved auths with units left and
/// nothing scheduled, and approved auths expiring unused within `expiringWithinDays`.
public struct RevenueRisk: Sendable {
  public let data: RevenueData
  public let rules: EffectiveRules
  public let settings: RevenueSettings
  /// Denials not appealed and the open auths, as of the date (grouped; RevenueQueries).
  public let denials: [RevenueFacts.UnappealedDenial]
  public let auths: [RevenueFacts.OpenAuth]

  public init(
    data: RevenueData, rules: EffectiveRules, settings: RevenueSettings, denials: [RevenueFacts.UnappealedDenial],
    auths: [RevenueFacts.OpenAuth]
  ) {
    self.data = data
    self.rules = rules
    self.settings = settings
    self.denials = denials
    self.auths = auths
  }

  /// Reads the groups revenue at risk needs as of `asOf`.
  public static func load(ledger: Ledger, asOf: LocalDate) throws(ToolkitError)
    -> (denials: [RevenueFacts.UnappealedDenial], auths: [RevenueFacts.OpenAuth])
  {
    (
      try ledger.unappealedDenials(),
      try ledger.openAuths(
        asOf: asOf, pending: AuthStatus.names(AuthStatus.awaitingDecision), usable: AuthStatus.names(AuthStatus.usable),
        performedStatus: ProcedureStatus.performed.rawValue)
    )
  }

  /// The appeal deadline of a denial not appealed: the deadline of an appeal in
  /// preparation, else the first formal appeal's as appeal-pack computes it
  /// (`AppealDeadlines.formal`: per payer type, from receipt or presumed receipt where the
  /// rule counts from it).
  func appealDeadline(_ d: RevenueFacts.UnappealedDenial, notice: LocalDate) -> LocalDate {
    if let prepared = d.preparingDeadline.flatMap({ LocalDate($0) }) { return prepared }
    let payer = data.payers[d.payerId]
    return AppealDeadlines(rules: rules).formal(
      payer: payer, payerType: payer?.type, notice: notice, receivedOn: d.receivedOn.flatMap { LocalDate($0) }
    ).date
  }

  /// Expected cents of an auth's lines: every line's approved (else asked) units when
  /// `units` is nil, else the units left that can be billed (`AuthUnits.usable`).
  func expectedCents(_ a: Auth, on date: LocalDate, units: AuthUnits?) -> Int {
    let payer = data.payers[a.payerId]
    var cents = 0
    func add(_ cpt: String, _ n: Int) {
      guard n > 0 else { return }
      let allowed = data.fees.allowedCents(payer: payer, cpt: cpt, placeOfService: a.placeOfService, on: date) ?? 0
      cents.addSaturating(allowed.saturatingMultiplied(by: n))
    }
    if let units {
      for c in units.codes { add(c.cpt, units.usable(c)) }
    } else {
      for item in a.items { add(item.cpt, item.approvedUnits ?? item.units) }
    }
    return cents
  }

  public func rows(asOf: AsOf) -> RevenueRows {
    var r = RevenueRows(period: asOf.date.description)
    let today = asOf.date
    var count: [String: Int] = [:], cents: [String: Int] = [:], bucketCents: [String: Int] = [:], bucketCount: [String: Int] = [:]
    for d in denials {
      guard let notice = LocalDate(d.noticeDate), notice <= today else { continue }
      let deadline = appealDeadline(d, notice: notice)
      let left = today.days(to: deadline)
      guard left >= 0 else { continue }
      let value = (d.amountCents ?? d.auth.map { expectedCents($0, on: today, units: nil) } ?? 0).saturatingMultiplied(by: d.count)
      count["denied_unappealed", default: 0] += d.count
      cents["denied_unappealed", default: 0].addSaturating(value)
      let bucket = left <= 7 ? "00-07" : left <= 30 ? "08-30" : "31+"
      bucketCount[bucket, default: 0] += d.count
      bucketCents[bucket, default: 0].addSaturating(value)
    }
    let cal = rules.calendar
    for group in auths {
      let a = group.auth, n = group.count
      switch a.status {
      case .submitted, .pended:
        guard let st = a.submittedAt, let s = cal.parseDateTime(st), let payer = data.payers[a.payerId] else { continue }
        let state = a.locationId.flatMap { data.locations[$0]?.address.state } ?? payer.state
        let due = DecisionTimeframe.due(
          submittedAt: s, urgency: a.urgency, payer: payer, cpts: a.items.map(\.cpt), state: state,
          serviceDate: a.serviceDate.flatMap { LocalDate($0) }, rules: rules)
        guard due.isOverdue(asOf: asOf) else { continue }
        count["pending_past_deadline", default: 0] += n
        cents["pending_past_deadline", default: 0].addSaturating(expectedCents(a, on: today, units: nil).saturatingMultiplied(by: n))
      case .approved, .partial, .modified:
        guard !group.booked else { continue }
        let units = AuthUnits(a, uses: AuthUses(performed: group.performed))
        guard (units.total() ?? 0) > 0 else { continue }
        let left = expectedCents(a, on: today, units: units).saturatingMultiplied(by: n)
        if let to = a.validTo.flatMap({ LocalDate($0) }) {
          guard to >= today else { continue }
          if today.days(to: to) <= settings.expiringWithinDays {
            count["approved_expiring_unused", default: 0] += n
            cents["approved_expiring_unused", default: 0].addSaturating(left)
            continue
          }
        }
        count["approved_unscheduled", default: 0] += n
        cents["approved_unscheduled", default: 0].addSaturating(left)
      default: continue
      }
    }
    let cats = ["denied_unappealed", "pending_past_deadline", "approved_unscheduled", "approved_expiring_unused"]
    let f = "as of the date: denied_unappealed = denials with no appeal filed and the window open (amount_cents, else the auth's fees); pending_past_deadline = submitted or pended auths past the payer's decision deadline; approved_unscheduled = approved auths with units left and no scheduled appointment; approved_expiring_unused = the same, valid_to within \(settings.expiringWithinDays) days"
    r.add("revenue_at_risk_cents", "total", nil, Double(cats.map { cents[$0] ?? 0 }.saturatingSum()), .cents, f)
    for c in cats {
      r.add("revenue_at_risk_cents", "category", c, Double(cents[c] ?? 0), .cents, f)
      r.add("revenue_at_risk_count", "category", c, Double(count[c] ?? 0), .count, f)
    }
    let bf = "denials not appealed with the window open, by days left to the appeal deadline"
    for b in ["00-07", "08-30", "31+"] {
      r.add("denied_unappealed_cents", "days_left", b, Double(bucketCents[b] ?? 0), .cents, bf)
      r.add("denied_unappealed_count", "days_left", b, Double(bucketCount[b] ?? 0), .count, bf)
    }
    return r
  }
}
