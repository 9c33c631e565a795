import Foundation
import Testing

/// Command lines quoted in the man pages (`.Ql` and `.Dl` lines, `.Bd -literal` blocks)
/// use only options their tool has: each stage of a pipeline that starts with a PainDesk tool is checked against the
/// tool's options, every subcommand's included.
@Suite("man page examples") struct ManPageExampleTests {
  @Test func quotedCommandLinesUseRealOptions() throws {
    var known: [String: Set<String>] = [:]
    for tool in DocsDriftTests.tools {
      known[tool] = Set(try DocsDriftTests.options(tool).flatMap(\.1))
    }
    let root = Executables.packageRoot.appendingPathComponent("man")
    for section in ["man1", "man7"] {
      let folder = root.appendingPathComponent(section)
      for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        var literal = false
        for line in text.split(separator: "\n") {
          if line.hasPrefix(".Bd -literal") { literal = true }
          if line.hasPrefix(".Ed") { literal = false }
          let quoted: Substring
          if line.hasPrefix(".Ql ") || line.hasPrefix(".Dl ") { quoted = line.dropFirst(4) } else if literal && !line.hasPrefix(".") {
            quoted = line
          } else { continue }
          for stage in quoted.split(separator: "|") {
            let words = stage.split(separator: " ").map(String.init)
            guard let tool = words.first, let options = known[tool] else { continue }
            for word in words where word.hasPrefix("--") {
              let name = String(word.dropFirst(2).prefix { $0 != "=" })
              #expect(options.contains(name), "\(section)/\(file): \(tool) has no --\(name): \(line)")
            }
          }
        }
      }
    }
  }
}
