import Foundation
import PainDesk
import Testing

/// Every tool answers `--version` with its name and the one version of the package
/// (`PainDeskVersion`), on stdout, exit 0, as packagers and bug reports expect.
@Suite("--version") struct VersionTests {
  @Test func thereAreElevenTools() {
    #expect(DocsDriftTests.tools.count == 11, "\(DocsDriftTests.tools)")
  }

  @Test(arguments: DocsDriftTests.tools) func versionNamesTheTool(_ tool: String) throws {
    let r = try Shell.run("\(tool) --version", cwd: FileManager.default.temporaryDirectory)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "\(tool) \(PainDeskVersion.string)\n")
    #expect(r.stderr == "")
  }
}
