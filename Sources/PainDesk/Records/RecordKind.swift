/// Every record kind of records.md. Input kinds are stored in the ledger; output kinds are
/// what the tools emit (findings, worklist rows) and are never imported.
public enum RecordKind: String, Sendable, CaseIterable, Codable, Comparable {
  // People and coverage
  case patient, provider, location, payer, coverage
  case `case` = "case"
  // Clinical evidence
  case diagnosis
  case conservativeCare = "conservative_care"
  case imaging, assessment, procedure, document
  // Authorizations, denials, appeals
  case auth, claim, fee, denial, appeal
  // Scheduling and recall
  case appointment, slot, waitlist, outreach
  // Controlled substances
  case rx
  case refillRequest = "refill_request"
  case uds
  case pdmpCheck = "pdmp_check"
  case agreement
  // Intake and records
  case referral
  case recordsRequest = "records_request"
  // Output kinds
  case finding, readiness
  case reportRow = "report_row"
  case udsSchedule = "uds_schedule"
  case routing
  case rxAudit = "rx_audit"
  case recall, offer
  case intakeStatus = "intake_status"
  case coverageStatus = "coverage_status"
  case recordsStatus = "records_status"

  /// Kinds the ledger stores, in the order an export writes them: every kind after the
  /// kinds it refers to, so that `export | import` works in one pass.
  public static let stored: [RecordKind] = [
    .provider, .location, .payer, .patient, .coverage, .case, .document,
    .diagnosis, .conservativeCare, .imaging, .auth, .procedure, .assessment,
    .claim, .fee, .denial, .appeal, .appointment, .slot, .waitlist, .outreach,
    .rx, .refillRequest, .uds, .pdmpCheck, .agreement, .referral, .recordsRequest,
  ]

  public static let outputs: [RecordKind] = [
    .finding, .readiness, .reportRow, .udsSchedule, .routing, .rxAudit, .recall, .offer, .intakeStatus, .coverageStatus, .recordsStatus,
  ]

  public var isStored: Bool { !RecordKind.outputs.contains(self) }

  /// Position in `stored` (dependency order); output kinds sort last.
  public var order: Int { RecordKind.stored.firstIndex(of: self) ?? RecordKind.stored.count }

  public static func < (a: RecordKind, b: RecordKind) -> Bool { a.rawValue < b.rawValue }

  /// Parses a kind name as a user or a record writes it.
  public init?(name: String) { self.init(rawValue: name) }
}
