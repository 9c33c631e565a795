/// `intake-check advance`: one step of a referral (received -> intake_sent ->
/// intake_returned -> records_requested -> records_received -> ready -> scheduled, or
/// declined from any) as an update of the referral with `status_on`. Advancing to the
/// current status is a no-op; going backwards, or out of declined, is a data error
/// unless forced.
public enum IntakeAdvance {
  public static let order: [ReferralStatus] = [
    .received, .intakeSent, .intakeReturned, .recordsRequested, .recordsReceived, .ready, .scheduled,
  ]

  /// The updated referral, or nil when it already has that status.
  public static func apply(
    _ referral: JSONObject, to: ReferralStatus, on date: LocalDate, force: Bool
  ) throws(ToolkitError) -> JSONObject? {
    let id = referral.string("id") ?? "?"
    guard let current = referral.string("status").flatMap(ReferralStatus.init(rawValue:)) else {
      throw ToolkitError(.dataError, "referral '\(id)' has no valid status")
    }
    if current == to { return nil }
    let backwards: Bool = {
      if to == .declined { return false }
      if current == .declined { return true }
      return order.firstIndex(of: to)! < order.firstIndex(of: current)!
    }()
    if backwards && !force {
      throw ToolkitError(.dataError, "referral '\(id)' is \(current.rawValue): going back to \(to.rawValue) needs --force")
    }
    var o = referral
    o["status"] = .string(to.rawValue)
    o["status_on"] = .string(date.description)
    return o
  }
}
