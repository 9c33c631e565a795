/// The groups of auth statuses every tool and read model asks about (records.md auth),
/// each defined once here; SQL receives them as bound parameters.
extension AuthStatus {
  /// Sent and awaiting the payer's decision: the decision clock runs.
  public static let awaitingDecision: [AuthStatus] = [.submitted, .pended]
  /// A payer decision (the first one starts revenue-model's decision counts).
  public static let decisions: [AuthStatus] = [.approved, .approvedPendingNumber, .partial, .modified, .denied]
  /// Approved for use: the lines the payer approved may be used (`AuthUnits`).
  public static let usable: [AuthStatus] = [.approved, .partial, .modified]

  /// Raw values, for a `json_each(?)` parameter or a comparison with a stored column.
  public static func names(_ statuses: [AuthStatus]) -> [String] { statuses.map(\.rawValue) }
}
