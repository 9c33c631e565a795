import Testing

@testable import PainDesk

@Suite("refill request closing") struct RefillRequestClosingTests {
  let request = try! JSONParser.parse(#"{"kind":"refill_request","id":"RR1","patient_id":"P1","rx_id":"RX1","requested_on":"2026-11-20","channel":"phone","note":"from the pharmacy"}"#).objectValue!

  @Test func closingSetsStatusDayAndNoteAndKeepsTheRequestsNote() {
    let r = RefillRequestClosing.closed(request, as: .approved, on: LocalDate("2026-11-29")!, note: "ok")
    #expect(r.string("status") == "approved" && r.string("closed_on") == "2026-11-29" && r.string("status_note") == "ok")
    #expect(r.string("note") == "from the pharmacy")
    #expect(RecordValidator.validate(r).isEmpty)
  }

  @Test func absentMeansOpenAndOnlyOpenAndRoutedAreQueued() throws {
    let open = try JSONValueDecoder().decode(RefillRequest.self, from: request)
    #expect(open.currentStatus == .open && open.currentStatus.isQueued)
    #expect(RefillRequestStatus.allCases.filter(\.isQueued) == [.open, .routed])
  }
}
