import Foundation
import Testing

/// Man pages and completions are checked against the binaries (style.md §4.10-§4.12), so
/// an option added to a command without its documentation fails the build.
@Suite("docs and completions") struct DocsDriftTests {
  static let tools: [String] = {
    let src = Executables.packageRoot.appendingPathComponent("Sources")
    return ((try? FileManager.default.contentsOfDirectory(atPath: src.path)) ?? [])
      .filter { $0.first?.isLowercase == true }.sorted()
  }()

  /// (subcommand path, long option names) for every command of a tool.
  static func options(_ tool: String) throws -> [(String, [String])] {
    let r = try Shell.run("\(tool) --experimental-dump-help", cwd: Executables.packageRoot)
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    var out: [(String, [String])] = []
    func walk(_ c: [String: Any], _ path: String) {
      var names: [String] = []
      for a in c["arguments"] as? [[String: Any]] ?? [] {
        for n in a["names"] as? [[String: Any]] ?? [] where n["kind"] as? String == "long" {
          names.append(n["name"] as! String)
        }
      }
      out.append((path, names.filter { $0 != "help" }))
      for s in c["subcommands"] as? [[String: Any]] ?? [] where s["commandName"] as? String != "help" {
        walk(s, path + " " + (s["commandName"] as! String))
      }
    }
    walk(json["command"] as! [String: Any], tool)
    return out
  }

  @Test(arguments: tools) func everyOptionIsInTheManPage(_ tool: String) throws {
    let page = try String(contentsOf: Executables.packageRoot.appendingPathComponent("man/man1/\(tool).1"), encoding: .utf8)
    for (path, names) in try Self.options(tool) {
      for name in names {
        #expect(page.contains("Fl -\(name)"), "\(path): --\(name) is not in man/man1/\(tool).1")
      }
      if let sub = path.split(separator: " ").dropFirst().last {
        #expect(page.contains("Cm \(sub)"), "\(path) is not in man/man1/\(tool).1")
      }
    }
  }

  @Test(arguments: tools) func everyToolIsInTheOverview(_ tool: String) throws {
    let page = try String(contentsOf: Executables.packageRoot.appendingPathComponent("man/man7/paindesk.7"), encoding: .utf8)
    #expect(page.contains("Xr \(tool) 1"))
  }

  @Test(arguments: tools) func completionsAreFresh(_ tool: String) throws {
    for (shell, file) in [("bash", "bash/\(tool)"), ("zsh", "zsh/_\(tool)"), ("fish", "fish/\(tool).fish")] {
      let fresh = try Shell.run("\(tool) --generate-completion-script \(shell)", cwd: Executables.packageRoot).stdout
      let committed = try String(
        contentsOf: Executables.packageRoot.appendingPathComponent("completions/\(file)"), encoding: .utf8)
      #expect(fresh == committed, "completions/\(file) is stale: run Scripts/generate-completions.sh")
    }
  }

  @Test func manPagesLintClean() throws {
    if !OptionalValidator.present("command -v mandoc") {
      try OptionalValidator.missing("mandoc", install: "apt-get install mandoc; .ci/run does")
    }
    let r = try Shell.run("mandoc -Tlint -Wwarning man/man1/*.1 man/man5/*.5 man/man7/*.7", cwd: Executables.packageRoot)
    #expect(r.stdout + r.stderr == "", "mandoc -Tlint: \(r.stdout)\(r.stderr)")
  }
}
