import Foundation
import Testing

/// A check that needs something outside the README's prerequisites (Python `jsonschema`,
/// `pyx12`, the public sample data beside the repository): skipped with the reason shown
/// where it is missing, and failed under `CI`, which installs all of them.
enum OptionalValidator {
  static func missing(_ what: String, install: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Never {
    let required = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    let message = required ? "\(what) is required under CI: \(install)" : "skipped: \(what) is not available (\(install))"
    // A warning shows in the run's output even for one case of a parameterized test,
    // where a cancellation alone is silent; under CI the issue is an error.
    Issue.record(Comment(rawValue: message), severity: required ? .error : .warning, sourceLocation: sourceLocation)
    try Test.cancel(Comment(rawValue: message), sourceLocation: sourceLocation)
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
