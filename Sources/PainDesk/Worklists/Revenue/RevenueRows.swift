/// Collects report rows in order, one per metric, dimension, key and period.
public struct RevenueRows: Sendable {
  public private(set) var rows: [ReportRow] = []
  private var seen: Set<String> = []
  public let period: String

  public init(period: String) { self.period = period }

  /// A row; `dimension` `total` has no key. Rounds ratios and hours to 4 decimals.
  public mutating func add(
    _ metric: String, _ dimension: String = "total", _ key: String? = nil, _ value: Double, _ unit: ReportUnit,
    _ formula: String
  ) {
    let id = RevenueRows.id(metric: metric, dimension: dimension, key: key, period: period)
    guard seen.insert(id).inserted else { return }
    let v = unit == .ratio || unit == .hours || unit == .days ? (value * 10_000).rounded() / 10_000 : value
    rows.append(
      ReportRow(id: id, metric: metric, dimension: dimension, key: key, period: period, value: v, unit: unit, formula: formula))
  }

  /// Counts per key of one dimension, sorted by key.
  public mutating func counts(_ metric: String, _ dimension: String, _ counts: [String: Int], _ formula: String) {
    for k in counts.keys.sorted() { add(metric, dimension, key(dimension, k), Double(counts[k]!), .count, formula) }
  }

  public mutating func cents(_ metric: String, _ dimension: String, _ sums: [String: Int], _ formula: String) {
    for k in sums.keys.sorted() { add(metric, dimension, key(dimension, k), Double(sums[k]!), .cents, formula) }
  }

  /// A ratio per key; keys whose denominator is 0 are left out (undefined, not 0).
  public mutating func ratios(
    _ metric: String, _ dimension: String, _ num: [String: Int], _ den: [String: Int], _ formula: String
  ) {
    for k in den.keys.sorted() where den[k]! > 0 {
      add(metric, dimension, key(dimension, k), Double(num[k] ?? 0) / Double(den[k]!), .ratio, formula)
    }
  }

  /// The total has no key.
  private func key(_ dimension: String, _ k: String) -> String? { dimension == "total" ? nil : k }

  public static func id(metric: String, dimension: String?, key: String?, period: String?) -> String {
    [metric, dimension ?? "", key ?? "", period ?? ""].joined(separator: "|")
  }

  public mutating func append(_ other: RevenueRows) {
    for r in other.rows where seen.insert(r.id).inserted { rows.append(r) }
  }
}
