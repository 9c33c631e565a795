/// Filing windows per payer type and level (domain.md §5; `ShippedAppealRules`). The
/// payer record's `appeal_window_days` / `p2p_window_days` win over the config, which
/// wins over the shipped value (`EffectiveRules`). Dates only: N days is D + N, N months
/// follows `LocalDate.adding(months:)`.
public struct AppealDeadlines: Sendable {
  public let rules: EffectiveRules

  public init(rules: EffectiveRules) { self.rules = rules }

  /// The first formal appeal of the payer type. Medicare counts from receipt (presumed
  /// 5 days after the notice when `receivedOn` is unknown, 42 CFR 405.942); ERISA/ACA
  /// from receipt, else the notice (29 CFR 2560.503-1, design.md §6); Medicare
  /// Advantage (42 CFR 422.582), Medicaid managed care (42 CFR 438.402) and California
  /// workers' comp IMR (8 CCR 9792.10.1) from the notice.
  public func formal(payer: Payer?, payerType: PayerType?, notice: LocalDate, receivedOn: LocalDate?) -> AppealWindow {
    let override = payer?.appealWindowDays.map { JSONValue.int(Int64($0)) }
    func days(_ rule: String, _ level: AppealLevel, from start: LocalDate) -> AppealWindow {
      let (v, origin) = rules.parameter(rule, "appeal_window_days", payer: payer?.id, payerOverride: override)
      let n = Int(v.intValue ?? 0)
      return AppealWindow(
        level: level, deadline: Deadline(.days(n), after: start, rule: rule), source: source(rule),
        countedFrom: start, origin: origin)
    }
    switch payerType {
    case .medicare:
      let rule = "appeal.window.medicare.redetermination"
      let start = receivedOn ?? notice.adding(days: rules.int(rule, "presumed_receipt_days"))
      return days(rule, .redetermination, from: start)
    case .medicareAdvantage:
      return days("appeal.window.medicare_advantage.reconsideration", .reconsideration, from: notice)
    case .medicaid:
      return days("appeal.window.medicaid.plan_appeal", .internal1, from: notice)
    case .commercial:
      return days("appeal.window.commercial.internal", .internal1, from: receivedOn ?? notice)
    case .marketplace:
      return days("appeal.window.marketplace.internal", .internal1, from: receivedOn ?? notice)
    case .workersComp where payer?.state?.uppercased() == "CA":
      return days("appeal.window.workers_comp.ca.imr", .imr, from: notice)
    default:
      return days("appeal.window.other", .reconsideration, from: receivedOn ?? notice)
    }
  }

  /// The level after a lost appeal decided on `decidedOn`, where PainDesk knows one
  /// (domain.md §5): Medicare reconsideration 180 days from receipt of the redetermination
  /// (42 CFR 405.962), then an ALJ hearing (405.1014), the Appeals Council (405.1102) and
  /// federal court (405.1136), each 60 days from receipt of the previous decision, receipt
  /// presumed 5 days after it; after an ERISA/ACA internal appeal, external review within
  /// 4 months of the final internal denial (29 CFR 2590.715-2719, PHS Act 2719); after a
  /// Medicaid managed-care plan appeal, a State fair hearing within 120 days of the plan's
  /// notice of resolution (42 CFR 438.408(f)(2)). Medicare Advantage forwards an upheld
  /// reconsideration to the IRE itself (42 CFR 422.592): that level has no provider
  /// deadline (`filedByPayer`).
  public func next(after level: AppealLevel, payerType: PayerType?, decidedOn: LocalDate) -> AppealWindow? {
    switch (payerType, level) {
    case (.medicare, .redetermination):
      let received = decidedOn.adding(days: rules.int("appeal.window.medicare.redetermination", "presumed_receipt_days"))
      return days("appeal.window.medicare.reconsideration", .reconsideration, from: received)
    case (.medicare, .reconsideration):
      return afterReceipt("appeal.window.medicare.alj", .aljHearing, decidedOn)
    case (.medicare, .aljHearing):
      return afterReceipt("appeal.window.medicare.council", .appealsCouncil, decidedOn)
    case (.medicare, .appealsCouncil):
      return afterReceipt("appeal.window.medicare.federal_court", .federalCourt, decidedOn)
    case (.commercial, .internal1), (.commercial, .internal2), (.marketplace, .internal1), (.marketplace, .internal2):
      return externalReview(after: decidedOn)
    case (.medicaid, .internal1):
      return days("appeal.window.medicaid.state_fair_hearing", .stateFairHearing, from: decidedOn)
    case (.medicareAdvantage, .reconsideration):
      let rule = "appeal.medicare_advantage.ire"
      var w = AppealWindow(
        level: .ireReview, deadline: Deadline(date: decidedOn, rule: rule), source: source(rule), countedFrom: decidedOn,
        origin: .shipped(source: source(rule)))
      w.filedByPayer = true
      return w
    default:
      return nil
    }
  }

  /// `rule`'s `appeal_window_days` from `start`.
  func days(_ rule: String, _ level: AppealLevel, from start: LocalDate) -> AppealWindow {
    let (v, origin) = rules.parameter(rule, "appeal_window_days")
    return AppealWindow(
      level: level, deadline: Deadline(.days(Int(v.intValue ?? 0)), after: start, rule: rule), source: source(rule),
      countedFrom: start, origin: origin)
  }

  /// `rule`'s window from receipt of a decision, presumed `presumed_receipt_days` after it.
  func afterReceipt(_ rule: String, _ level: AppealLevel, _ decidedOn: LocalDate) -> AppealWindow {
    days(rule, level, from: decidedOn.adding(days: rules.int(rule, "presumed_receipt_days")))
  }

  /// The minimum amount in controversy for a level (Medicare ALJ and federal court), nil
  /// where none applies.
  public func amountInControversyCents(_ level: AppealLevel) -> Int? {
    switch level {
    case .aljHearing: return rules.int("appeal.window.medicare.alj", "amount_in_controversy_cents")
    case .federalCourt: return rules.int("appeal.window.medicare.federal_court", "amount_in_controversy_cents")
    default: return nil
    }
  }

  /// External review: 4 months after the final internal denial; a day the month lacks
  /// rolls to the 1st of the next month (design.md §6).
  public func externalReview(after finalDenial: LocalDate) -> AppealWindow {
    let rule = "appeal.window.external_review"
    let (v, origin) = rules.parameter(rule, "window_months")
    return AppealWindow(
      level: .externalReview, deadline: Deadline(.months(Int(v.intValue ?? 0)), after: finalDenial, rule: rule),
      source: source(rule), countedFrom: finalDenial, origin: origin)
  }

  /// The peer-to-peer window from the notice, or nil when the payer offers none (no
  /// `p2p_window_days` on the payer record, in its config entry or the rule's config).
  public func peerToPeer(payer: Payer?, notice: LocalDate) -> AppealWindow? {
    let rule = "appeal.peer_to_peer.window"
    let override = payer?.p2pWindowDays.map { JSONValue.int(Int64($0)) }
    let (v, origin) = rules.parameter(rule, "p2p_window_days", payer: payer?.id, payerOverride: override)
    let n = Int(v.intValue ?? 0)
    guard n > 0 else { return nil }
    return AppealWindow(
      level: .peerToPeer, deadline: Deadline(.days(n), after: notice, rule: rule), source: source(rule),
      countedFrom: notice, origin: origin)
  }

  func source(_ rule: String) -> String { rules.rule(rule)?.source ?? "payer policy" }
}
