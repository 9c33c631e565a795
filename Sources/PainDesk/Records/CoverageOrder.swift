/// Which coverage pays on a date: the one definition of "primary coverage on a date" that
/// every tool and read model uses (records.md coverage). The coverages in effect on the
/// date (`effective_from` on or before it, `effective_to` absent or on or after it) are
/// billed in the order of their `priority`, primary, secondary, tertiary, and by id
/// between two of the same priority. The primary coverage is the first of them: with
/// none marked primary the one billed first stands in, and with two marked primary the
/// lower id; coverage-check reports both cases so that the billing order gets fixed.
public enum CoverageOrder {
  /// The billing order of the priorities (bound into SQL as a `json_each(?)` list).
  public static let priorities: [CoveragePriority] = [.primary, .secondary, .tertiary]

  public static func rank(_ p: CoveragePriority) -> Int { priorities.firstIndex(of: p) ?? priorities.count }

  /// Whether a coverage is in effect on `date` (a `from` that is not a date is not).
  public static func isInEffect(_ c: Coverage, on date: LocalDate) -> Bool {
    guard let from = LocalDate(c.effectiveFrom), from <= date else { return false }
    if let to = c.effectiveTo.flatMap(LocalDate.init), to < date { return false }
    return true
  }

  /// The coverages in effect on `date`, in billing order.
  public static func inEffect(_ coverages: [Coverage], on date: LocalDate) -> [Coverage] {
    coverages.filter { isInEffect($0, on: date) }.sorted { (rank($0.priority), $0.id) < (rank($1.priority), $1.id) }
  }

  /// The coverage billed first on `date`, or nil when none is in effect.
  public static func primary(_ coverages: [Coverage], on date: LocalDate) -> Coverage? {
    inEffect(coverages, on: date).first
  }
}
