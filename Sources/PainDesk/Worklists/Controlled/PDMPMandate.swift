/// What the PDMP law of the state whose rules apply asks of the checks behind a
/// prescription (domain.md §9.1), read from the state's rule `pdmp.interval.<state>`
/// (`ShippedPDMPMandates`: every state and DC): at least every `interval_days` or
/// `interval_months` (else the CDC 2022 Rec 9 default `pdmp.interval`, 90 days), and with
/// `each_rx` a check after the previous prescription of `schedules` whenever one of
/// those (of `drug_classes`, when given) is being written. Alabama's `min_mme` and
/// `every_rx_mme` and Arizona's `check_new_course` add their conditions. A state whose
/// rule is `unconfirmed`, or a place with no rule (a territory), gets the default and is
/// named in a warning.
public struct PDMPMandate: Sendable, Equatable {
  /// The occasion a check is judged for.
  public struct Occasion: Sendable, Equatable {
    /// Total MME/day on the date (Alabama's thresholds).
    public var mmePerDay: Double
    /// The schedule of a prescription being written on the date, nil when none is (a
    /// refill of an existing Schedule III-IV prescription).
    public var prescribing: DEASchedule?
    /// The prescription starts a new course of treatment (Arizona).
    public var newCourse: Bool
    /// The classes of the drug being prescribed (Texas names opioids, benzodiazepines,
    /// barbiturates and carisoprodol).
    public var drugClasses: [ControlledDrugClass]

    public init(
      mmePerDay: Double = 0, prescribing: DEASchedule? = nil, newCourse: Bool = false,
      drugClasses: [ControlledDrugClass] = []
    ) {
      self.mmePerDay = mmePerDay
      self.prescribing = prescribing
      self.newCourse = newCourse
      self.drugClasses = drugClasses
    }
  }

  public let rule: String
  public let source: String
  /// The latest check must be no older than this.
  public let interval: DateSpan
  /// Schedules whose previous prescription the check must postdate (a check "before
  /// every prescription"); nil when any recent check will do.
  public let sincePrevious: Set<DEASchedule>?
  /// The state whose mandate is not sourced (its rule is `unconfirmed`, or it has none):
  /// the default applies and a warning names it.
  public let unconfirmedState: String?

  static let controlled: Set<DEASchedule> = [.cii, .ciii, .civ, .cv]

  /// The mandate for `state` on an occasion, from the effective rules.
  public static func forState(_ state: String?, _ occasion: Occasion, rules: EffectiveRules) -> PDMPMandate {
    let standardInterval = rules.span("pdmp.interval", "interval_days")
    func standard(unconfirmed: String? = nil) -> PDMPMandate {
      PDMPMandate(
        rule: "pdmp.interval", source: rules.rule("pdmp.interval")!.source, interval: standardInterval,
        sincePrevious: nil, unconfirmedState: unconfirmed)
    }
    guard let state else { return standard() }
    let id = "pdmp.interval.\(state.lowercased())"
    guard let definition = rules.rule(id) else { return standard(unconfirmed: state) }
    func has(_ name: String) -> Bool { definition.parameters[name] != nil }
    if has("unconfirmed"), rules.bool(id, "unconfirmed") { return standard(unconfirmed: state) }
    if has("min_mme"), occasion.mmePerDay <= rules.double(id, "min_mme") { return standard() }

    let interval: DateSpan? =
      has("interval_months") ? rules.span(id, "interval_months") : has("interval_days") ? rules.span(id, "interval_days") : nil
    var since: Set<DEASchedule>?
    if let s = occasion.prescribing {
      if has("each_rx"), rules.bool(id, "each_rx") {
        let schedules = has("schedules")
          ? Set(rules.strings(id, "schedules").compactMap(DEASchedule.init(rawValue:))) : controlled
        let classes = has("drug_classes") ? Set(rules.strings(id, "drug_classes")) : []
        let classMatches = classes.isEmpty || occasion.drugClasses.contains { classes.contains($0.rawValue) }
        if schedules.contains(s), classMatches { since = schedules }
      }
      if has("every_rx_mme"), occasion.mmePerDay > rules.double(id, "every_rx_mme") { since = controlled }
      if has("check_new_course"), rules.bool(id, "check_new_course"), occasion.newCourse,
        OpioidIngredients.schedules.contains(s.rawValue)
      {
        since = controlled
      }
    }
    // A state that only asks for a check before certain prescriptions leaves the rest to
    // the default interval.
    guard interval != nil || since != nil else { return standard() }
    return PDMPMandate(
      rule: id, source: definition.source, interval: interval ?? standardInterval, sincePrevious: since,
      unconfirmedState: nil)
  }

  /// The words for a gap: "before each cii/ciii prescription".
  var requirement: String {
    switch rule {
    case "pdmp.interval.az": return "at the start of each new course of treatment"
    case "pdmp.interval.al": return "before every prescription at this MME/day"
    default: return "before each \((sincePrevious ?? []).map(\.rawValue).sorted().joined(separator: "/")) prescription"
    }
  }
}
