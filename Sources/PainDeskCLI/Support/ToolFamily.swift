import ArgumentParser
import Foundation

/// The PainDesk tools besides `paindesk`, in the order of a clinic's day, for the list
/// `paindesk --help` ends with (as `git help` lists git's commands). Each line is the
/// tool's name and its own abstract, so the list cannot drift from the tools.
enum ToolFamily {
  static let others: [any ParsableCommand.Type] = [
    PASubmitCommand.self, PAStatusCommand.self, AppealPackCommand.self, CoverageCheckCommand.self,
    IntakeCheckCommand.self, RecordsTrackCommand.self, RecallScanCommand.self, UDSDueCommand.self,
    RefillCheckCommand.self, RevenueModelCommand.self,
  ]

  /// "THE OTHER TOOLS" and a line per tool: two spaces, the name in 16 columns, the
  /// abstract.
  static var listing: String {
    let lines = others.map { tool -> String in
      let name = tool.configuration.commandName ?? ""
      return "  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + tool.configuration.abstract
    }
    return (["THE OTHER TOOLS (each has --help and a man page)"] + lines).joined(separator: "\n")
  }
}
