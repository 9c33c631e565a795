import Testing

@testable import PainDesk

/// The hand-built record of a recall is what the generic encoder gives, members in
/// canonical order, with and without its optional fields.
@Suite("Recall outputs") struct RecallOutputsTests {
  static let recalls: [Recall] = [
    Recall(
      patientId: "P1", reason: .pumpRefill, rule: "recall.pump_refill", source: "clinic protocol", subjectId: "PR1",
      lastVisitOn: "2026-08-01", dueOn: "2026-11-01", state: .overdue, daysOverdue: 28, priority: 2,
      contactPreference: .sms, attempts: 3, failedAttempts: 2, action: .letter, scheduled: true,
      scheduledOn: "2026-12-02", appointmentId: "A9"),
    Recall(
      patientId: "P2", reason: .patientInterval, rule: "recall.patient_interval", source: "s", subjectId: nil,
      lastVisitOn: nil, dueOn: "2026-12-01", state: .due, daysOverdue: 0, priority: 3, contactPreference: nil,
      attempts: 0, failedAttempts: 0, action: .call),
  ]

  @Test(arguments: recalls)
  func recallRecordIsTheEncodersObject(recall: Recall) throws {
    #expect(recall.record == (try JSONValueEncoder().encodeObject(recall)))
  }
}
