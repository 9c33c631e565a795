import ArgumentParser
import PainDesk

struct ConfigCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the effective rules and settings, and where each value came from.",
    discussion: """
      One row per rule parameter: the rule id, the parameter, the value in force, its \
      origin (the shipped default with its public source, or the config file), the \
      public source, how sure that source is (confirmed, secondary, unconfirmed) and \
      the date the rule took effect. Then the clinic's per-payer overrides, and its \
      settings (kind 'setting'): the time zone, the closed days (holidays) and each \
      key of 'settings', with where each came from (the config file, the system, or \
      PainDesk's default); paindesk-config(5) describes the file. \
      Precedence: a command's flag > a field on the record (e.g. a payer's \
      decision_days) > the config file > the shipped default.

      EXAMPLES
        paindesk config --format csv > rules.csv
        paindesk config --rule appeal.window.medicare.redetermination
        PAINDESK_CONFIG=clinic.json paindesk config --format ndjson \\
          | jq -c 'select(.origin | startswith("config"))'
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @Option(help: ArgumentHelp("Only rules whose id starts with this.", valueName: "prefix"))
  var rule: String?

  func run(context: ToolContext) throws {
    let rules = try context.rules()
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    // Fixed columns, so a report script's CSV never changes shape.
    let columns =
      format == .table
      ? ["rule", "parameter", "value", "origin", "confidence"]
      : ["kind", "rule", "payer", "parameter", "value", "origin", "source", "confidence", "effective_from", "description"]
    let w = context.writer(format: format, columns: columns)
    for row in rules.listing() where rule.map({ row.string("rule")?.hasPrefix($0) == true }) ?? true { w.write(row) }
    if rule == nil {
      for row in rules.payerListing() { w.write(row) }
      for row in rules.settingListing() { w.write(row) }
    }
    try w.finish()
  }
}
