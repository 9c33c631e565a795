/// recall-scan: patients due or overdue for a visit, as `recall` records, in call order:
/// overdue chronic opioid follow-ups first (no refill without a visit), then by days
/// overdue. Patients not `active` never appear (the ledger query reads active ones
/// only); a reason a future appointment satisfies is left out unless `includeScheduled`,
/// which lists it marked `scheduled`.
public enum RecallScan {
  public struct Options: Sendable {
    public var asOf: LocalDate
    public var includeScheduled = false
    public var patients: Set<String>? = nil
    public var reasons: Set<RecallReason>? = nil
    public init(asOf: LocalDate) { self.asOf = asOf }
  }

  public static func run(ledger: Ledger, rules: EffectiveRules, settings: RecallSettings, options: Options)
    throws(ToolkitError) -> [Recall]
  {
    var out: [Recall] = []
    for f in try dueFacts(ledger: ledger, settings: settings, options: options) {
      out += recalls(f, settings: settings, options: options)
    }
    return sorted(out)
  }

  /// The facts of the patients with a reason due or overdue, with their schedule and
  /// outreach read: each gives its `recalls`.
  public static func dueFacts(ledger: Ledger, settings: RecallSettings, options: Options)
    throws(ToolkitError) -> [PatientRecallFacts]
  {
    let asOf = options.asOf
    var due = try ledger.recallFacts(
      asOf: asOf, missedSince: asOf.adding(days: -settings.rebookLookbackDays), codes: settings.codes,
      patients: options.patients)
    // Whether a reason is due does not depend on the schedule or the outreach, so those are
    // read only for the patients with a reason due (a fraction of a large clinic). Removed
    // in place: the kept facts move rather than being copied (a retain of each string).
    due.removeAll { f in dueNeeds(f, settings: settings, options: options).isEmpty }
    try ledger.readRecallSchedules(into: &due, asOf: asOf)
    return due
  }

  /// The reasons of one patient that the options ask for and that are due or overdue.
  static func dueNeeds(_ f: PatientRecallFacts, settings s: RecallSettings, options: Options)
    -> [(need: RecallNeed, state: DueState)]
  {
    RecallRules.needs(f, settings: s, asOf: options.asOf).compactMap { need in
      if let r = options.reasons, !r.contains(need.reason) { return nil }
      let state = DueState.classify(dueOn: need.dueOn, asOf: options.asOf, withinDays: s.withinDays)
      return state == .notDue ? nil : (need, state)
    }
  }

  /// The recall records of one patient (unsorted).
  public static func recalls(_ f: PatientRecallFacts, settings s: RecallSettings, options: Options) -> [Recall] {
    var out: [Recall] = []
    for (need, state) in dueNeeds(f, settings: s, options: options) {
      if need.scheduled != nil && !options.includeScheduled { continue }
      let overdue = state == .overdue
      let outreach = RecallOutreachState(
        attempts: f.attempts, since: need.cycleStart, includingStart: need.cycleIncludesStart,
        letterAfter: s.letterAfterAttempts, doNotContact: f.doNotContact)
      out.append(
        Recall(
          patientId: f.patientId, reason: need.reason, rule: RecallSettings.ruleIds[need.reason]!,
          source: s.sources[need.reason] ?? "clinic protocol", subjectId: need.subjectId,
          lastVisitOn: need.lastVisitOn?.description, dueOn: need.dueOn.description,
          state: overdue ? .overdue : .due, daysOverdue: overdue ? need.dueOn.days(to: options.asOf) : 0,
          priority: overdue ? (need.reason == .opioidFollowUp ? 1 : 2) : 3,
          contactPreference: f.contactPreference.flatMap(ContactChannel.init(rawValue:)),
          attempts: outreach.attempts, failedAttempts: outreach.failed, action: outreach.action,
          scheduled: need.scheduled != nil, scheduledOn: need.scheduled?.date.description,
          appointmentId: need.scheduled?.id))
    }
    return out
  }

  /// Call order: priority, then most days overdue, earliest due, patient, reason.
  public static func sorted(_ items: [Recall]) -> [Recall] {
    // Field by field rather than as tuples: a tuple of strings is built (and retained) for
    // each of the comparisons of a large list. Positions are sorted, not the records: a
    // merge sort moves each of 20,000 records (and retains its strings) many times over.
    items.withUnsafeBufferPointer { r in
      let order = r.indices.sorted { i, j in
        if r[i].priority != r[j].priority { return r[i].priority < r[j].priority }
        if r[i].daysOverdue != r[j].daysOverdue { return r[i].daysOverdue > r[j].daysOverdue }
        if r[i].dueOn != r[j].dueOn { return r[i].dueOn < r[j].dueOn }
        if r[i].patientId != r[j].patientId { return r[i].patientId < r[j].patientId }
        return r[i].reason.rawValue < r[j].reason.rawValue
      }
      return order.map { r[$0] }
    }
  }
}
