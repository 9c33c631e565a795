/// What the patient takes on a day, for daily MME and the co-prescription signals (CDC
/// 2022 Table: MME/day of the doses taken that day). Of the active prescriptions
/// (design.md §6), a prescription counts on a day when its supply covers the day: from
/// its fill on or before the day, else from the day it is planned to start, for its days'
/// supply. A Schedule II multiple-prescription series (21 CFR 1306.12(b); domain.md §9.1)
/// is taken one prescription after another: an unfilled one starts on its
/// `earliest_fill_on`, else when the one before it in the series runs out, never on the
/// day they were all written. A prescription whose supply starts after the day does not
/// count. When no prescription of an ingredient covers the day (a refill is late), the
/// latest one to run out still counts, so a late refill does not drop the regimen to 0.
extension ControlledSubstanceData {
  /// The prescriptions taken on `date`, by id.
  public func takenRx(_ patientId: String, on date: LocalDate) -> [Rx] {
    var groups: [String: [(rx: Rx, supply: SupplySpan)]] = [:]
    for rx in activeRx(patientId, on: date) {
      let s = supply(of: rx, asOf: date)
      guard s.start <= date else { continue }
      groups[Self.ingredientKey(rx), default: []].append((rx, s))
    }
    var out: [Rx] = []
    for (_, group) in groups {
      let covering = group.filter { $0.supply.covers(date) }
      if !covering.isEmpty {
        out += covering.map(\.rx)
      } else if let latest = group.map(\.supply.end).max() {
        out += group.filter { $0.supply.end == latest }.map(\.rx)
      }
    }
    return out.sorted { $0.id < $1.id }
  }

  /// The days a prescription's supply covers, judged on `date`: from its latest fill on or
  /// before `date`, else from its planned start.
  public func supply(of rx: Rx, asOf date: LocalDate) -> SupplySpan {
    if let fill = rx.lastFill(onOrBefore: date) { return SupplySpan(start: fill.date, days: fill.daysSupply) }
    return SupplySpan(start: plannedStart(rx, asOf: date), days: rx.daysSupply)
  }

  /// Where an unfilled prescription starts: its earliest fill date, else (a later
  /// prescription of a Schedule II series) when the one before it runs out, else the day
  /// it was written.
  func plannedStart(_ rx: Rx, asOf date: LocalDate) -> LocalDate {
    let written = rx.writtenDate ?? date
    if let earliest = rx.earliestFillOn.flatMap(LocalDate.init) { return max(written, earliest) }
    let series = ScheduleIISeries.ordered(seriesOf: rx, in: self.rx[rx.patientId] ?? [])
    guard let k = series.firstIndex(where: { $0.id == rx.id }), k > 0 else { return written }
    return supply(of: series[k - 1], asOf: date).end
  }

  /// Prescriptions of one ingredient replace one another; different ingredients add up.
  static func ingredientKey(_ rx: Rx) -> String {
    OpioidIngredients.found(drug: rx.drug, rxnorm: rx.rxnorm).first.map { "rxcui:\($0.rxnorm)" }
      ?? IngredientName.key(rx.drug)
  }
}

/// The days a supply covers: from `start` for `days` days, so a 30-day fill on
/// 2026-11-01 covers 2026-11-01 through 2026-11-30 and `end` is 2026-12-01.
public struct SupplySpan: Sendable, Equatable {
  public let start: LocalDate
  public let days: Int

  public var end: LocalDate { start.adding(days: days) }
  public func covers(_ date: LocalDate) -> Bool { start <= date && date < end }
}
