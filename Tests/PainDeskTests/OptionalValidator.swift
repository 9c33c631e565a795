import Foundation
import Testing

/// A check that needs something outside the README's prerequisites (Python `jsonschema`,
/// `pyx12`, the public sample data beside the repository): skipped with the reason shown
/// where it is missing, and failed under `CI`, which installs all of them.
enum OptionalValidator {
  static func missing(_ what: String, install: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Never {
    guard (ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty else {
      Issue.record("\(what) is required under CI: \(install)", sourceLocation: sourceLocation)
      throw CancellationError()
    }
    try Test.cancel("skipped: \(what) is not available (\(install))", sourceLocation: sourceLocation)
  }

  /// The public sample data beside the repository (`../shared/data/NAME`), never copied in.
  static func sharedData(_ name: String) throws -> String {
    let path = RecordFixtures.repoRoot.deletingLastPathComponent().appendingPathComponent("shared/data/\(name)").path
    guard FileManager.default.fileExists(atPath: path) else {
      try missing("the public sample data ../shared/data/\(name)", install: "an extra check that CI runs beside ../shared")
    }
    return path
  }
}
