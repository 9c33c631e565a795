import Foundation

/// Reads a scenario JSON object: the known fields as numbers; anything else is an error
/// naming the field (65), so a typo never silently falls back to a default.
public enum ScenarioInput {
  public static func values(json text: String, source: String) throws(ToolkitError) -> [String: Double] {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return [:] }
    let parsed: JSONValue
    do { parsed = try JSONParser.parse(trimmed) } catch {
      throw ToolkitError(.dataError, "\(source): scenario is not valid JSON: \(error)")
    }
    guard case .object(let o) = parsed else { throw ToolkitError(.dataError, "\(source): scenario is not a JSON object") }
    let known = Set((Scenario.fields + Scenario.optionalFields).map(\.name))
    var out: [String: Double] = [:]
    for (k, v) in o {
      if k == "kind" || k == "id" { continue }
      guard known.contains(k) else { throw ToolkitError(.dataError, "\(source): unknown scenario field '\(k)'") }
      if case .null = v { continue }
      guard let d = v.doubleValue else { throw ToolkitError(.dataError, "\(source): scenario field '\(k)' must be a number") }
      out[k] = d
    }
    return out
  }
}

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
