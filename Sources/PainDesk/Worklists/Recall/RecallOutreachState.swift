/// Where a recall stands after its outreach (`recall.letter_after_attempts`): call until
/// that many calls failed (no answer, voicemail, bad number), then a letter; once a
/// letter went out or the patient declined, a physician's discharge review. A patient
/// marked `do_not_contact` is never called.
public struct RecallOutreachState: Sendable, Equatable {
  public static let failedResults: Set<String> = ["no_answer", "voicemail", "bad_number"]

  public var attempts: Int
  public var failed: Int
  public var action: RecallAction

  public init(
    attempts: [PatientRecallFacts.Attempt], since start: LocalDate, includingStart: Bool,
    letterAfter: Int, doNotContact: Bool
  ) {
    let counted = attempts.filter { includingStart ? $0.date >= start : $0.date > start }
    self.attempts = counted.count
    failed = counted.filter { RecallOutreachState.failedResults.contains($0.result) }.count
    if doNotContact {
      action = .doNotContact
    } else if counted.contains(where: { $0.result == "letter_sent" || $0.result == "declined" }) {
      action = .dischargeReview
    } else if failed >= letterAfter {
      action = .letter
    } else {
      action = .call
    }
  }
}
