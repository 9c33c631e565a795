/// What the PDMP law of the state whose rules apply asks of the checks behind a
/// prescription (domain.md §9.1), as rule data: `pdmp.interval` (CDC 2022 Rec 9: before
/// the first Rx, then every 90 days) unless the state has its own mandate, which replaces
/// it: CA every 6 months (CA H&S 11165.4); AL twice a year above 30 MME/day and before
/// every prescription above 90 (PDMP TTAC table, 2021-11-30); AZ at the start of each new
/// course of Schedule II-IV opioid or benzodiazepine treatment, then quarterly (Pew 2018);
/// AK before prescribing Schedule II or III (PDMP TTAC).
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

    public init(mmePerDay: Double = 0, prescribing: DEASchedule? = nil, newCourse: Bool = false) {
      self.mmePerDay = mmePerDay
      self.prescribing = prescribing
      self.newCourse = newCourse
    }
  }

  public let rule: String
  public let source: String
  /// The latest check must be no older than this.
  public let interval: DateSpan
  /// Schedules whose previous prescription the check must postdate (a check "before
  /// every prescription"); nil when any recent check will do.
  public let sincePrevious: Set<DEASchedule>?

  /// The mandate for `state` on an occasion, from the effective rules.
  public static func forState(_ state: String?, _ occasion: Occasion, rules: EffectiveRules) -> PDMPMandate {
    func make(_ id: String, _ interval: DateSpan, since: Set<DEASchedule>? = nil) -> PDMPMandate {
      PDMPMandate(rule: id, source: rules.rule(id)!.source, interval: interval, sincePrevious: since)
    }
    let standard = make("pdmp.interval", rules.span("pdmp.interval", "interval_days"))
    let controlled: Set<DEASchedule> = [.cii, .ciii, .civ, .cv]
    switch state {
    case "CA":
      return make("pdmp.interval.ca", rules.span("pdmp.interval.ca", "interval_months"))
    case "AL":
      guard occasion.mmePerDay > rules.double("pdmp.interval.al", "min_mme") else { return standard }
      let every = occasion.prescribing != nil && occasion.mmePerDay > rules.double("pdmp.interval.al", "every_rx_mme")
      return make("pdmp.interval.al", rules.span("pdmp.interval.al", "interval_days"), since: every ? controlled : nil)
    case "AZ":
      let course = rules.bool("pdmp.interval.az", "check_new_course") && occasion.newCourse
        && occasion.prescribing.map { OpioidIngredients.schedules.contains($0.rawValue) } == true
      return make("pdmp.interval.az", rules.span("pdmp.interval.az", "interval_days"), since: course ? controlled : nil)
    case "AK":
      let schedules = Set(rules.strings("pdmp.interval.ak", "schedules").compactMap(DEASchedule.init(rawValue:)))
      guard let s = occasion.prescribing, schedules.contains(s) else { return standard }
      return make("pdmp.interval.ak", standard.interval, since: schedules)
    default:
      return standard
    }
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
