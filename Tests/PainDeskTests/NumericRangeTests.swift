import Testing
@testable import PainDesk

/// records.md "Numeric ranges": each range, at its ends and past them, through the
/// validator (exit 65 naming the field) and the JSON Schema.
@Suite struct NumericRangeTests {
  private static let rx = #"{"kind":"rx","id":"rx-1","patient_id":"pat-1","prescriber_id":"prov-1","drug":"oxycodone","strength":5,"strength_unit":"mg","form":"tablet","units_per_day":3,"quantity":90,"days_supply":30,"schedule":"cii","written_on":"2026-01-02","status":"active"}"#
  private static let procedure = #"{"kind":"procedure","id":"proc-1","patient_id":"pat-1","provider_id":"prov-1","cpt":"64483","date":"2026-02-10","status":"performed"}"#
  private static let patient = #"{"kind":"patient","id":"p1","given_name":"Ann","family_name":"Example","dob":"1970-01-01","sex":"female","state":"IL","status":"active"}"#

  /// A record with one member set (or replaced) to the literal JSON `value`.
  private func record(_ base: String, _ field: String, _ value: String) -> JSONObject {
    record(RecordFixtures.record(base), field, value)
  }

  private func record(_ base: JSONObject, _ field: String, _ value: String) -> JSONObject {
    var o = base
    o[field] = RecordFixtures.record(#"{"v":"# + value + "}")["v"]
    return o
  }

  private func fields(_ o: JSONObject) -> [String] { RecordValidator.validate(o).map(\.field) }

  @Test(arguments: [
    ("days_supply", "0", true), ("days_supply", "36500", true), ("days_supply", "36501", false),
    ("days_supply", "-1", false), ("days_supply", "9223372036854775807", false),
    ("quantity", "100000", true), ("quantity", "100000.5", false), ("quantity", "-1", false),
    ("units_per_day", "0.33", true), ("units_per_day", "1e300", false), ("units_per_day", "100001", false),
    ("strength", "0.5", true), ("strength", "0", false), ("strength", "100000", true), ("strength", "100001", false),
    ("refills", "5", true), ("refills", "1000000", false),
  ])
  func rxRanges(_ field: String, _ value: String, _ ok: Bool) {
    let found = fields(record(Self.rx, field, value))
    #expect(found == (ok ? [] : [field]), "\(field)=\(value)")
  }

  @Test(arguments: [
    ("paid_cents", "100000000000", true), ("paid_cents", "100000000001", false),
    ("paid_cents", "9223372036854775807", false), ("charge_cents", "-1", false),
    ("relief_pct", "100", true), ("relief_pct", "101", false), ("relief_days", "36501", false),
    ("units", "100001", false),
  ])
  func procedureRanges(_ field: String, _ value: String, _ ok: Bool) {
    #expect(fields(record(Self.procedure, field, value)) == (ok ? [] : [field]), "\(field)=\(value)")
  }

  @Test func recallIntervalIsDays() {
    #expect(fields(record(Self.patient, "recall_interval_days", "36500")) == [])
    #expect(fields(record(Self.patient, "recall_interval_days", "9223372036854775807")) == ["recall_interval_days"])
  }

  @Test func messageNamesTheFieldAndTheRangeNotTheValue() {
    let issues = RecordValidator.validate(record(Self.rx, "days_supply", "9223372036854775807"))
    #expect(issues.map(\.message) == ["'days_supply' must be between 0 and 36500"])
  }

  @Test func levelsHoldOneToSix() {
    #expect(fields(record(Self.procedure, "levels", #"["L3-L4","L4-L5"]"#)) == [])
    #expect(fields(record(Self.procedure, "levels", #"["a","b","c","d","e","f","g"]"#)) == ["levels"])
    #expect(fields(record(Self.procedure, "levels", "[]")) == ["levels"])
  }

  @Test func scoresLieOnTheirInstrumentsScale() {
    let base = #"{"kind":"assessment","id":"as-1","patient_id":"pat-1","date":"2026-02-10","instrument":"nrs","score":8}"#
    #expect(fields(RecordFixtures.record(base)) == [])
    #expect(fields(record(base, "score", "11")) == ["score"])
    #expect(fields(record(record(base, "score", "26"), "instrument", #""ort""#)) == [])
    #expect(fields(record(record(base, "score", "27"), "instrument", #""ort""#)) == ["score"])
    #expect(fields(record(record(base, "score", "42.5"), "instrument", #""odi""#)) == [])
    #expect(fields(record(base, "score", "1e300")) == ["score"])
  }

  @Test func everyNumericFieldHasARange() {
    func check(_ fields: [FieldSpec], _ kind: RecordKind) {
      for f in fields {
        switch f.type {
        case .int, .number, .cents: #expect(f.range != nil, "\(kind.rawValue).\(f.name)")
        case .object(let nested), .array(.object(let nested)): check(nested, kind)
        default: break
        }
      }
    }
    for spec in RecordSpecs.all { check(spec.fields, spec.kind) }
    #expect(RecordSpecs.spec(for: .rx).field("days_supply")?.range == .days)
    #expect(RecordSpecs.spec(for: .payer).field("appeal_window_days")?.range == .days)
  }

  @Test func schemaCarriesTheRanges() {
    let rx = JSONSchemas.schema(for: .rx)
    let days = rx["properties"]?["days_supply"]
    #expect(days?["minimum"] == .int(0))
    #expect(days?["maximum"] == .int(36_500))
    #expect(rx["properties"]?["strength"]?["exclusiveMinimum"] == .int(0))
    let fill = rx["properties"]?["fills"]?["items"]?["properties"]?["quantity"]
    #expect(fill?["maximum"] == .int(100_000))
    let procedure = JSONSchemas.schema(for: .procedure)
    #expect(procedure["properties"]?["levels"]?["maxItems"] == .int(6))
    #expect(procedure["properties"]?["paid_cents"]?["maximum"] == .int(100_000_000_000))
  }

  @Test func checkedConversionsRejectWhatWouldTrap() {
    for text in ["nan", "inf", "-inf", "1e20", "-1", "100001"] {
      #expect(NumericRange.units.number(parsing: text) == nil, "\(text)")
      #expect(NumericRange.units.integer(parsing: text) == nil, "\(text)")
    }
    #expect(NumericRange.units.integer(parsing: "2.0") == 2)
    #expect(NumericRange.units.integer(parsing: "2.5") == nil)
    #expect(NumericRange.days.integer(.double(1e300)) == nil)
  }

  @Test func saturatingArithmeticStopsAtTheBounds() {
    #expect(Int.max.saturatingAdding(1) == .max)
    #expect(Int.min.saturatingAdding(-1) == .min)
    #expect(Int.max.saturatingMultiplied(by: 80) == .max)
    #expect((-5).saturatingMultiplied(by: Int.max) == .min)
    #expect([Int.max, 30].saturatingSum() == .max)
  }

  @Test func datesPastTheCalendarStopAtItsEnds() throws {
    let d = try #require(LocalDate("2026-01-03"))
    #expect(d.adding(days: Int.max) == LocalDate.latest)
    #expect(d.adding(days: Int.min) == LocalDate.earliest)
    #expect(d.adding(days: 3_000_000) == LocalDate.latest)
    #expect(d.adding(months: Int.max) == LocalDate.latest)
    #expect(d.adding(years: Int.min) == LocalDate.earliest)
    #expect(d.adding(days: 30).description == "2026-02-02")
  }

  @Test func instantsPastTheCalendarStopAtItsEnds() throws {
    let t = try #require(Instant("2026-03-01T14:05:00Z"))
    #expect(t.adding(hours: Int.max).utcDate == LocalDate.latest)
    #expect(t.adding(hours: Int.min).utcDate == LocalDate.earliest)
    #expect(t.adding(seconds: Int64.max).seconds(to: t) < 0)
    #expect(Instant(seconds: Int64.max).utcDate == LocalDate.latest)
    let far = t.adding(hours: Int.max)
    // UTC+14 and UTC-11: the local date of the calendar's last and first second.
    let ahead = try #require(ClinicCalendar(timeZoneIdentifier: "Pacific/Kiritimati"))
    let behind = try #require(ClinicCalendar(timeZoneIdentifier: "Pacific/Pago_Pago"))
    #expect(ahead.localDate(of: far) == LocalDate.latest)
    #expect(behind.localDate(of: t.adding(hours: Int.min)) == LocalDate.earliest)
    #expect(t.seconds(to: far) > 0)
  }

  @Test func dollarsOfAnAmountNoIntegerHoldsReadNotAvailable() {
    #expect(Money.dollars(129_600_050) == "$1,296,000.50")
    #expect(Money.dollars(1e300) == "n/a")
    #expect(Money.dollars(-.infinity) == "n/a")
    #expect(Money.dollars(.nan) == "n/a")
  }

  @Test func hugeIntegersPassThroughAsWritten() throws {
    let text = #"{"id":"x","kind":"note","z":123456789012345678901234567890}"#
    let parsed = RecordFixtures.record(text)
    #expect(parsed["z"] == .bigInteger("123456789012345678901234567890"))
    #expect(String(decoding: JSONWriter.canonicalBytes(.object(parsed)), as: UTF8.self) == text)
    #expect(fields(record(Self.rx, "quantity", "123456789012345678901234567890")) == ["quantity"])
  }
}
