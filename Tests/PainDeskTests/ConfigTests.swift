import Foundation
import Testing

@testable import PainDesk

/// Writes `text` to a fresh temporary file and returns its path.
private func tempConfig(_ text: String) throws -> String {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "paindesk-config-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let url = dir.appendingPathComponent("config.json")
  try Data(text.utf8).write(to: url)
  return url.path
}

private func configError(_ text: String) throws -> ToolkitError? {
  let path = try tempConfig(text)
  do {
    _ = try ClinicConfig.load(path: path, explicit: true)
    return nil
  } catch {
    return error
  }
}

@Suite struct ConfigTests {
  static let sample = """
    {
      "timezone": "America/Los_Angeles",
      "holidays": ["2026-12-24", "2026-11-27"],
      "rules": {"esi.frequency": {"max_sessions": 3}, "refill.early": {"min_elapsed_pct": 75}},
      "payers": {"P-ACME": {"decision_days": 5, "pa_required_cpts": ["64483"]}},
      "settings": {"recall.letter_after_attempts": 2}
    }
    """

  @Test func loadsAFullConfig() throws {
    let path = try tempConfig(Self.sample)
    let config = try ClinicConfig.load(path: path, explicit: true)
    #expect(config.path == path)
    #expect(config.timeZone.identifier == "America/Los_Angeles")
    #expect(config.holidays == [LocalDate("2026-12-24")!, LocalDate("2026-11-27")!])
    let cal = config.calendar
    #expect(!cal.isBusinessDay(LocalDate("2026-12-24")!))
    #expect(cal.localDate(of: Instant("2026-03-01T07:00:00Z")!) == LocalDate("2026-02-28"))
    #expect(config.rules["esi.frequency"]?["max_sessions"] == 3)
    #expect(config.payers["P-ACME"]?["decision_days"] == 5)
  }

  @Test func precedenceAndProvenance() throws {
    let path = try tempConfig(Self.sample)
    let rules = EffectiveRules(config: try ClinicConfig.load(path: path, explicit: true))
    // Config beats shipped.
    let config = rules.parameter("esi.frequency", "max_sessions")
    #expect(config.value == 3 && config.origin == .config(path: path))
    // Shipped when the config is silent.
    let shipped = rules.parameter("esi.frequency", "window_months")
    #expect(shipped.value == 12 && shipped.origin == .shipped(source: "LCD L39240"))
    // Record beats config; flag beats record.
    let record = rules.parameter("esi.frequency", "max_sessions", payerOverride: 2)
    #expect(record.value == 2 && record.origin == .record(field: "max_sessions"))
    let flag = rules.parameter("esi.frequency", "max_sessions", payerOverride: 2, flag: 6)
    #expect(flag.value == 6 && flag.origin == .flag(name: "--max-sessions"))
    #expect(flag.origin.description == "flag --max-sessions")
    // A null record field is absent.
    #expect(rules.parameter("esi.frequency", "max_sessions", payerOverride: .null).value == 3)
    // A payer's config entry beats the rule's default, and the record beats it.
    let rule = "pa.decision.commercial.standard"
    #expect(rules.int(rule, "decision_days") == 15)
    #expect(rules.parameter(rule, "decision_days", payer: "P-ACME").value == 5)
    #expect(rules.parameter(rule, "decision_days", payer: "P-ACME").origin == .config(path: path))
    #expect(rules.parameter(rule, "decision_days", payer: "P-OTHER").value == 15)
    #expect(rules.int(rule, "decision_days", payer: "P-ACME", payerOverride: 10) == 10)
    #expect(rules.span("pdmp.interval.ca", "interval_months") == .months(6))
    #expect(rules.span("pdmp.interval", "interval_days") == .days(90))
    #expect(rules.double("refill.early", "min_elapsed_pct") == 75)
    #expect(rules.strings("pa.medicare.wiser", "states").count == 6)
    #expect(rules.setting("recall.letter_after_attempts").value == 2)
    #expect(rules.setting("due.within_days").value == 14)
  }

  @Test func listingShowsEveryParameterWithItsOrigin() throws {
    let path = try tempConfig(Self.sample)
    let rows = EffectiveRules(config: try ClinicConfig.load(path: path, explicit: true)).listing()
    let total = ShippedRules.all.reduce(0) { $0 + $1.parameters.count }
    #expect(rows.count == total)
    let row = rows.first { $0.string("rule") == "esi.frequency" && $0.string("parameter") == "max_sessions" }!
    #expect(row["value"] == 3)
    #expect(row.string("origin") == "config \(path)")
    #expect(row.string("source") == "LCD L39240")
    #expect(row.string("confidence") == "secondary")
    #expect(row.string("effective_from") == "1970-01-01")
    let wiser = rows.first { $0.string("rule") == "pa.medicare.wiser" && $0.string("parameter") == "decision_hours" }!
    #expect(wiser.string("origin") == "shipped CMS-5056-N")
    #expect(wiser.string("effective_from") == "2026-01-15")
    for r in rows {
      for key in ["rule", "parameter", "value", "origin", "source", "confidence", "effective_from"] {
        #expect(r[key] != nil)
      }
    }
    let payers = EffectiveRules(config: try ClinicConfig.load(path: path, explicit: true)).payerListing()
    #expect(payers.count == 2)
  }

  @Test func noConfigMeansShippedDefaults() {
    let rules = EffectiveRules()
    #expect(rules.config.path == nil)
    #expect(rules.int("esi.frequency", "max_sessions") == 4)
    #expect(rules.listing().allSatisfy { $0.string("origin")!.hasPrefix("shipped ") })
  }

  @Test(arguments: [
    (#"{"timezone":"UTC","rule":{}}"#, "unknown key 'rule'"),
    (#"{"rules":{"esi.frequencies":{}}}"#, "rules: unknown rule id 'esi.frequencies'"),
    (#"{"rules":{"esi.frequency":{"max_session":3}}}"#, "rules.esi.frequency: unknown parameter 'max_session'"),
    (#"{"rules":{"esi.frequency":{"max_sessions":"3"}}}"#, "rules.esi.frequency.max_sessions: expected an integer, found a string"),
    (#"{"rules":{"esi.frequency":{"max_sessions":3.5}}}"#, "rules.esi.frequency.max_sessions: expected a whole number"),
    (#"{"rules":{"esi.frequency":{"max_sessions":-1}}}"#, "rules.esi.frequency.max_sessions: must not be negative"),
    (#"{"rules":{"esi.repeat":{"min_relief_pct":150}}}"#, "rules.esi.repeat.min_relief_pct: must be a percentage"),
    (#"{"rules":{"esi.frequency":4}}"#, "rules.esi.frequency: expected an object"),
    (#"{"rules":{"pa.medicare.wiser":{"states":["AZ",4]}}}"#, "rules.pa.medicare.wiser.states: [1]: expected a string"),
    (#"{"rules":{"pa.medicare.wiser":{"start_date":"2026-02-30"}}}"#, "rules.pa.medicare.wiser.start_date: expected a date"),
    (#"{"rules":{"esi.first":{"requires_concordant_imaging":"no"}}}"#, "expected true or false"),
    (#"{"timezone":"Mars/Base"}"#, "timezone: unknown time zone 'Mars/Base'"),
    (#"{"timezone":5}"#, "timezone: expected a string, found a number"),
    (#"{"holidays":"2026-12-24"}"#, "holidays: expected an array"),
    (#"{"holidays":["2026-12-32"]}"#, "holidays[0]: expected a date"),
    (#"{"payers":{"P1":{"decision_dayz":3}}}"#, "payers.P1: unknown key 'decision_dayz'"),
    (#"{"payers":{"P1":{"decision_days":"3"}}}"#, "payers.P1.decision_days: expected an integer"),
    (#"{"payers":{"P1":{"pa_required_cpts":[64483]}}}"#, "payers.P1.pa_required_cpts: [0]: expected a string"),
    (#"{"settings":{"recall.letters":2}}"#, "settings: unknown setting 'recall.letters'"),
    (#"{"settings":{"recall.letter_after_attempts":true}}"#, "settings.recall.letter_after_attempts: expected an integer"),
    (#"[1,2]"#, "expected an object at the top level, found an array"),
  ])
  func invalidConfigsAreConfigErrorsNamingTheKey(_ text: String, _ expected: String) throws {
    let error = try #require(try configError(text))
    #expect(error.status == .config)
    #expect(error.message.hasPrefix("config '"))
    #expect(error.message.contains(expected), "\(error.message)")
  }

  @Test func malformedJSONGivesLineAndColumn() throws {
    let error = try #require(try configError("{\n  \"timezone\": \"UTC\",\n  \"holidays\": [,]\n}"))
    #expect(error.status == .config)
    #expect(error.message.contains("line 3, column 16"), "\(error.message)")
    let dup = try #require(try configError(#"{"timezone":"UTC","timezone":"UTC"}"#))
    #expect(dup.status == .config && dup.message.contains("duplicate key 'timezone'"))
  }

  @Test func missingFiles() throws {
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent("paindesk-nope-\(UUID().uuidString).json").path
    do {
      _ = try ClinicConfig.load(path: missing, explicit: true)
      Issue.record("loaded a missing file")
    } catch {
      #expect(error.status == .noInput)
      #expect(error.message.hasPrefix("config '\(missing)'"))
    }
    let dir = FileManager.default.temporaryDirectory.path
    #expect(throws: ToolkitError.self) { try ClinicConfig.load(path: dir, explicit: true) }
    let empty = try #require(try configError(""))
    #expect(empty.status == .config && empty.message.contains("line 1, column 1"))
    let fallback = try ClinicConfig.load(path: missing, explicit: false)
    #expect(fallback.path == nil && fallback.rules.isEmpty)
    // Resolved through the environment: explicit, so missing is an error.
    #expect(throws: ToolkitError.self) {
      try ClinicConfig.load(flag: nil, environment: ["PAINDESK_CONFIG": missing])
    }
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("paindesk-home-\(UUID().uuidString)").path
    let none = try ClinicConfig.load(flag: nil, environment: ["HOME": home])
    #expect(none.path == nil)
  }
}

@Test func missingObjectKeyIsNilNotNull() {
  let o = JSONObject([("a", JSONValue.int(1)), ("n", .null)])
  #expect(o["b"] == nil)
  #expect(o["n"] == .some(.null))
  #expect(o["a"] == 1)
}
