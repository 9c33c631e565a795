/// What the ledger has used of one auth, as pa-status --exhausted counts it (records.md
/// auth): the units of performed procedures naming it, by code, and the scheduled
/// appointments naming it (one unit per code each). The appointments are kept apart so
/// that a cancellation fill can leave out the one a waitlisted patient would move up.
public struct AuthUses: Sendable, Equatable {
  public struct Scheduled: Sendable, Equatable {
    public var appointmentId: String
    public var patientId: String
    public var start: String
    public var cpts: [String]
    public init(appointmentId: String, patientId: String, start: String, cpts: [String]) {
      self.appointmentId = appointmentId
      self.patientId = patientId
      self.start = start
      self.cpts = cpts
    }
  }

  public var performed: [String: Int]
  public var scheduled: [Scheduled]

  public init(performed: [String: Int] = [:], scheduled: [Scheduled] = []) {
    self.performed = performed
    self.scheduled = scheduled
  }

  /// Units used by code, leaving out the appointments named in `excluding`.
  public func units(excluding: Set<String> = []) -> [String: Int] {
    var out = performed
    for s in scheduled where !excluding.contains(s.appointmentId) {
      for cpt in s.cpts { out[cpt, default: 0] += 1 }
    }
    return out
  }
}
