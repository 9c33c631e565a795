/// The report's knobs: minutes of staff work per recorded event, by tool (staff effort),
/// and which tools count as prior-authorization work.
public struct RevenueSettings: Sendable {
  public var minutesPerEvent: [String: Double]
  public var paTools: Set<String>
  /// Approved auths expiring within this many days are "expiring unused".
  public var expiringWithinDays: Int

  public static let defaultMinutes: [String: Double] = [
    "pa-submit": 20, "pa-status": 10, "appeal-pack": 30, "recall-scan": 5, "refill-check": 5, "uds-due": 3,
  ]

  public init(
    minutesPerEvent: [String: Double] = RevenueSettings.defaultMinutes,
    paTools: Set<String> = ["pa-submit", "pa-status", "appeal-pack"], expiringWithinDays: Int = 30
  ) {
    self.minutesPerEvent = minutesPerEvent
    self.paTools = paTools
    self.expiringWithinDays = expiringWithinDays
  }
}
