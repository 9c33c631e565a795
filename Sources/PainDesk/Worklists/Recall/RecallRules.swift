/// The recall reasons as rules over one patient's facts (design.md §6: `due_on` is the
/// last qualifying event plus the interval; never done means due from the day the
/// requirement began). Each returns at most one `RecallNeed` per reason; whether a
/// future appointment satisfies it is part of the need.
public struct RecallNeed: Sendable, Equatable {
  public var reason: RecallReason
  public var subjectId: String?
  public var lastVisitOn: LocalDate?
  public var dueOn: LocalDate
  /// Outreach after this date counts toward the attempts of this reason.
  public var cycleStart: LocalDate
  /// Whether outreach on `cycleStart` itself counts (an event, not a visit, began it).
  public var cycleIncludesStart: Bool
  /// The first future appointment that satisfies the reason.
  public var scheduled: PatientRecallFacts.Dated?
}

public enum RecallRules {
  static func isVisitType(_ type: String) -> Bool { Visit.types.contains(type) }

  static func firstScheduled(
    _ f: PatientRecallFacts, from: LocalDate? = nil, where ok: (String) -> Bool = isVisitType
  ) -> PatientRecallFacts.Dated? {
    f.scheduled.first { a in ok(a.type) && (from.map { a.date >= $0 } ?? true) }
  }

  /// Every reason that applies to the patient, due or not.
  public static func needs(_ f: PatientRecallFacts, settings s: RecallSettings, asOf: LocalDate) -> [RecallNeed] {
    [
      opioid(f, s, asOf), procedureFollowUp(f, s), repeatEvaluation(f, s), scs(f, s), pump(f, s),
      patientInterval(f, asOf), rebook(f, s), referral(f, s),
    ].compactMap { $0 }
  }

  /// Chronic opioid therapy: an active Schedule II-IV opioid (design.md §6 "active") needs
  /// a visit every `opioid.follow_up` days (CDC 2022 Rec 7; CDC CDS IG 3-month recheck).
  /// Never seen: due from the day the first active prescription was written.
  public static func opioid(_ f: PatientRecallFacts, _ s: RecallSettings, _ asOf: LocalDate) -> RecallNeed? {
    let active = f.opioidRx.filter {
      ActivePrescription.isActive(
        status: "active", writtenOn: $0.writtenOn, lastFilledOn: $0.filledOn, daysSupply: $0.daysSupply, asOf: asOf)
    }
    guard let first = active.min(by: { $0.writtenOn < $1.writtenOn }), let latest = active.last else { return nil }
    let check = DueCheck(lastDone: f.lastVisit, every: .days(s.opioidIntervalDays), requiredSince: first.writtenOn, asOf: asOf)
    return RecallNeed(
      reason: .opioidFollowUp, subjectId: latest.id, lastVisitOn: f.lastVisit, dueOn: check.dueOn,
      cycleStart: f.lastVisit ?? first.writtenOn, cycleIncludesStart: f.lastVisit == nil, scheduled: firstScheduled(f))
  }

  /// Relief follow-up after the latest ESI, MBB or RFA (`recall.procedure_follow_up`):
  /// due `max_days` after it unless relief was recorded or a visit came after it; a
  /// future visit satisfies it from `min_days` after the procedure.
  public static func procedureFollowUp(_ f: PatientRecallFacts, _ s: RecallSettings) -> RecallNeed? {
    guard let p = f.lastReliefProcedure, !f.reliefRecorded else { return nil }
    if let v = f.lastVisit, v > p.date { return nil }
    return RecallNeed(
      reason: .procedureFollowUp, subjectId: p.id, lastVisitOn: f.lastVisit, dueOn: p.date.adding(days: s.reliefMaxDays),
      cycleStart: p.date, cycleIncludesStart: false,
      scheduled: firstScheduled(f, from: p.date.adding(days: s.reliefMinDays)))
  }

  /// Re-evaluation when a repeat RFA becomes possible (`recall.repeat_evaluation`, the
  /// facet.rfa.repeat interval): due `after_months` after the latest RFA; a visit from
  /// `lead_days` before that date on satisfies it.
  public static func repeatEvaluation(_ f: PatientRecallFacts, _ s: RecallSettings) -> RecallNeed? {
    guard let r = f.lastRFA else { return nil }
    let due = r.date.adding(months: s.repeatAfterMonths)
    let from = due.adding(days: -s.repeatLeadDays)
    if let v = f.lastVisit, v >= from { return nil }
    return RecallNeed(
      reason: .repeatEvaluation, subjectId: r.id, lastVisitOn: f.lastVisit, dueOn: due, cycleStart: r.date,
      cycleIncludesStart: false, scheduled: firstScheduled(f, from: from))
  }

  /// Spinal cord stimulator patients (`recall.scs_follow_up`): a visit every
  /// `interval_days` after the implant or the last visit since.
  public static func scs(_ f: PatientRecallFacts, _ s: RecallSettings) -> RecallNeed? {
    guard let p = f.lastSCS else { return nil }
    let basis = max(p.date, f.lastVisit ?? p.date)
    return RecallNeed(
      reason: .scsFollowUp, subjectId: p.id, lastVisitOn: f.lastVisit, dueOn: basis.adding(days: s.scsIntervalDays),
      cycleStart: basis, cycleIncludesStart: false, scheduled: firstScheduled(f))
  }

  /// Intrathecal pump refills (`recall.pump_refill`): due `interval_days` after the last
  /// refill; only a `pump_refill` appointment satisfies it. `last_visit_on` is the refill.
  public static func pump(_ f: PatientRecallFacts, _ s: RecallSettings) -> RecallNeed? {
    guard let p = f.lastPumpRefill else { return nil }
    return RecallNeed(
      reason: .pumpRefill, subjectId: p.id, lastVisitOn: p.date, dueOn: p.date.adding(days: s.pumpIntervalDays),
      cycleStart: p.date, cycleIncludesStart: false, scheduled: firstScheduled(f) { $0 == "pump_refill" })
  }

  /// The patient's own `recall_interval_days` after the last visit. Never seen: due from
  /// the first contact (design.md §6: due from the day the requirement began), or due now
  /// when the ledger holds no dated contact on or before --as-of; unless a referral is
  /// still open, which the referral reason lists (one call to book the first visit).
  public static func patientInterval(_ f: PatientRecallFacts, _ asOf: LocalDate) -> RecallNeed? {
    guard let n = f.recallIntervalDays, n > 0 else { return nil }
    if f.lastVisit == nil && !f.openReferrals.isEmpty { return nil }
    let since = f.firstContact ?? asOf
    let check = DueCheck(lastDone: f.lastVisit, every: .days(n), requiredSince: since, asOf: asOf)
    return RecallNeed(
      reason: .patientInterval, subjectId: nil, lastVisitOn: f.lastVisit, dueOn: check.dueOn,
      cycleStart: f.lastVisit ?? since, cycleIncludesStart: f.lastVisit == nil, scheduled: firstScheduled(f))
  }

  /// The latest no-show or cancellation not yet made up (`recall.rebook`): due
  /// `rebook_within_days` after it; a future appointment of the same type satisfies it,
  /// and for a missed office or telehealth visit any visit (a procedure only by another).
  public static func rebook(_ f: PatientRecallFacts, _ s: RecallSettings) -> RecallNeed? {
    guard let m = f.missed.max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) else { return nil }
    let sameKind: (String) -> Bool = { $0 == m.type || (m.type != "procedure" && isVisitType(m.type) && isVisitType($0)) }
    return RecallNeed(
      reason: .rebook, subjectId: m.id, lastVisitOn: f.lastVisit, dueOn: m.date.adding(days: s.rebookWithinDays),
      cycleStart: m.date, cycleIncludesStart: true,
      scheduled: f.scheduled.first { sameKind($0.type) && $0.id != m.id })
  }

  /// The oldest referral not yet scheduled (`recall.referral`): due
  /// `schedule_within_days` after it was received, unless a visit came since.
  public static func referral(_ f: PatientRecallFacts, _ s: RecallSettings) -> RecallNeed? {
    guard let r = f.openReferrals.first else { return nil }
    if let v = f.lastVisit, v >= r.date { return nil }
    return RecallNeed(
      reason: .referral, subjectId: r.id, lastVisitOn: f.lastVisit, dueOn: r.date.adding(days: s.referralWithinDays),
      cycleStart: r.date, cycleIncludesStart: true, scheduled: firstScheduled(f))
  }
}
