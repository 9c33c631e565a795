import ArgumentParser
import PainDesk
import Testing

@testable import PainDeskCLI

/// `--help` of every tool and subcommand at the widths people use: ArgumentParser wraps
/// it once, at the terminal's width, so prose is written as one line per paragraph and
/// examples and lists as short preformatted lines that no width of 80 or more splits.
@Suite("help layout") struct HelpLayoutTests {
  /// (path, root, command) of every tool and subcommand.
  static let pages: [(String, any ParsableCommand.Type, any ParsableCommand.Type)] = ToolCommandLineTests.roots.flatMap { root in
    let name = root.configuration.commandName ?? ""
    return [(name, root, root)] + root.configuration.subcommands.map { ("\(name) \($0.configuration.commandName ?? "")", root, $0) }
  }

  static let widths = [80, 120]

  @Test func everyToolAndSubcommandIsChecked() { #expect(Self.pages.count == 11 + 35) }

  /// Every line but the USAGE synopsis, which ArgumentParser keeps on one line to be copied.
  @Test(arguments: pages.indices) func linesFitTheWidth(_ k: Int) {
    let (path, root, command) = Self.pages[k]
    for width in Self.widths {
      let lines = root.helpMessage(for: command, columns: width).split(separator: "\n")
      for line in lines where line.count > width && !line.hasPrefix("USAGE: ") {
        Issue.record("\(path) at \(width) columns: a line of \(line.count): \(line)")
      }
    }
  }

  /// Every preformatted line of the discussion (examples, lists) is one line of the help.
  @Test(arguments: pages.indices) func examplesAreNeverSplit(_ k: Int) {
    let (path, root, command) = Self.pages[k]
    let preformatted = command.configuration.discussion.split(separator: "\n").filter { $0.hasPrefix(" ") }
    for width in Self.widths {
      let lines = Set(root.helpMessage(for: command, columns: width).split(separator: "\n"))
      for line in preformatted where !lines.contains(line) {
        Issue.record("\(path) at \(width) columns splits: \(line)")
      }
    }
  }

  /// Prose is wrapped once, by the width: a line ends only where its paragraph's next
  /// word would not fit, never where the source happened to break it; no word is split.
  @Test(arguments: pages.indices) func proseIsWrappedOnce(_ k: Int) {
    let (path, root, command) = Self.pages[k]
    let source = "OVERVIEW: \(command.configuration.abstract)\n\n\(command.configuration.discussion)"
    for width in Self.widths {
      let help = root.helpMessage(for: command, columns: width)
      let overview = help.components(separatedBy: "\n\nUSAGE:")[0]
      #expect(
        overview.split(whereSeparator: \.isWhitespace) == source.split(whereSeparator: \.isWhitespace),
        "\(path) at \(width) columns: the overview's words differ from the source's")
      let lines = overview.split(separator: "\n", omittingEmptySubsequences: false)
      for (line, next) in zip(lines, lines.dropFirst()) where Self.isProse(line) && Self.isProse(next) {
        let word = next.split(separator: " ")[0]
        if line.count + 1 + word.count < width - 1 {
          Issue.record("\(path) at \(width) columns: '\(word)' would fit after: \(line)")
        }
      }
    }
  }

  static func isProse(_ line: Substring) -> Bool {
    guard let first = line.first, first != " " else { return false }
    return line != "EXAMPLES" && line.uppercased() != line
  }

  /// ArgumentParser adds "(default: N)" itself; help text that says it too says it twice.
  @Test(arguments: pages.indices) func defaultsAreSaidOnce(_ k: Int) {
    let (path, root, command) = Self.pages[k]
    let help = root.helpMessage(for: command, columns: 200)
    for line in help.split(separator: "\n") where line.contains("(default ") && line.contains("(default: ") {
      Issue.record("\(path): \(line)")
    }
  }

  @Test func paindeskHelpListsTheOtherTenTools() {
    let help = PainDeskCommand.helpMessage(columns: 80)
    for tool in ToolFamily.others {
      let name = tool.configuration.commandName ?? ""
      let line = help.split(separator: "\n").first { $0.hasPrefix("  \(name) ") }
      #expect(line?.hasSuffix(tool.configuration.abstract) == true, "paindesk --help: no line for \(name)")
    }
    #expect(ToolFamily.others.count == 10)
  }
}

/// The examples in `--help` name records of the demo clinic (`paindesk demo`), so a new
/// user can paste them; ids a command derives (a denial's, an appeal's) are left out.
@Suite("help examples name demo records") struct HelpExampleIdsTests {
  static let flags = ["--patient", "--payer", "--auth", "--rx", "--referral", "--request", "--coverage", "--slot"]

  @Test func idsInExamplesAreInTheDemo() throws {
    let ids = Set(DemoClinic.generate(seed: 1, asOf: "2026-11-29").compactMap { $0.string("id") })
    for (path, _, command) in HelpLayoutTests.pages {
      let examples = command.configuration.discussion.split(separator: "\n").filter { $0.hasPrefix(" ") }
      let words = examples.joined(separator: " ").split(whereSeparator: \.isWhitespace)
      for (flag, value) in zip(words, words.dropFirst()) where Self.flags.contains(String(flag)) {
        guard value.uppercased() != value || value.contains(where: \.isNumber) else { continue }  // ID, FILE
        #expect(ids.contains(String(value)), "\(path): \(flag) \(value) is not in the demo clinic")
      }
    }
  }
}
