import Foundation

/// `--vary NAME=A..B`: a field and the values to try.
public struct ScenarioVariation: Sendable, Equatable {
  public let field: String
  public let from: Double
  public let to: Double

  /// Parses `NAME=A..B`, or nil.
  public init?(_ text: String) {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, (Scenario.fields + Scenario.optionalFields).contains(where: { $0.name == parts[0] }) else { return nil }
    let range = parts[1].components(separatedBy: "..")
    guard range.count == 2, let a = Double(range[0]), let b = Double(range[1]) else { return nil }
    field = parts[0]
    from = a
    to = b
  }

  /// `steps` evenly spaced values from A to B (both included).
  public func values(steps: Int) -> [Double] {
    guard steps > 1 else { return [from] }
    return (0..<steps).map { from + (to - from) * Double($0) / Double(steps - 1) }
  }

  /// The sensitivity table: every output row of the scenario for each value, with
  /// dimension = the field and key = the value.
  public func rows(base: [String: Double], steps: Int) throws(ToolkitError) -> [ReportRow] {
    var out: [ReportRow] = []
    for v in values(steps: steps) {
      var values = base
      values[field] = (v * 1_000_000).rounded() / 1_000_000
      let s = try Scenario(values: values)
      out += s.rows(dimension: field, key: values[field]!.formatted)
    }
    return out
  }
}
