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
