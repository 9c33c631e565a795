/// Claims and appointments counted per what revenue-model groups them by (issue 7, speed;
/// StateCountTable): the report's claim and appointment facts read a few thousand groups
/// instead of grouping every record of the window (about 0.1 s each at 100,000 patients).
enum RevenueCounts {
  /// claimFacts: claims by service date and payer, with their paid cents.
  static let claims = StateCountTable(
    name: "claim_revenue", table: "claim", keys: ["service_date", "payer_id"], sums: ["paid_cents"])
  /// appointmentFacts: appointments by start, status and type.
  static let appointments = StateCountTable(
    name: "appointment_revenue", table: "appointment", keys: ["start", "status", "type"], sums: [])
  static let all = [claims, appointments]
}
