/// The partial index of the auths awaiting a decision (issue 3), for `pa-status --overdue`.
enum PAIndexes {
  /// The name `Ledger.auths(statuses:submittedBefore:)` forces with INDEXED BY: the planner,
  /// without statistics, prefers the status index and then sorts by id.
  static let undecidedName = "auth_undecided_by_id"
  /// The WHERE of the index; a query repeats it word for word so SQLite may use it.
  static let undecidedWhere = "voided = 0 AND status IN ('pended', 'submitted')"

  /// Migration `v6-pa-undecided-index`: undecided auths in id order, so the worklist reads
  /// them sorted (no temporary b-tree holding every record) and skips the decided ones.
  static let undecided = "CREATE INDEX \(undecidedName) ON auth(id) WHERE \(undecidedWhere)"
}
