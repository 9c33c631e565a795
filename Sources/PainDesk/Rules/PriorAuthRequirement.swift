/// The answer to "does this payer require a prior authorization for this code here and
/// then?", with the rule that decided it, so a finding or a worklist can cite it.
public struct PARequirement: Sendable, Hashable {
  public let required: Bool
  /// The rule that decided (`pa.medicare.wiser.codes`, `pa.payer.default`...).
  public let rule: String
  public let source: String
  /// Where the deciding value came from (flag, record, config, shipped).
  public let origin: RuleOrigin
  public let reason: String
}

/// Where a request is done and for whom: the inputs of `PriorAuthRequirement.check`.
public struct PAContext: Sendable {
  public var payer: Payer
  public var cpt: String
  /// CMS place-of-service code (`11`, `19`, `22`, `24`...); nil when unknown.
  public var placeOfService: String?
  /// The state a rule keys on: the location's, else the payer's, else the patient's
  /// (`PAContext.state(location:payer:patient:)`).
  public var state: String?
  /// The planned date of service (else `--as-of`).
  public var date: LocalDate

  public init(payer: Payer, cpt: String, placeOfService: String?, state: String?, date: LocalDate) {
    self.payer = payer
    self.cpt = cpt
    self.placeOfService = placeOfService
    self.state = state
    self.date = date
  }

  /// The location's state, else the payer's, else the patient's (issue 3).
  public static func state(location: Location?, payer: Payer?, patient: Patient?) -> String? {
    location?.address.state ?? payer?.state ?? patient?.state
  }
}

/// "Is PA required?" per payer x CPT x place of service x state x date (domain.md §2):
/// Medicare FFS by the OPD program (42 CFR 419.83, POS 19/22) and the WISeR model
/// (CMS-5056-N, by state and date); every other payer by its record's
/// `pa_required_cpts`, else its config entry, else the shipped family list.
public enum PriorAuthRequirement {
  public static func check(_ c: PAContext, rules: EffectiveRules) -> PARequirement {
    let payer = c.payer
    switch payer.type {
    case .selfPay:
      return PARequirement(required: false, rule: "pa.payer.default", source: "payer policy", origin: .shipped(source: "payer policy"), reason: "self-pay: no payer to authorize")
    case .medicare:
      return medicare(c, rules: rules)
    default:
      return listed(c, rules: rules)
    }
  }

  /// Whether any line of a request needs a PA (the first line that does decides).
  public static func check(
    auth: Auth, payer: Payer, state: String?, date: LocalDate, rules: EffectiveRules
  ) -> PARequirement {
    var last: PARequirement?
    for item in auth.items {
      let r = check(
        PAContext(payer: payer, cpt: item.cpt, placeOfService: auth.placeOfService, state: state, date: date),
        rules: rules)
      if r.required { return r }
      last = r
    }
    return last
      ?? PARequirement(required: false, rule: "pa.payer.default", source: "payer policy", origin: .shipped(source: "payer policy"), reason: "no lines")
  }

  static func medicare(_ c: PAContext, rules: EffectiveRules) -> PARequirement {
    // WISeR: traditional Medicare in the model's states, from its start date, any setting.
    let wiser = "pa.medicare.wiser"
    let states = rules.strings(wiser, "states")
    let start = LocalDate(rules.parameter(wiser, "start_date").value.stringValue ?? "") ?? .literal("2026-01-15")
    let end = LocalDate(rules.parameter(wiser, "end_date").value.stringValue ?? "") ?? .literal("2031-12-31")
    let codes = rules.parameter("pa.medicare.wiser.codes", "pa_required_cpts")
    if let st = c.state, states.contains(st), c.date >= start, c.date <= end,
      codes.value.arrayValue?.contains(.string(c.cpt)) == true
    {
      return PARequirement(
        required: true, rule: "pa.medicare.wiser.codes", source: "CMS-5056-N", origin: codes.origin,
        reason: "WISeR model: \(c.cpt) in \(st) on or after \(start)")
    }
    // Hospital outpatient department program: POS 19/22 only.
    for id in ["pa.medicare.opd.scs", "pa.medicare.opd.facet"] {
      guard let def = rules.rule(id), def.isInEffect(on: c.date) else { continue }
      let p = rules.parameter(id, "pa_required_cpts")
      let places = rules.strings(id, "places_of_service")
      if let pos = c.placeOfService, places.contains(pos), p.value.arrayValue?.contains(.string(c.cpt)) == true {
        return PARequirement(
          required: true, rule: id, source: def.source, origin: p.origin,
          reason: "Medicare hospital outpatient PA: \(c.cpt) at POS \(pos)")
      }
    }
    return PARequirement(
      required: false, rule: "pa.medicare.opd.facet", source: "42 CFR 419.83", origin: .shipped(source: "42 CFR 419.83"),
      reason: "Medicare FFS: \(c.cpt) is not on the OPD or WISeR lists for this setting, state and date")
  }

  static func listed(_ c: PAContext, rules: EffectiveRules) -> PARequirement {
    let payer = c.payer
    if let list = payer.paRequiredCpts {
      let yes = list.contains(c.cpt)
      return PARequirement(
        required: yes, rule: "pa.payer.default", source: "payer record", origin: .record(field: "pa_required_cpts"),
        reason: yes ? "\(c.cpt) is on the payer's PA list" : "\(c.cpt) is not on the payer's PA list")
    }
    if let list = rules.config.payers[payer.id]?["pa_required_cpts"]?.arrayValue {
      let yes = list.contains(.string(c.cpt))
      return PARequirement(
        required: yes, rule: "pa.payer.default", source: "clinic config", origin: .config(path: rules.config.path ?? "-"),
        reason: yes ? "\(c.cpt) is on the payer's PA list (config)" : "\(c.cpt) is not on the payer's PA list (config)")
    }
    let fam = rules.parameter("pa.payer.default", "pa_required_families")
    let exempt = rules.strings("pa.payer.default", "exempt_cpts")
    let family = ProcedureCatalog.entry(c.cpt)?.family
    let yes = family.map { fam.value.arrayValue?.contains(.string($0.rawValue)) == true } == true && !exempt.contains(c.cpt)
    return PARequirement(
      required: yes, rule: "pa.payer.default", source: "payer policy", origin: fam.origin,
      reason: yes ? "\(payer.type.rawValue) payers review \(family!.rawValue) by default" : "\(c.cpt) is not a reviewed family")
  }
}
