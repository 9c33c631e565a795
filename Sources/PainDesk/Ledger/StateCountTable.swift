/// A summary of one state table: its records that are not void, counted per value of some
/// of its columns, with the sums of others; kept by two triggers on the state table, so that
/// every writer (the importer, bookings, voids, updates) keeps it exact without knowing of
/// it. A grouped read of it costs its few thousand groups instead of every record; `paindesk
/// verify` compares it with a recount of the state table (LedgerSummaryCheck).
struct StateCountTable: Sendable {
  /// The summary table's name.
  let name: String
  /// The state table counted.
  let table: String
  /// The columns it is grouped by; a record with any of them NULL is not counted (the
  /// readers read them as text that is always there).
  let keys: [String]
  /// Integer columns summed (NULL counts as 0).
  let sums: [String]

  /// The summary's columns, in order: the keys, `n`, the sums.
  var columns: String { (keys + ["n"] + sums).joined(separator: ", ") }

  /// Whether record `r` (NEW or OLD in a trigger, a table alias) is counted.
  func counted(_ r: String) -> String {
    (["\(r).voided = 0"] + keys.map { "\(r).\($0) IS NOT NULL" }).joined(separator: " AND ")
  }

  /// The summary as the state table gives it: the backfill, and what verify compares with.
  var expected: String {
    let summed = sums.map { "sum(coalesce(s.\($0), 0)) AS \($0)" }
    return """
      SELECT \((keys.map { "s.\($0) AS \($0)" } + ["count(*) AS n"] + summed).joined(separator: ", "))
      FROM \(table) s WHERE \(counted("s")) GROUP BY \(keys.map { "s.\($0)" }.joined(separator: ", "))
      """
  }

  /// The migration's statements: the table (keys without a type, so that a value is kept
  /// as the state row holds it), its backfill, the triggers.
  var statements: [String] {
    let match = keys.map { "\($0) = OLD.\($0)" }.joined(separator: " AND ")
    let changed = (keys + sums + ["voided"]).map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
    let less = (["n = n - 1"] + sums.map { "\($0) = \($0) - coalesce(OLD.\($0), 0)" }).joined(separator: ", ")
    return [
      """
      CREATE TABLE \(name) (\((keys.map { "\($0) NOT NULL" } + ["n INTEGER NOT NULL"] + sums.map { "\($0) INTEGER NOT NULL" }).joined(separator: ", ")),
        PRIMARY KEY (\(keys.joined(separator: ", ")))) WITHOUT ROWID
      """,
      "INSERT INTO \(name) (\(columns)) \(expected)",
      "CREATE TRIGGER \(name)_add AFTER INSERT ON \(table) WHEN \(counted("NEW")) BEGIN\n\(add);\nEND",
      """
      CREATE TRIGGER \(name)_change AFTER UPDATE ON \(table) WHEN \(changed) BEGIN
      UPDATE \(name) SET \(less) WHERE \(match) AND \(counted("OLD"));
      DELETE FROM \(name) WHERE \(match) AND n = 0;
      \(add);
      END
      """,
    ]
  }

  /// Counts a trigger's NEW record if it is counted.
  private var add: String {
    let values = keys.map { "NEW.\($0)" } + ["1"] + sums.map { "coalesce(NEW.\($0), 0)" }
    let more = (["n = n + 1"] + sums.map { "\($0) = \($0) + excluded.\($0)" }).joined(separator: ", ")
    return """
      INSERT INTO \(name) (\(columns)) SELECT \(values.joined(separator: ", ")) WHERE \(counted("NEW"))
      ON CONFLICT (\(keys.joined(separator: ", "))) DO UPDATE SET \(more)
      """
  }
}
