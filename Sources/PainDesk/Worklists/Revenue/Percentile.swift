/// Order statistics for the report.
public enum Percentile {
  /// The nearest-rank percentile (0 < p <= 1): the value at rank ceil(p x n) of the
  /// sorted values; nil for no values.
  public static func nearestRank(_ values: [Double], _ p: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
    return sorted[min(rank, sorted.count) - 1]
  }
}
