import Foundation
import Testing

@testable import PainDesk

private func d(_ s: String) -> LocalDate { LocalDate(s)! }
private func i(_ s: String) -> Instant { Instant(s)! }
private let la = ClinicCalendar(timeZoneIdentifier: "America/Los_Angeles")!
private let utc = ClinicCalendar(timeZoneIdentifier: "UTC")!

@Suite struct CalendarClockTests {
  @Test func instantsParseRFC3339AndWriteUTC() {
    #expect(i("2026-03-01T14:05:00Z").description == "2026-03-01T14:05:00Z")
    #expect(i("2026-03-01T09:05:00-05:00") == i("2026-03-01T14:05:00Z"))
    #expect(i("2026-03-01T19:35:00+05:30").description == "2026-03-01T14:05:00Z")
    #expect(i("2026-03-01t14:05:00z") == i("2026-03-01T14:05:00Z"))
    let frac = i("2026-03-01T14:05:00.123456789Z")
    #expect(frac.nanoseconds == 123_456_789 && frac.description == "2026-03-01T14:05:00Z")
    #expect(frac > i("2026-03-01T14:05:00Z"))
    #expect(i("2026-03-01T14:05:00.5Z").nanoseconds == 500_000_000)
    #expect(i("1969-12-31T23:59:59Z").seconds == -1)
    #expect(i("1969-12-31T23:59:59Z").description == "1969-12-31T23:59:59Z")
    #expect(i("2026-01-01T00:30:00+01:00").description == "2025-12-31T23:30:00Z")
    for bad in [
      "2026-03-01T14:05Z", "2026-03-01T24:00:00Z", "2026-03-01 14:05:00Z", "2026-03-01T14:05:00",
      "2026-03-01T14:05:60Z", "2026-03-01T14:05:00.Z", "2026-03-01T14:05:00+0500",
      "2026-02-30T14:05:00Z", "2026-03-01T14:05:00Zx", "2026-03-01",
    ] {
      #expect(Instant(bad) == nil, "\(bad)")
    }
    #expect(i("2026-03-01T14:05:00Z").adding(hours: 72) == i("2026-03-04T14:05:00Z"))
    #expect(i("2026-03-01T14:05:00Z").seconds(to: i("2026-03-01T15:05:00Z")) == 3600)
  }

  @Test func instantsBridgeToFoundation() {
    let t = i("2026-03-01T14:05:00.25Z")
    #expect(Instant(t.date) == t)
  }

  @Test func codableTextForms() throws {
    struct R: Codable, Equatable {
      var on: LocalDate
      var at: Instant
    }
    let json = #"{"at":"2026-03-01T09:05:00-05:00","on":"2026-03-01"}"#
    let r = try JSONDecoder().decode(R.self, from: Data(json.utf8))
    #expect(r == R(on: d("2026-03-01"), at: i("2026-03-01T14:05:00Z")))
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys]
    #expect(String(decoding: try enc.encode(r), as: UTF8.self) == #"{"at":"2026-03-01T14:05:00Z","on":"2026-03-01"}"#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(R.self, from: Data(#"{"at":"2026-03-01T14:05:00Z","on":"2026-02-30"}"#.utf8))
    }
  }

  @Test func localDatesInTheClinicZone() {
    #expect(la.localDate(of: i("2026-03-01T07:59:00Z")) == d("2026-02-28"))
    #expect(la.localDate(of: i("2026-03-01T08:00:00Z")) == d("2026-03-01"))
    #expect(la.localDate(of: i("2026-07-01T06:59:59Z")) == d("2026-06-30"))
    #expect(la.localDate(of: i("2026-07-01T07:00:00Z")) == d("2026-07-01"))
    #expect(utc.localDate(of: i("2026-03-01T23:59:59Z")) == d("2026-03-01"))
    #expect(la.localDateTime(of: i("2026-03-01T10:00:00-05:00")).secondOfDay == 7 * 3600)
  }

  @Test func startOfDayAcrossDST() {
    // America/Los_Angeles: DST starts 2026-03-08 02:00, ends 2026-11-01 02:00.
    #expect(la.startOfDay(d("2026-03-08")) == i("2026-03-08T08:00:00Z"))
    #expect(la.startOfDay(d("2026-03-09")) == i("2026-03-09T07:00:00Z"))
    #expect(la.startOfDay(d("2026-11-01")) == i("2026-11-01T07:00:00Z"))
    #expect(la.startOfDay(d("2026-11-02")) == i("2026-11-02T08:00:00Z"))
    #expect(utc.startOfDay(d("2026-03-08")) == i("2026-03-08T00:00:00Z"))
  }

  @Test func appointmentStarts() {
    #expect(la.parseDateTime("2026-03-02T09:30") == i("2026-03-02T17:30:00Z"))
    #expect(la.parseDateTime("2026-07-02T09:30:15") == i("2026-07-02T16:30:15Z"))
    #expect(la.parseDateTime("2026-07-02T09:30:00-04:00") == i("2026-07-02T13:30:00Z"))
    // In the spring-forward gap: read with the offset before the change (03:30 PDT).
    #expect(la.parseDateTime("2026-03-08T02:30") == i("2026-03-08T10:30:00Z"))
    // Repeated hour in the fall: the earlier (PDT) instant.
    #expect(la.parseDateTime("2026-11-01T01:30") == i("2026-11-01T08:30:00Z"))
    for bad in ["2026-03-02T9:30", "2026-03-02 09:30", "2026-03-02T09:30Z ", "2026-03-02", "2026-03-02T25:00"] {
      #expect(la.parseDateTime(bad) == nil, "\(bad)")
    }
  }

  @Test func asOfTakesADateOrAnInstant() throws {
    let date = try AsOf(flag: "2026-03-08", calendar: la)
    #expect(date.date == d("2026-03-08") && date.instant == i("2026-03-08T08:00:00Z"))
    let dst = try AsOf(flag: "2026-03-09", calendar: la)
    #expect(dst.instant == i("2026-03-09T07:00:00Z"))
    let instant = try AsOf(flag: "2026-03-09T06:30:00Z", calendar: la)
    #expect(instant.date == d("2026-03-08") && instant.instant == i("2026-03-09T06:30:00Z"))
    let offset = try AsOf(flag: "2026-11-01T23:30:00-08:00", calendar: la)
    #expect(offset.date == d("2026-11-01"))
    let now = try AsOf(flag: nil, calendar: la, now: i("2026-01-01T07:00:00Z"))
    #expect(now.date == d("2025-12-31"))
    for bad in ["2026-13-01", "yesterday", "2026-03-01T14:05", ""] {
      do {
        _ = try AsOf(flag: bad, calendar: la)
        Issue.record("accepted \(bad)")
      } catch {
        #expect(error.status == .usage)
        #expect(error.message == "--as-of '\(bad)' is not a date (YYYY-MM-DD) or an instant (RFC 3339)")
      }
    }
  }

  @Test func unknownZone() {
    #expect(ClinicCalendar(timeZoneIdentifier: "Mars/Olympus_Mons") == nil)
  }
}
