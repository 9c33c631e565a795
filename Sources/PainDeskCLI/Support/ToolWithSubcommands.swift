import ArgumentParser
import Foundation

/// A tool whose first argument may name a subcommand (`paindesk import`, `pa-status
/// update`). Its `main` runs as ArgumentParser's does, and when the command line is a
/// usage error whose first word is no subcommand but near one (`paindesk imprt`), the
/// error's first line ends with "Did you mean 'import'?", as ArgumentParser's own hint
/// for a mistyped option does; the rest of the message and the exit status (64) stay
/// ArgumentParser's.
public protocol ToolWithSubcommands: ParsableCommand {}

extension ToolWithSubcommands {
  public static func main() { main(nil) }

  public static func main(_ arguments: [String]?) {
    let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
    if arguments.count == 2, arguments[0] == "--generate-completion-script", let shell = CompletionShell(rawValue: arguments[1]) {
      print(completionScriptForDefaultSubcommand(shell))
      return
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure, let hint = subcommandHint(arguments) else { exit(withError: error) }
      FileHandle.standardError.write(Data((usageMessage(for: error, hint: hint) + "\n").utf8))
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
  }

  /// ArgumentParser's message for the usage error, its first line ending in the hint.
  static func usageMessage(for error: any Error, hint: String) -> String {
    var lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[0] += ". Did you mean '\(hint)'?"
    return lines.joined(separator: "\n")
  }

  /// The subcommand nearest to the first argument, when that is a word no subcommand has.
  static func subcommandHint(_ arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    guard !names.contains(first) else { return nil }
    return NearestWord.to(first, among: names)
  }

  /// ArgumentParser's completion script; for bash, words that start with a dash before any
  /// subcommand complete as the default subcommand's flags and values (`pa-status --ov`,
  /// `pa-status --status <TAB>`), since that is what such a command line runs.
  static func completionScriptForDefaultSubcommand(_ shell: CompletionShell) -> String {
    let script = completionScript(for: shell)
    guard shell == .bash, let fallback = configuration.defaultSubcommand?.configuration.commandName,
      let tool = configuration.commandName
    else { return script }
    let rootFlags = """
          local -a non_repeating_options=()
          __\(tool)_offer_flags_options 0
      """
    let dispatching = """
          local -a non_repeating_options=()
          # A flag before any subcommand is the default subcommand's
          if [[ "${unparsed_words[0]}" == -* ]]; then
              "_\(tool)_\(fallback)"
              return
          fi
          __\(tool)_offer_flags_options 0
      """
    return script.replacingOccurrences(of: rootFlags, with: dispatching)
  }
}
