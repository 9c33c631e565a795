/// Triage of denials (domain.md §4-§5): category, first route, filing windows and the
/// `appeal` records, ids derived from the denial (`<denial id>-appeal-<level>`) so a
/// rerun adds nothing. An appeal already in the ledger for the same denial and level is
/// kept as it is (its id, deadline and status); only a `preparing` one whose deadline
/// has passed becomes `missed`.
public struct AppealTriage: Sendable {
  public let rules: EffectiveRules
  public let deadlines: AppealDeadlines

  public init(rules: EffectiveRules) {
    self.rules = rules
    deadlines = AppealDeadlines(rules: rules)
  }

  /// Categories where a conversation with the payer's physician can change the answer.
  static let clinical: Set<DenialCategory> = [.medicalNecessity, .frequency, .documentation, .other]
  static let closedStatuses: Set<AppealStatus> = [.won, .partial, .withdrawn]

  /// Days left under which a preparing appeal is urgent (setting `appeal.urgent_under_days`).
  var urgentUnder: Int { Int(rules.setting("appeal.urgent_under_days").value.intValue ?? 14) }

  /// Whether the denial still needs work: no appeal won, partly won or withdrawn, and
  /// not lost at a level with nothing after it.
  public func isOpen(_ d: Denial, payer: Payer?, existing: [Appeal]) -> Bool {
    if existing.contains(where: { Self.closedStatuses.contains($0.status) }) { return false }
    if let lost = lastLost(existing), let on = lost.decidedOn.flatMap(LocalDate.init) {
      return deadlines.next(after: lost.level, payerType: payer?.type, decidedOn: on) != nil
    }
    return true
  }

  func lastLost(_ existing: [Appeal]) -> Appeal? {
    existing.filter { $0.status == .lost && $0.level != .peerToPeer && $0.decidedOn != nil }
      .max { ($0.decidedOn!, $0.id) < ($1.decidedOn!, $1.id) }
  }

  public func triage(_ d: Denial, payer: Payer?, existing: [Appeal], existingRecords: [String: JSONObject] = [:], asOf: LocalDate) -> AppealCase {
    let category = DenialCategorizer.category(of: d)
    let notice = LocalDate(d.noticeDate) ?? asOf
    let received = d.receivedOn.flatMap(LocalDate.init)
    let formal = deadlines.formal(payer: payer, payerType: payer?.type, notice: notice, receivedOn: received)
    let remarks = Set((d.rarc ?? []).map { $0.uppercased() })
    let resubmitCodes = Set(rules.strings("appeal.route.resubmission", "rarc").map { $0.uppercased() })
    let p2p = Self.clinical.contains(category) && remarks.isDisjoint(with: resubmitCodes)
      ? deadlines.peerToPeer(payer: payer, notice: notice) : nil
    let p2pUsed = existing.contains { $0.level == .peerToPeer && $0.status != .preparing }

    let route: AppealRoute
    let reason: String
    if let code = (d.rarc ?? []).first(where: { resubmitCodes.contains($0.uppercased()) }) {
      (route, reason) = (.resubmission, "appeal.route.resubmission: RARC \(code), no appeal rights; correct and resubmit")
    } else if category == .eligibility {
      (route, reason) = (.coverageCheck, "category eligibility: verify coverage and bill the right payer")
    } else if let p2p, p2p.date >= asOf, !p2pUsed {
      (route, reason) = (.peerToPeer, "\(p2p.rule): peer-to-peer open until \(p2p.date)")
    } else if payer?.type == .medicare && d.authId != nil {
      (route, reason) = (.resubmission, "appeal.route.resubmission: a Medicare OPD/WISeR non-affirmation is resubmitted, not appealed")
    } else {
      (route, reason) = (.appeal, "\(formal.rule): formal \(formal.level.rawValue)")
    }

    var windows = [formal]
    var nextReason: String?
    if let lost = lastLost(existing), let on = lost.decidedOn.flatMap(LocalDate.init),
      let next = deadlines.next(after: lost.level, payerType: payer?.type, decidedOn: on), next.level != formal.level
    {
      windows.append(next)
      nextReason =
        next.filedByPayer
        ? "\(next.rule): the plan forwards the upheld \(lost.level.rawValue) of \(on) to the IRE; no provider deadline"
        : "\(next.rule): \(next.level.rawValue) after the \(lost.level.rawValue) lost on \(on)"
    }
    if let p2p { windows.append(p2p) }

    var printed: [JSONObject] = []
    var toRecord: [JSONObject] = []
    for w in windows {
      let old = existing.first { $0.level == w.level }
      var o: JSONObject
      var deadline = w.date
      if let old, var rec = existingRecords[old.id] {
        deadline = LocalDate(old.deadline) ?? w.date
        if old.status == .preparing && deadline < asOf {
          rec["status"] = .string(AppealStatus.passed(w.level, route: route).rawValue)
          toRecord.append(rec)
        }
        o = rec
      } else if w.filedByPayer {
        o = JSONObject([
          ("kind", "appeal"), ("id", .string("\(d.id)-appeal-\(w.level.rawValue)")), ("denial_id", .string(d.id)),
          ("level", .string(w.level.rawValue)), ("deadline", .string(w.date.description)), ("status", "filed"),
          ("filed_on", .string(w.countedFrom.description)),
          ("note", "forwarded by the plan; no provider deadline"),
        ])
      } else {
        o = JSONObject([
          ("kind", "appeal"), ("id", .string("\(d.id)-appeal-\(w.level.rawValue)")), ("denial_id", .string(d.id)),
          ("level", .string(w.level.rawValue)), ("deadline", .string(w.date.description)),
          ("status", .string(w.date < asOf ? AppealStatus.passed(w.level, route: route).rawValue : "preparing")),
        ])
        if let aic = deadlines.amountInControversyCents(w.level), let amount = d.amountCents, amount < aic {
          o["note"] = .string("amount in controversy \(Money.dollars(Double(amount))) is below the \(Money.dollars(Double(aic))) this level needs (\(w.rule))")
        }
      }
      if o["route"] == nil { o["route"] = .string(route.rawValue) }
      if o["category"] == nil { o["category"] = .string(category.rawValue) }
      if o["rule"] == nil { o["rule"] = .string(w.rule) }
      if o["source"] == nil { o["source"] = .string(w.source) }
      if o["counted_from"] == nil { o["counted_from"] = .string(w.countedFrom.description) }
      if o["note"] == nil, !rules.payerCalendar.isBusinessDay(deadline) {
        let next = rules.payerCalendar.businessDay(onOrAfter: deadline)
        o["note"] = .string("deadline falls on a weekend or holiday; reported as the rule gives it, not moved (the rule may allow \(next))")
      }
      if old == nil { toRecord.append(o) }
      let left = asOf.days(to: deadline)
      let status = o.string("status") ?? "preparing"
      o["days_left"] = .int(Int64(left))
      o["urgency"] = .string(w.filedByPayer ? "routine" : left < 0 ? "past" : status == "preparing" && left < urgentUnder ? "urgent" : "routine")
      o["route_reason"] = .string(w.level == formal.level || w.level == .peerToPeer ? reason : nextReason ?? reason)
      printed.append(o)
    }
    return AppealCase(
      denial: d, payer: payer, category: category, route: route, routeReason: reason, formal: formal,
      peerToPeer: p2p, printed: printed, toRecord: toRecord.map(AppealFields.stored))
  }
}
