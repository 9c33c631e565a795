import Foundation
@testable import PainDesk

/// Fixture files and helpers shared by the record tests.
enum RecordFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// (line number, record) for each non-blank line.
  static func records(_ name: String) throws -> [(line: Int, record: JSONObject)] {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    var out: [(Int, JSONObject)] = []
    for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.allSatisfy(\.isWhitespace) {
      guard case .object(let o) = try JSONParser.parse(String(line)) else {
        throw ToolkitError.data("\(name):\(k + 1): not an object")
      }
      out.append((k + 1, o))
    }
    return out
  }

  static var valid: [(line: Int, record: JSONObject)] { get throws { try records("records-valid.ndjson") } }
  static var invalid: [(line: Int, record: JSONObject)] { get throws { try records("records-invalid.ndjson") } }

  /// A record parsed from JSON text (test literals).
  static func record(_ json: String) -> JSONObject {
    guard case .object(let o)? = try? JSONParser.parse(json) else { fatalError("bad test JSON: \(json)") }
    return o
  }
}
