/// CDC 2022 Rec 8: offer naloxone when MME/day is at or above `mme.signals`
/// `naloxone_mme` (50) or an opioid is taken with a benzodiazepine. Whether it was: a
/// naloxone prescription (naloxone without an opioid: buprenorphine/naloxone is not a
/// rescue kit) written, or an offer recorded on an opioid prescription
/// (`naloxone_offered_on`), within `naloxone.offer` `lookback_months` before the day.
public struct NaloxoneCheck: Sendable {
  public let data: ControlledSubstanceData
  public let rules: EffectiveRules

  public init(data: ControlledSubstanceData, rules: EffectiveRules) {
    self.data = data
    self.rules = rules
  }

  /// The status and its finding, or nil when naloxone is not indicated.
  public func status(_ patientId: String, on date: LocalDate, mmePerDay: Double, opioidWithBenzodiazepine: Bool)
    -> (NaloxoneStatus, RoutingFinding)?
  {
    let threshold = Double(rules.int("mme.signals", "naloxone_mme"))
    guard mmePerDay >= threshold || opioidWithBenzodiazepine else { return nil }
    let why = mmePerDay >= threshold ? "\(RefillChecker.format(mmePerDay)) MME/day" : "an opioid with a benzodiazepine"
    let window = RollingWindow(rules.span("naloxone.offer", "lookback_months"), endingOn: date)
    let mine = data.rx[patientId] ?? []
    let kit = mine.filter { rx in
      IngredientName.words(rx.drug).contains("naloxone") && !OpioidIngredients.contains(drug: rx.drug, rxnorm: rx.rxnorm)
        && rx.writtenDate.map(window.contains) ?? false
    }.max { ($0.writtenOn, $0.id) < ($1.writtenOn, $1.id) }
    if let kit {
      return (.prescribed, finding(.info, "\(why): naloxone prescribed \(kit.writtenOn) (\(kit.id))"))
    }
    let offer = mine.compactMap { rx in rx.naloxoneOfferedOn.flatMap(LocalDate.init).map { ($0, rx.id) } }
      .filter { window.contains($0.0) }.max { ($0.0, $0.1) < ($1.0, $1.1) }
    if let (day, id) = offer {
      return (.offered, finding(.info, "\(why): naloxone offered \(day) (recorded on \(id))"))
    }
    return (.notOffered, finding(.warn, "\(why) and no naloxone prescribed or offered since \(window.start): offer naloxone and record it (naloxone_offered_on) or prescribe it"))
  }

  private func finding(_ severity: Severity, _ message: String) -> RoutingFinding {
    RoutingFinding(rule: "naloxone.offer", source: "CDC 2022 Rec 8", severity: severity, message: message)
  }
}
