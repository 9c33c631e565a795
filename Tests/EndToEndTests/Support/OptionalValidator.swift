import Foundation
import Testing

/// A check that needs something outside the README's prerequisites (an independent
/// validator, a browser, the public sample data beside the repository). Where it is
/// missing the test is skipped with the reason shown; under `CI`, which installs all of
/// them, a missing one fails the test instead.
enum OptionalValidator {
  /// Skips the current test (or fails it under CI), saying what is missing and how to get it.
  static func missing(_ what: String, install: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Never {
    let required = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    let message = required ? "\(what) is required under CI: \(install)" : "skipped: \(what) is not available (\(install))"
    // A warning shows in the run's output even for one case of a parameterized test,
    // where a cancellation alone is silent; under CI the issue is an error.
    Issue.record(Comment(rawValue: message), severity: required ? .error : .warning, sourceLocation: sourceLocation)
    try Test.cancel(Comment(rawValue: message), sourceLocation: sourceLocation)
  }

  /// Whether a shell probe succeeds (`python3 -c 'import jsonschema'`, `command -v mandoc`).
  static func present(_ probe: String) -> Bool {
    (try? Shell.run(probe, cwd: FileManager.default.temporaryDirectory).status) == 0
  }
}
