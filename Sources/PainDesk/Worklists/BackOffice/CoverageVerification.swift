/// Whether a patient's insurance is verified for a date of service (rule
/// `coverage.verification`, clinic protocol): some coverage is in effect on the date;
/// each one in effect, except self-pay, was verified within `verified_within_days`
/// before --as-of; a recorded eligibility response does not say inactive or end the
/// plan before the date. Shared by coverage-check and intake-check.
public enum CoverageVerification {
  public static let rule = "coverage.verification"

  public struct Result: Sendable, Equatable {
    /// Coverages in effect on the date, in billing order (primary, secondary, tertiary).
    public var active: [Coverage]
    public var problems: [String]
  }

  /// Coverages in effect on `date`, in billing order (`CoverageOrder`).
  public static func active(_ coverages: [Coverage], on date: LocalDate) -> [Coverage] {
    CoverageOrder.inEffect(coverages, on: date)
  }

  public static func check(
    _ coverages: [Coverage], payers: [String: Payer], on date: LocalDate, asOf: LocalDate, verifiedWithinDays: Int
  ) -> Result {
    let act = active(coverages, on: date)
    var problems: [String] = []
    if act.isEmpty {
      problems.append("no coverage in effect on \(date) [\(rule)]")
      return Result(active: act, problems: problems)
    }
    if !act.contains(where: { $0.priority == .primary }) {
      problems.append("no primary coverage in effect on \(date) [\(rule)]")
    }
    for p in CoveragePriority.allCases where act.filter({ $0.priority == p }).count > 1 {
      problems.append("more than one \(p.rawValue) coverage in effect on \(date): set the billing order [\(rule)]")
    }
    let oldest = asOf.adding(days: -verifiedWithinDays)
    for c in act where payers[c.payerId]?.type != .selfPay {
      if let e = c.eligibility {
        if !e.active { problems.append("\(c.id): the payer reported the coverage inactive on \(e.checkedOn) [\(rule)]") }
        if let end = e.planEnd.flatMap(LocalDate.init), end < date {
          problems.append("\(c.id): the plan ends \(end), before \(date) [\(rule)]")
        }
      }
      guard let v = c.verifiedOn.flatMap(LocalDate.init) else {
        problems.append("\(c.id): never verified [\(rule)]")
        continue
      }
      if v < oldest {
        problems.append("\(c.id): verified \(v), more than \(verifiedWithinDays) days before \(asOf) [\(rule)]")
      }
    }
    return Result(active: act, problems: problems)
  }
}
