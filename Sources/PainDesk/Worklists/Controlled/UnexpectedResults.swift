/// Unexpected drug screen results (CDC 2022 Rec 10; the CDS IG's match, read with
/// domain.md §9a): a prescribed controlled substance reported not detected while none of
/// its metabolites was either, or a substance detected that neither a prescription nor a
/// prescribed drug's metabolite explains. Immunoassay class results ("opiates") are
/// matched by class: positive is expected when a prescribed drug falls in the class, and
/// negative is unexpected only for a drug the class reliably detects. On a presumptive
/// (immunoassay) screen such a result is not yet unexpected: it asks for a definitive
/// test, and a definitive screen collected on or after it settles it.
public struct UnexpectedResult: Sendable, Hashable {
  public enum Reason: String, Sendable {
    case prescribedAbsent = "prescribed_absent", unprescribedPresent = "unprescribed_present"
    /// On a presumptive screen: confirm with a definitive test before calling it unexpected.
    case presumptivePositive = "presumptive_positive", presumptiveNegative = "presumptive_negative"

    /// Whether the result is unexpected as it stands (a definitive result), rather than
    /// waiting for confirmation.
    public var isConfirmed: Bool { self == .prescribedAbsent || self == .unprescribedPresent }
  }
  public let udsId: String
  public let substance: String
  public let reason: Reason
}

extension ControlledSubstanceData {
  public func unexpectedResults(_ screen: UDS, rules: EffectiveRules) -> [UnexpectedResult] {
    guard let results = screen.results, let collected = screen.collectedOn.flatMap(LocalDate.init) else { return [] }
    let prescribed = activeControlled(screen.patientId, on: collected).map(UDSInterpretation.ingredients(of:))
    let ingredients = prescribed.reduce(into: Set<String>()) { $0.formUnion($1) }
    let expected = UDSInterpretation.expected(for: ingredients)
    let detected = Set(results.filter(\.detected).map { UDSInterpretation.normalized($0.substance) })
    let presumptive = screen.type == .presumptive
    var out: [UnexpectedResult] = []
    func add(_ r: UDSResult, _ absent: Bool) {
      let reason: UnexpectedResult.Reason =
        presumptive ? (absent ? .presumptiveNegative : .presumptivePositive) : (absent ? .prescribedAbsent : .unprescribedPresent)
      out.append(UnexpectedResult(udsId: screen.id, substance: r.substance, reason: reason))
    }
    for r in results {
      let name = UDSInterpretation.normalized(r.substance)
      if let assay = UDSInterpretation.classes[name] {
        let inClass = assay.detects.union(assay.crossReacts).map(UDSInterpretation.normalized)
        if r.detected, expected.isDisjoint(with: inClass), rules.bool("uds.unexpected_result", "flag_unprescribed_present") {
          add(r, false)
        } else if !r.detected, !ingredients.isDisjoint(with: assay.detects),
          rules.bool("uds.unexpected_result", "flag_prescribed_absent")
        {
          add(r, true)
        }
        continue
      }
      let words = Set(IngredientName.words(r.substance).map(UDSInterpretation.normalized)).union([name])
      if r.detected {
        if words.isDisjoint(with: expected), rules.bool("uds.unexpected_result", "flag_unprescribed_present") { add(r, false) }
      } else if let parent = ingredients.first(where: { words.contains(UDSInterpretation.normalized($0)) }),
        UDSInterpretation.expected(for: [parent]).isDisjoint(with: detected),
        rules.bool("uds.unexpected_result", "flag_prescribed_absent")
      {
        add(r, true)
      }
    }
    return out
  }

  /// Screens with unexpected results collected within the lookback ending on `date`; a
  /// presumptive screen's results drop out once a definitive screen is collected on or
  /// after it.
  public func recentUnexpected(_ patientId: String, on date: LocalDate, rules: EffectiveRules) -> [(UDS, [UnexpectedResult])] {
    let window = RollingWindow(rules.span("uds.unexpected_result", "lookback_months"), endingOn: date)
    let screens = (uds[patientId] ?? []).sorted { $0.id < $1.id }
    let definitive = screens.filter { $0.type == .definitive }.compactMap { $0.collectedOn.flatMap(LocalDate.init) }
      .filter { $0 <= date }
    return screens.compactMap { u in
      guard let c = u.collectedOn.flatMap(LocalDate.init), window.contains(c) else { return nil }
      if u.type == .presumptive, definitive.contains(where: { $0 >= c }) { return nil }
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
    case .presumptivePositive:
      return "presumptive positive for \(substance), not explained by a prescription or its metabolites: order a definitive (LC-MS/MS) test before treating it as unexpected"
    case .presumptiveNegative:
      return "presumptive screen negative for prescribed \(substance): order a definitive (LC-MS/MS) test before treating it as unexpected"
    }
  }
}
