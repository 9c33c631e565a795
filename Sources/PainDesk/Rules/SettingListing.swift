/// The clinic's plain settings as `paindesk config` lists them after the rules: the time
/// zone, the closed days and every `settings` key, each with the value in force and where
/// it came from (the config file, the system, or PainDesk's default). Rows have the
/// listing's columns: `kind` (`setting`), `parameter`, `value`, `origin`, `description`.
extension EffectiveRules {
  public func settingListing() -> [JSONObject] {
    let fromFile = RuleOrigin.config(path: config.path ?? "-").description
    var rows: [JSONObject] = [
      row(
        "timezone", .string(config.timeZone.identifier),
        origin: config.timeZoneIsConfigured ? fromFile : "system (TZ or /etc/localtime)",
        description: "the clinic's time zone: dates, due days and payer clocks are counted in it"),
      row(
        "holidays", .array(config.holidays.sorted().map { .string($0.description) }),
        origin: config.holidays.isEmpty ? RuleOrigin.shipped(source: "PainDesk default").description : fromFile,
        description: "days the clinic is closed: they count on its own clocks (recall and follow-up targets), never on payer or regulatory deadlines"),
    ]
    for key in ShippedSettings.defaults.keys.sorted() {
      let (value, origin) = setting(key)
      rows.append(row(key, value, origin: origin.description, description: ShippedSettings.descriptions[key] ?? ""))
    }
    return rows
  }

  private func row(_ name: String, _ value: JSONValue, origin: String, description: String) -> JSONObject {
    JSONObject([
      ("kind", "setting"), ("parameter", .string(name)), ("value", value),
      ("origin", .string(origin)), ("description", .string(description)),
    ])
  }
}
