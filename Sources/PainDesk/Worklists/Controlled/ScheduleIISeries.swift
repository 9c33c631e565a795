/// Schedule II multiple-prescription series (21 CFR 1306.12(b)): a prescriber may issue
/// several Schedule II prescriptions for the same drug on one day, totalling at most a
/// 90-day supply (`refill.schedule_ii` `max_multiple_rx_days`), each after the first
/// marked with the earliest date it may be filled (`earliest_fill_on`).
public struct ScheduleIISeries: Sendable {
  public let data: ControlledSubstanceData
  public let rules: EffectiveRules

  public init(data: ControlledSubstanceData, rules: EffectiveRules) {
    self.data = data
    self.rules = rules
  }

  /// The patient's Schedule II prescriptions of `rx`'s ingredient written on its day
  /// (itself included), by id; empty when `rx` is not Schedule II.
  public func series(of rx: Rx) -> [Rx] {
    Self.members(of: rx, in: data.rx[rx.patientId] ?? []).sorted { $0.id < $1.id }
  }

  static func members(of rx: Rx, in prescriptions: [Rx]) -> [Rx] {
    guard rx.schedule == .cii else { return [] }
    return prescriptions.filter { $0.schedule == .cii && $0.writtenOn == rx.writtenOn && IngredientName.same($0.drug, rx.drug) }
  }

  /// The series in the order it is taken: by earliest fill date (none first: the one
  /// meant to be filled at once), then by id.
  static func ordered(seriesOf rx: Rx, in prescriptions: [Rx]) -> [Rx] {
    members(of: rx, in: prescriptions).sorted { ($0.earliestFillOn ?? "", $0.id) < ($1.earliestFillOn ?? "", $1.id) }
  }

  /// Blocking findings about `rx`'s series: a total over the limit, and `rx` being a later
  /// prescription of the series without `earliest_fill_on` (the first one, by id, may be
  /// meant to be filled at once).
  public func findings(for rx: Rx) -> [RoutingFinding] {
    let series = series(of: rx)
    guard series.count > 1 else { return [] }
    let ids = series.map(\.id).joined(separator: ", ")
    let what = "Schedule II series of \(IngredientName.key(rx.drug)) written \(rx.writtenOn) (\(ids))"
    var out: [RoutingFinding] = []
    let total = series.map(\.daysSupply).saturatingSum()
    let limit = rules.int("refill.schedule_ii", "max_multiple_rx_days")
    if total > limit {
      out.append(RoutingFinding(
        rule: "refill.schedule_ii", source: "21 CFR 1306.12", severity: .block,
        message: "\(what) totals \(total) days' supply, over \(limit): ask the prescriber to correct the series"))
    }
    let undated = series.filter { $0.earliestFillOn == nil }
    if undated.dropFirst().contains(where: { $0.id == rx.id }) {
      out.append(RoutingFinding(
        rule: "refill.schedule_ii", source: "21 CFR 1306.12", severity: .block,
        message: "\(rx.id) is a later prescription of the \(what) without an earliest fill date: record earliest_fill_on from the prescription"))
    }
    return out
  }
}
