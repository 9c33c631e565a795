import Foundation
import Testing

/// Every `examples/NAME.sh` runs with `--demo` and its stdout must equal
/// `examples/NAME.expected`, so the examples in the README stay true (mblaze EXAMPLES,
/// sqlite-utils doc tests).
@Suite("examples") struct ExamplesTests {
  static let scripts: [String] = {
    let dir = Executables.packageRoot.appendingPathComponent("examples")
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
      .filter { $0.hasSuffix(".sh") }
      .filter { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0.dropLast(3) + ".expected").path) }
      .sorted()
  }()

  @Test(arguments: scripts) func exampleMatchesItsExpectedOutput(_ script: String) throws {
    let work = try makeTempDir("example")
    defer { try? FileManager.default.removeItem(at: work) }
    let dir = Executables.packageRoot.appendingPathComponent("examples")
    let r = try Shell.run(
      "\(dir.appendingPathComponent(script).path) --demo", cwd: work,
      environment: ["HOME": work.path, "OUT": work.appendingPathComponent("out").path])
    #expect(r.status == 0, "\(r.stderr)")
    let expected = try String(contentsOf: dir.appendingPathComponent(script.dropLast(3) + ".expected"), encoding: .utf8)
    #expect(r.stdout == expected)
    // What the job writes holds PHI: private files in a private folder.
    let out = work.appendingPathComponent("out").path
    if FileManager.default.fileExists(atPath: out) {
      let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
      #expect(mode == 0o700)
      for f in try FileManager.default.contentsOfDirectory(atPath: out) {
        let m = try FileManager.default.attributesOfItem(atPath: out + "/" + f)[.posixPermissions] as? Int
        #expect(m == 0o600, "\(f) is not 0600")
      }
    }
  }
}
