import PainDesk

/// Writes report rows: ndjson/json as records (kind, id and every column), csv with
/// exactly the report_row columns, table pivoted with the comparison periods.
enum RevenueRowWriter {
  /// `shown`: for a table, the periods that get a line (others fill comparison columns).
  static func write(
    _ rows: [ReportRow], format: RevenueFormat, context: ToolContext, comparisons: [String] = [], shown: Set<String>? = nil
  ) throws {
    switch format {
    case .ndjson, .json, .csv:
      let w = context.writer(format: format.output!, columns: format == .csv ? RevenueReport.columns : nil)
      for r in rows { w.write(RevenueReport.record(r)) }
      try w.finish()
    case .table:
      var index: [String: ReportRow] = [:]
      for r in rows { index[r.id] = r }
      let lines = shown.map { s in rows.filter { s.contains($0.period ?? "") } } ?? rows
      var cols = ["metric", "dimension", "key", "unit", "period", "value"]
      cols += comparisons.dropFirst()
      let table = lines.map { r -> [String] in
        var cells = [r.metric, r.dimension ?? "", r.key ?? "", r.unit.rawValue, r.period ?? "", RevenueReportHTML.text(r)]
        for p in comparisons.dropFirst() {
          let id = RevenueRows.id(metric: r.metric, dimension: r.dimension, key: r.key, period: p)
          cells.append(index[id].map(RevenueReportHTML.text) ?? "")
        }
        return cells
      }
      context.stdout.write(TableFormat.render(columns: cols, rows: table, color: false))
    case .html:
      break
    }
  }
}
