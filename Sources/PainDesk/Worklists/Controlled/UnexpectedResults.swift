/// Unexpected drug screen results (CDC 2022 Rec 10; the CDS IG's match): a prescribed
/// controlled substance reported not detected, or a substance detected that no active
/// prescription explains. No interpretation beyond that match.
public struct UnexpectedResult: Sendable, Hashable {
  public enum Reason: String, Sendable { case prescribedAbsent = "prescribed_absent", unprescribedPresent = "unprescribed_present" }
  public let udsId: String
  public let substance: String
  public let reason: Reason
}

extension ControlledSubstanceData {
  public func unexpectedResults(_ screen: UDS, rules: EffectiveRules) -> [UnexpectedResult] {
    guard let results = screen.results, let collected = screen.collectedOn.flatMap(LocalDate.init) else { return [] }
    let prescribed = activeControlled(screen.patientId, on: collected).map(\.drug)
    var out: [UnexpectedResult] = []
    for r in results {
      let isPrescribed = prescribed.contains { IngredientName.same($0, r.substance) }
      if isPrescribed && !r.detected && rules.bool("uds.unexpected_result", "flag_prescribed_absent") {
        out.append(UnexpectedResult(udsId: screen.id, substance: r.substance, reason: .prescribedAbsent))
      } else if !isPrescribed && r.detected && rules.bool("uds.unexpected_result", "flag_unprescribed_present") {
        out.append(UnexpectedResult(udsId: screen.id, substance: r.substance, reason: .unprescribedPresent))
      }
    }
    return out
  }

  /// Screens with unexpected results collected within the lookback ending on `date`.
  public func recentUnexpected(_ patientId: String, on date: LocalDate, rules: EffectiveRules) -> [(UDS, [UnexpectedResult])] {
    let window = RollingWindow(rules.span("uds.unexpected_result", "lookback_months"), endingOn: date)
    return (uds[patientId] ?? []).sorted { $0.id < $1.id }.compactMap { u in
      guard let c = u.collectedOn.flatMap(LocalDate.init), window.contains(c) else { return nil }
      let found = unexpectedResults(u, rules: rules)
      return found.isEmpty ? nil : (u, found)
    }
  }
}

extension UnexpectedResult {
  public var message: String {
    switch reason {
    case .prescribedAbsent: return "unexpected result: prescribed \(substance) not detected"
    case .unprescribedPresent: return "unexpected result: \(substance) detected, not prescribed"
    }
  }
}
