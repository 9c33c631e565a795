import Foundation

/// The clinic's one JSON config file (design.md §4):
///
///     {"timezone": "America/Los_Angeles",
///      "holidays": ["2026-12-24"],
///      "rules": {"esi.frequency": {"max_sessions": 3}},
///      "payers": {"P-AETNA": {"decision_days": 5, "pa_required_cpts": ["64483"]}},
///      "settings": {"recall.letter_after_attempts": 2}}
///
/// Every key is checked: an unknown key, rule id, parameter or setting, or a value of
/// the wrong type is an error naming it (exit 78), so a typo never silently leaves a
/// shipped default in force.
public struct ClinicConfig: Sendable {
  /// The file it came from; nil when there was none (shipped defaults only).
  public let path: String?
  /// The clinic's zone; the system's when the config does not name one.
  public let timeZone: TimeZone
  /// Whether `timezone` came from the file (else it is the system's).
  public let timeZoneIsConfigured: Bool
  public let holidays: Set<LocalDate>
  /// Rule id -> parameter overrides, all checked against `ShippedRules`.
  public let rules: [String: JSONObject]
  /// Payer id -> overrides of the payer's numbers (see `payerKeys`).
  public let payers: [String: JSONObject]
  /// Overrides of `ShippedSettings.defaults`.
  public let settings: JSONObject

  public static let topLevelKeys = ["holidays", "payers", "rules", "settings", "timezone"]
  /// Payer overrides and their types; the names are the payer record's (records.md).
  /// The payer's lines (`phone`, `fax`, `portal_url`, `appeals_address`, `appeals_fax`)
  /// fill in where the payer record has none.
  public static let payerKeys: JSONObject = ShippedRules.p([
    "appeal_window_days": 0, "decision_days": 0, "expedited_hours": 0,
    "p2p_window_days": 0, "pa_required_cpts": ["cpt"], "pa_required_drugs": ["drug"],
    "phone": "", "fax": "", "portal_url": "", "appeals_address": "", "appeals_fax": "",
  ])

  /// No file: shipped defaults in the system's time zone.
  public init(timeZone: TimeZone = .current) {
    path = nil
    self.timeZone = timeZone
    timeZoneIsConfigured = false
    holidays = []
    rules = [:]
    payers = [:]
    settings = JSONObject()
  }

  /// The clinic's calendar: its zone and closed days.
  public var calendar: ClinicCalendar { ClinicCalendar(timeZone: timeZone, closedDays: holidays) }

  /// Resolves the location (`ConfigLocation`) and loads it; no file at the default
  /// location means shipped defaults.
  public static func load(flag: String?, environment: [String: String]) throws(ToolkitError)
    -> ClinicConfig
  {
    guard let loc = ConfigLocation.resolve(flag: flag, environment: environment) else {
      return ClinicConfig()
    }
    return try load(path: loc.path, explicit: loc.explicit)
  }

  /// Reads the file at `path`. Missing: `.noInput` (66) when the user named it, else
  /// shipped defaults.
  public static func load(path: String, explicit: Bool) throws(ToolkitError) -> ClinicConfig {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      if explicit {
        throw ToolkitError(
          .noInput, "config '\(path)': no such file; check --config or PAINDESK_CONFIG")
      }
      return ClinicConfig()
    }
    if isDirectory.boolValue { throw ToolkitError(.noInput, "config '\(path)': is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ToolkitError(.noPermission, "config '\(path)': cannot read the file (permission denied?)")
    }
    return try ClinicConfig(parsing: [UInt8](data), path: path)
  }

  /// Parses and checks the file's bytes.
  public init(parsing bytes: [UInt8], path: String) throws(ToolkitError) {
    func fail(_ what: String) -> ToolkitError { ToolkitError(.config, "config '\(path)': \(what)") }
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      let (line, column) = ClinicConfig.lineAndColumn(bytes, offset: error.column - 1)
      throw fail("line \(line), column \(column): \(error.reason)")
    }
    guard let top = root.objectValue else {
      throw fail("expected an object at the top level, found \(root.typeName)")
    }
    for key in top.keys where !ClinicConfig.topLevelKeys.contains(key) {
      throw fail(
        "unknown key '\(key)' (known: \(ClinicConfig.topLevelKeys.joined(separator: ", ")))")
    }

    self.path = path
    if let tz = top["timezone"] {
      guard let name = tz.stringValue else { throw fail("timezone: expected a string, found \(tz.typeName)") }
      guard let zone = TimeZone(identifier: name) else {
        throw fail("timezone: unknown time zone '\(name)' (use an IANA name such as America/New_York)")
      }
      timeZone = zone
      timeZoneIsConfigured = true
    } else {
      timeZone = .current
      timeZoneIsConfigured = false
    }

    var days = Set<LocalDate>()
    if let h = top["holidays"] {
      guard let list = h.arrayValue else { throw fail("holidays: expected an array of dates, found \(h.typeName)") }
      for (k, item) in list.enumerated() {
        guard let text = item.stringValue, let d = LocalDate(text) else {
          throw fail("holidays[\(k)]: expected a date (YYYY-MM-DD)")
        }
        days.insert(d)
      }
    }
    holidays = days

    var rules: [String: JSONObject] = [:]
    for (id, value) in try ClinicConfig.section(top, "rules", fail) {
      guard let shipped = ShippedRules.rule(id) else { throw fail("rules: unknown rule id '\(id)'") }
      guard let overrides = value.objectValue else {
        throw fail("rules.\(id): expected an object of parameters, found \(value.typeName)")
      }
      try ClinicConfig.check(overrides, against: shipped.parameters, at: "rules.\(id)", noun: "parameter", fail)
      rules[id] = overrides
    }
    self.rules = rules

    var payers: [String: JSONObject] = [:]
    for (id, value) in try ClinicConfig.section(top, "payers", fail) {
      guard let overrides = value.objectValue else {
        throw fail("payers.\(id): expected an object, found \(value.typeName)")
      }
      try ClinicConfig.check(overrides, against: ClinicConfig.payerKeys, at: "payers.\(id)", noun: "key", fail)
      payers[id] = overrides
    }
    self.payers = payers

    let settings = try ClinicConfig.section(top, "settings", fail)
    try ClinicConfig.check(settings, against: ShippedSettings.defaults, at: "settings", noun: "setting", fail)
    self.settings = settings
  }

  /// Each override must name a value of `model` and have its type.
  private static func check(
    _ overrides: JSONObject, against model: JSONObject, at place: String, noun: String,
    _ fail: (String) -> ToolkitError
  ) throws(ToolkitError) {
    for (name, value) in overrides {
      guard let shipped = model[name] else {
        throw fail("\(place): unknown \(noun) '\(name)' (known: \(model.keys.joined(separator: ", ")))")
      }
      if let problem = RuleValueCheck.problem(name: name, model: shipped, value: value) {
        throw fail("\(place).\(name): \(problem)")
      }
    }
  }

  /// The members of an optional object-valued top-level key.
  private static func section(
    _ top: JSONObject, _ key: String, _ fail: (String) -> ToolkitError
  ) throws(ToolkitError) -> JSONObject {
    guard let v = top[key] else { return JSONObject() }
    guard let o = v.objectValue else { throw fail("\(key): expected an object, found \(v.typeName)") }
    return o
  }

  /// 1-based line and column of a byte offset.
  static func lineAndColumn(_ bytes: [UInt8], offset: Int) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for k in 0..<min(max(offset, 0), bytes.count) where bytes[k] == 0x0A {
      line += 1
      lineStart = k + 1
    }
    return (line, offset - lineStart + 1)
  }
}
