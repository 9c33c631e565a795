/// The triage of one denial: its category, the route to take first, and the `appeal`
/// records it gets (the formal appeal of its payer type, the level after a lost one,
/// and a peer-to-peer where the payer offers it).
public struct AppealCase: Sendable {
  public let denial: Denial
  public let payer: Payer?
  public let category: DenialCategory
  public let route: AppealRoute
  /// Why that route: a rule id and a few words.
  public let routeReason: String
  public let formal: AppealWindow
  public let peerToPeer: AppealWindow?
  /// Appeal records as printed (`days_left` and `urgency` included).
  public let printed: [JSONObject]
  /// The records to record as events: new ones, and existing ones whose status changed.
  public let toRecord: [JSONObject]
}

/// Printed-only fields: they depend on `--as-of`, so they are not stored (a rerun on
/// another day adds no event).
public enum AppealFields {
  public static let asOfOnly = ["days_left", "urgency", "route_reason"]

  public static func stored(_ o: JSONObject) -> JSONObject {
    var o = o
    for k in asOfOnly { o[k] = nil }
    return o
  }
}
