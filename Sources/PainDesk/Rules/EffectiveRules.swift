/// The rules in force: shipped defaults plus the clinic's config, looked up with the
/// precedence of design.md §4: command-line flag > field on the record > config file
/// (a payer's entry, then the rule's) > shipped default. Every value comes back with
/// its origin, so a finding or `paindesk config` can say where it came from.
public struct EffectiveRules: Sendable {
  public typealias Origin = RuleOrigin

  public let config: ClinicConfig

  public init(config: ClinicConfig = ClinicConfig()) {
    self.config = config
  }

  /// The clinic's calendar (time zone and closed days from the config).
  public var calendar: ClinicCalendar { config.calendar }

  /// The calendar of payer and regulatory deadlines: the clinic's time zone, and business
  /// days that skip weekends and federal holidays but never the clinic's own closed days
  /// (design.md §6).
  public var payerCalendar: ClinicCalendar { ClinicCalendar(timeZone: calendar.timeZone) }

  public func rule(_ id: String) -> RuleDefinition? { ShippedRules.rule(id) }

  private var configOrigin: Origin { .config(path: config.path ?? "-") }

  /// The effective value of a parameter. `payer` names a payer whose config entry may
  /// override it (payer keys share the parameter's name); `payerOverride` is the value
  /// of that field on the record (`recordField`, default the parameter's name); `flag`
  /// the value of a command-line flag (`flagName`, default `--` + the name with
  /// hyphens). A null record or flag value counts as absent, and so does one whose JSON
  /// type differs from the shipped value's (the config file's types are checked when
  /// it loads; records are validated when they are imported). An unknown rule or
  /// parameter is a programming error (ids are constants) and traps.
  public func parameter(
    _ rule: String, _ name: String, payer: String? = nil, payerOverride: JSONValue? = nil,
    flag: JSONValue? = nil, recordField: String? = nil, flagName: String? = nil
  ) -> (value: JSONValue, origin: Origin) {
    guard let definition = ShippedRules.rule(rule), let shippedValue = definition.parameters[name]
    else {
      preconditionFailure("unknown rule parameter \(rule).\(name)")
    }
    func usable(_ v: JSONValue?) -> JSONValue? {
      guard let v, !v.isNull, RuleValueCheck.problem(name: name, model: shippedValue, value: v) == nil
      else { return nil }
      return v
    }
    if let flag = usable(flag) {
      return (flag, .flag(name: flagName ?? "--" + String(name.map { $0 == "_" ? "-" : $0 })))
    }
    if let record = usable(payerOverride) {
      return (record, .record(field: recordField ?? name))
    }
    if let payer, let v = config.payers[payer]?[name] { return (v, configOrigin) }
    if let v = config.rules[rule]?[name] { return (v, configOrigin) }
    return (shippedValue, .shipped(source: definition.source))
  }

  /// An integer parameter (a double is truncated toward zero).
  public func int(
    _ rule: String, _ name: String, payer: String? = nil, payerOverride: JSONValue? = nil,
    flag: JSONValue? = nil
  ) -> Int {
    let v = parameter(rule, name, payer: payer, payerOverride: payerOverride, flag: flag).value
    return Int(v.intValue ?? Int64(v.doubleValue ?? 0))
  }

  public func double(
    _ rule: String, _ name: String, payer: String? = nil, payerOverride: JSONValue? = nil,
    flag: JSONValue? = nil
  ) -> Double {
    parameter(rule, name, payer: payer, payerOverride: payerOverride, flag: flag).value.doubleValue ?? 0
  }

  public func bool(_ rule: String, _ name: String, flag: JSONValue? = nil) -> Bool {
    parameter(rule, name, flag: flag).value.boolValue ?? false
  }

  public func strings(
    _ rule: String, _ name: String, payer: String? = nil, payerOverride: JSONValue? = nil,
    flag: JSONValue? = nil
  ) -> [String] {
    let v = parameter(rule, name, payer: payer, payerOverride: payerOverride, flag: flag).value
    return v.arrayValue?.compactMap(\.stringValue) ?? []
  }

  /// A length parameter as a `DateSpan`: `*_months` parameters are months, any other
  /// (`*_days`, `interval_days`...) days.
  public func span(
    _ rule: String, _ name: String, payer: String? = nil, payerOverride: JSONValue? = nil,
    flag: JSONValue? = nil
  ) -> DateSpan {
    let n = int(rule, name, payer: payer, payerOverride: payerOverride, flag: flag)
    return name.hasSuffix("_months") ? .months(n) : .days(n)
  }

  /// A plain setting (`ShippedSettings`), from the config or the default.
  public func setting(_ key: String, flag: JSONValue? = nil) -> (value: JSONValue, origin: Origin) {
    guard let shippedValue = ShippedSettings.defaults[key] else {
      preconditionFailure("unknown setting \(key)")
    }
    if let flag, !flag.isNull {
      return (flag, .flag(name: "--" + String(key.map { $0 == "_" ? "-" : $0 })))
    }
    if let v = config.settings[key] { return (v, configOrigin) }
    return (shippedValue, .shipped(source: "PainDesk default"))
  }

  /// One row per rule parameter, as `paindesk config` prints it: `kind`
  /// (`rule_parameter`), `rule`, `parameter`, `value`, `origin`, `source`,
  /// `confidence`, `effective_from`, `description`. Payer entries of the config are
  /// not rule values and are not listed here (see `payerListing`).
  public func listing() -> [JSONObject] {
    var rows: [JSONObject] = []
    for r in ShippedRules.all {
      for (name, _) in r.parameters {
        let (value, origin) = parameter(r.id, name)
        rows.append(
          JSONObject([
            ("kind", "rule_parameter"), ("rule", .string(r.id)), ("parameter", .string(name)),
            ("value", value), ("origin", .string(origin.description)),
            ("source", .string(r.source)), ("confidence", .string(r.confidence.rawValue)),
            ("effective_from", .string(r.effectiveFrom.description)),
            ("description", .string(r.description)),
          ]))
      }
    }
    return rows
  }

  /// One row per payer override in the config: `kind` (`payer_override`), `payer`,
  /// `parameter`, `value`, `origin`.
  public func payerListing() -> [JSONObject] {
    config.payers.keys.sorted().flatMap { id in
      config.payers[id]!.map { m in
        JSONObject([
          ("kind", "payer_override"), ("payer", .string(id)), ("parameter", .string(m.key)),
          ("value", m.value), ("origin", .string(configOrigin.description)),
        ])
      }
    }
  }
}
