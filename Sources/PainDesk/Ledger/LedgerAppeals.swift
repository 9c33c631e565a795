import GRDB

/// The appeal reads: denials by the auth they answer, appeals by the denial they
/// appeal, by indexed state columns.
extension Ledger {
  /// Denials that answer these auths (`denial.auth_id`).
  public func denials(authIds: [String]) throws(ToolkitError) -> [JSONObject] {
    try records(of: .denial, where: "auth_id", in: authIds)
  }

  /// Appeals of these denials (`appeal.denial_id`).
  public func appeals(denialIds: [String]) throws(ToolkitError) -> [JSONObject] {
    try records(of: .appeal, where: "denial_id", in: denialIds)
  }
}
