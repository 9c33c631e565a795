/// Whether a recurring requirement (a UDS, a PDMP check, a follow-up visit) is due,
/// as design.md §6 defines the words.
public enum DueState: String, Sendable, Hashable, CaseIterable, Codable {
  /// `--as-of` is after `due_on`.
  case overdue
  /// `due_on` falls within the look-ahead: from `--as-of` to `--as-of + within` days.
  case due
  case notDue = "not_due"

  /// The look-ahead when a command does not say otherwise (design.md §6).
  public static let defaultWithinDays = 14

  public static func classify(dueOn: LocalDate, asOf: LocalDate, withinDays: Int = defaultWithinDays)
    -> DueState
  {
    if asOf > dueOn { return .overdue }
    if dueOn <= asOf.adding(days: withinDays) { return .due }
    return .notDue
  }
}

/// The due date and state of one requirement.
public struct DueCheck: Sendable, Hashable {
  public let dueOn: LocalDate
  public let state: DueState
  /// True when it has never been done (`dueOn` is then the day the requirement began).
  public let neverDone: Bool

  /// `due_on` is the last qualifying event plus the interval; never done at all means
  /// due from the day the requirement began (`requiredSince`) (design.md §6).
  public init(
    lastDone: LocalDate?, every interval: DateSpan, requiredSince: LocalDate,
    asOf: LocalDate, withinDays: Int = DueState.defaultWithinDays
  ) {
    neverDone = lastDone == nil
    dueOn = lastDone.map { interval.after($0) } ?? requiredSince
    state = DueState.classify(dueOn: dueOn, asOf: asOf, withinDays: withinDays)
  }
}
