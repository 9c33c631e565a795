/// recall-scan's `--patient` in SQL: a term that ends a query's WHERE and the argument that
/// goes with it (the ids as one JSON array), or nothing for the whole ledger.
struct RecallPatientFilter {
  let ids: String?

  init(_ patients: Set<String>?) {
    ids = patients.map { JSONWriter.canonical(.array($0.sorted().map { .string($0) })) }
  }

  /// ` AND column IN (...)`, or "" when every patient is read.
  func term(_ column: String) -> String {
    ids == nil ? "" : " AND \(column) IN (SELECT value FROM json_each(?))"
  }

  /// The query's own arguments, then the ids when they are filtered.
  func arguments(_ args: [String]) -> [String] { ids.map { args + [$0] } ?? args }
}
