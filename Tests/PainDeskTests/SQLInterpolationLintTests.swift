import Foundation
import Testing

/// No SQL text is built from values: a lint over Sources/ that finds every string literal
/// reading like SQL and every `\(...)` interpolated into it. Values go in as bound
/// parameters (`?`, `json_each(?)` for a list). The allow-list holds what may be spliced
/// in: identifiers and SQL fragments that come from code constants (table and column
/// names, partial-index WHEREs that a query must repeat word for word for SQLite to use
/// the index, placeholder lists `?, ?`, the frozen trigger and migration texts). Adding an
/// entry needs a reason as good as these; a value from input never qualifies.
@Suite("no SQL built from values") struct SQLInterpolationLintTests {
  static let allowed: [String: Set<String>] = [
    "EventWriter.swift": ["LedgerMigrations.quoted(kind.rawValue)", "LedgerMigrations.quoted(table.name)", "names.joined(separator:", "placeholders", "updates"],
    "LedgerEvidenceReads.swift": ["select.joined(separator:", "table"],
    "LedgerExport.swift": ["LedgerMigrations.quoted(kind.rawValue)"],
    "StoredRecords.swift": ["LedgerMigrations.quoted(kind.rawValue)"],
    "LedgerMeta.swift": ["LedgerMigrations.quoted(kind.rawValue)"],
    "LedgerRecordReads.swift": ["col", "marks", "orderedById ?", "table"],
    "LedgerStateColumnsCheck.swift": ["LedgerMigrations.quoted(table.name)", "names.map {"],
    "LedgerSummaryCheck.swift": ["LedgerMigrations.decisionStatuses", "ProcedureRevenue.columns", "a", "b", "columns.joined(separator: \", \")", "names.joined(separator:", "t.columns", "t.name"],
    "LedgerVerifier.swift": ["t"],
    "Migrations.swift": ["authDecisionColumns.map { $0.sql.replacingOccurrences(of: \"NEW.\", with: \"e.\") }.joined(separator: \", \")", "authDecisionColumns.map(\\.sql).joined(separator: \", \")", "cols.map(quoted).joined(separator:", "counted", "decided", "decisionStatuses", "name", "names.joined(separator: \", \")", "pended", "quoted(name)", "quoted(table.name)", "uniqueHash ? \" UNIQUE\" : \"\"", "upsert"],
    "PAIndexes.swift": ["undecidedName", "undecidedWhere"],
    "ProcedureRevenue.swift": ["$0", "[\"voided\", \"status\", \"paid_cents\", \"date\", \"auth_id\", \"cpt\", \"provider_id\", \"location_id\", \"place_of_service\", \"units\"].map { \"OLD.\\($0) IS NOT NEW.\\($0)\" }.joined(separator: \" OR \")", "a", "add(\"NEW\")", "addAll(auth: \"NEW\")", "columns", "expected", "key(\"OLD\", payer: \"a.payer_id\")", "key(\"p\", payer: \"OLD.payer_id\")", "key(\"p\", payer: \"a.payer_id\")", "oddWhere()", "p", "plain(\"NEW\")", "plain(\"OLD\")", "plain(\"p\")", "plain(p)", "upsert", "values(\"p\", payer: \"\\(a).payer_id\")", "values(p, payer: \"a.payer_id\")"],
    "RecallPatientFilter.swift": ["column"],
    "RecallProcedureQueries.swift": ["marks(all.count)", "only.term(\"patient_id\")"],
    "RecallQueries.swift": ["officeTypes", "only.term(\"id\")", "only.term(\"m.patient_id\")", "only.term(\"patient_id\")", "openStatuses", "visitTypes"],
    "RevenueQueries.swift": ["Ledger.within", "Ledger.within(\"c.service_date\")", "Ledger.within(\"p.date\")", "Ledger.within(\"r.date\")", "Ledger.within(\"s.start\")", "Ledger.within(\"service_date\")", "LedgerMigrations.quoted(T.recordKind.rawValue)", "ProcedureRevenue.oddWhere(\"p.\")", "column", "columns", "filter", "plain"],
    "StateCountTable.swift": ["$0", "(keys.map { \"\\($0) NOT NULL\" } + [\"n INTEGER NOT NULL\"] + sums.map { \"\\($0) INTEGER NOT NULL\" }).joined(separator: \", \")", "(keys.map { \"s.\\($0) AS \\($0)\" } + [\"count(*) AS n\"] + summed).joined(separator: \", \")", "add", "changed", "columns", "counted", "counted(\"NEW\")", "counted(\"OLD\")", "counted(\"s\")", "expected", "keys.joined(separator: \", \")", "keys.map { \"s.\\($0)\" }.joined(separator: \", \")", "less", "match", "more", "name", "table", "values.joined(separator: \", \")"],
    "StateTablesPAEvidence.swift": ["sets.joined(separator:", "table"],
    "StoredAuth.swift": ["PAIndexes.undecidedName", "PAIndexes.undecidedWhere", "StoredAuth.columns"],
    "WaitingRecords.swift": ["Self.table", "condition"],  ]

  static let sqlWords = try! NSRegularExpression(
    pattern: #"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|FROM|JOIN|ORDER BY|GROUP BY|VALUES)\b"#)

  /// The `\(...)` expressions interpolated into SQL-looking literals of one source text.
  static func interpolations(in source: String) -> [String] {
    let literal = try! NSRegularExpression(pattern: #""""(.*?)"""|"((?:[^"\\\n]|\\.)*)""#, options: [.dotMatchesLineSeparators])
    let ns = source as NSString
    var out: [String] = []
    for m in literal.matches(in: source, range: NSRange(location: 0, length: ns.length)) {
      let range = m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range(at: 2)
      guard range.location != NSNotFound else { continue }
      let text = Array(ns.substring(with: range))
      guard sqlWords.firstMatch(in: String(text), range: NSRange(location: 0, length: (String(text) as NSString).length)) != nil
      else { continue }
      var i = 0
      while i + 1 < text.count {
        defer { i += 1 }
        guard text[i] == "\\", text[i + 1] == "(" else { continue }
        var depth = 1
        var j = i + 2
        while depth > 0 && j < text.count {
          if text[j] == "(" { depth += 1 } else if text[j] == ")" { depth -= 1 }
          j += 1
        }
        out.append(String(text[(i + 2)..<max(i + 2, j - 1)]))
      }
    }
    return out
  }

  @Test func everyInterpolationIntoSQLIsAllowListed() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let sources = root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    #expect(files.count > 100)
    var offending: [String] = []
    for f in files {
      let allowed = Self.allowed[f.lastPathComponent] ?? []
      for e in Self.interpolations(in: try String(contentsOf: f, encoding: .utf8)) where !allowed.contains(e) {
        offending.append("\(f.lastPathComponent): \\(\(e))")
      }
    }
    #expect(offending.isEmpty, "bind these as parameters: \(offending)")
  }

  @Test func theLintSeesAValueSplicedIntoSQL() {
    let source = #"let sql = "SELECT id FROM auth WHERE payer_id = '\(payerId)'""#
    #expect(Self.interpolations(in: source) == ["payerId"])
    #expect(Self.interpolations(in: #"let s = "hello \(name)""#).isEmpty)
  }
}
