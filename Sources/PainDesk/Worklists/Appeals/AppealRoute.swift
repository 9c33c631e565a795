/// What to do first about a denial (domain.md §5): talk to the payer's reviewer, file
/// the formal appeal, resubmit a corrected request or claim, or check coverage.
public enum AppealRoute: String, Codable, Sendable, CaseIterable {
  case peerToPeer = "peer_to_peer"
  case appeal
  case resubmission
  case coverageCheck = "coverage_check"
}
