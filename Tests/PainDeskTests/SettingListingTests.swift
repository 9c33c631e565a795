import Testing

@testable import PainDesk

/// `paindesk config` lists the time zone, the closed days and every setting with its origin.
@Suite struct SettingListingTests {
  func rows(_ config: ClinicConfig) -> [String: JSONObject] {
    Dictionary(uniqueKeysWithValues: EffectiveRules(config: config).settingListing().map { ($0.string("parameter")!, $0) })
  }

  @Test func shippedDefaultsSayWhereTheyComeFrom() throws {
    let r = rows(ClinicConfig())
    #expect(r["timezone"]?.string("origin")?.hasPrefix("system") == true)
    #expect(r["holidays"]?["value"] == .array([]))
    for key in ShippedSettings.defaults.keys {
      #expect(r[key]?.string("origin") == "shipped PainDesk default", "\(key)")
      #expect(r[key]?.string("description")?.isEmpty == false, "\(key) has no description")
    }
    #expect(Set(r.keys) == Set(ShippedSettings.defaults.keys).union(["timezone", "holidays"]))
  }

  @Test func configuredValuesNameTheFile() throws {
    let text = #"{"timezone":"America/Chicago","holidays":["2026-12-25","2026-12-24"],"settings":{"recall.letter_after_attempts":2}}"#
    let r = rows(try ClinicConfig(parsing: Array(text.utf8), path: "clinic.json"))
    #expect(r["timezone"]?.string("value") == "America/Chicago")
    #expect(r["timezone"]?.string("origin") == "config clinic.json")
    #expect(r["holidays"]?["value"] == .array(["2026-12-24", "2026-12-25"]))
    #expect(r["holidays"]?.string("origin") == "config clinic.json")
    #expect(r["recall.letter_after_attempts"]?["value"] == .int(2))
    #expect(r["recall.letter_after_attempts"]?.string("origin") == "config clinic.json")
    #expect(r["appeal.urgent_under_days"]?.string("origin") == "shipped PainDesk default")
  }
}
