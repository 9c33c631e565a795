/// Integer arithmetic on values read from records that stops at the type's bounds instead
/// of trapping: a ledger row written before the numeric ranges were enforced (or by hand)
/// may hold a days supply or an amount near `Int64.max`, and a worklist must still answer.
/// Validation keeps new records far inside these bounds (records.md, "Numeric ranges").
extension FixedWidthInteger {
  public func saturatingAdding(_ other: Self) -> Self {
    let (sum, overflow) = addingReportingOverflow(other)
    guard overflow else { return sum }
    return other < 0 ? Self.min : Self.max
  }

  public func saturatingSubtracting(_ other: Self) -> Self {
    let (difference, overflow) = subtractingReportingOverflow(other)
    guard overflow else { return difference }
    return other < 0 ? Self.max : Self.min
  }

  /// `self += other`, stopping at the type's bounds: for totals of amounts and counts.
  public mutating func addSaturating(_ other: Self) { self = saturatingAdding(other) }

  public func saturatingMultiplied(by other: Self) -> Self {
    let (product, overflow) = multipliedReportingOverflow(by: other)
    guard overflow else { return product }
    return (self < 0) == (other < 0) ? Self.max : Self.min
  }
}

extension Sequence where Element: FixedWidthInteger {
  /// The sum, stopping at the type's bounds.
  public func saturatingSum() -> Element { reduce(0) { $0.saturatingAdding($1) } }
}
