import ArgumentParser
import PainDesk

/// The report's output formats: the shared four plus html.
enum RevenueFormat: String, CaseIterable {
  case table, ndjson, csv, json, html

  static func resolve(_ text: String?, stdoutIsTerminal: Bool, allowHTML: Bool) throws -> RevenueFormat {
    guard let text else { return stdoutIsTerminal ? .table : .ndjson }
    let allowed = allCases.filter { allowHTML || $0 != .html }
    guard let f = RevenueFormat(rawValue: text), allowed.contains(f) else {
      throw ValidationError("unknown format '\(text)': use one of \(allowed.map(\.rawValue).joined(separator: ", "))")
    }
    return f
  }

  var output: OutputFormat? { OutputFormat(rawValue: rawValue) }
}
