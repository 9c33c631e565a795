/// One filing window: the level it opens, the deadline the rule gives (never moved to a
/// business day, design.md §6), the rule, its public source and where the value came from.
public struct AppealWindow: Sendable, Hashable {
  public let level: AppealLevel
  public let deadline: Deadline
  public let source: String
  /// The date counted from (receipt, presumed receipt, the notice, a decision).
  public let countedFrom: LocalDate
  public let origin: RuleOrigin
  /// The payer files this level itself (a Medicare Advantage reconsideration it upheld
  /// goes to the IRE): the provider has no deadline, and the level counts as filed on
  /// `countedFrom`.
  public var filedByPayer = false

  public var rule: String { deadline.rule }
  public var date: LocalDate { deadline.date }
}
