import ArgumentParser
import PainDesk

/// The options every PainDesk command takes (design.md §5).
public struct CommonOptions: ParsableArguments, Sendable {
  public init() {}

  @Option(
    name: .long, help: ArgumentHelp("The ledger file.", discussion: "Default: $PAINDESK_LEDGER, else $XDG_DATA_HOME/paindesk/ledger.sqlite.", valueName: "path"),
    completion: .file(extensions: ["sqlite"]))
  public var ledger: String?

  @Option(
    name: .long, help: ArgumentHelp("The clinic's config file.", discussion: "Default: $PAINDESK_CONFIG, else $XDG_CONFIG_HOME/paindesk/config.json.", valueName: "path"),
    completion: .file(extensions: ["json"]))
  public var config: String?

  @Option(name: .long, help: ArgumentHelp("Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).", valueName: "date"))
  public var asOf: String?

  @Option(name: .long, help: ArgumentHelp("Who records the change (default: the login name).", valueName: "name"))
  public var actor: String?

  @Flag(name: .shortAndLong, help: "Say more on stderr: summaries, resolved paths, error details.")
  public var verbose = false
}

/// `--format`, for commands that print records.
public struct FormatOption: ParsableArguments, Sendable {
  public init() {}

  @Option(
    name: .long, help: ArgumentHelp("Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).", valueName: "format"),
    completion: OutputFormat.defaultCompletionKind, transform: OutputFormat.argument)
  public var format: OutputFormat?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Columns for table and CSV, in this order: the output's field names, dotted for nested fields (contacts.phone).",
      valueName: "a,b,c"))
  public var columns: String?

  /// The `--columns` list, nil when not given.
  public var selectedColumns: [String]? {
    columns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
  }

  /// The `--columns` of a command's `FormatOption`, wherever the command declares it: read
  /// once, in `ToolCommand.run`, so that every writer applies it without each command
  /// passing it on.
  static func selectedColumns(of command: some ParsableCommand) -> [String]? {
    for child in Mirror(reflecting: command).children {
      if let group = child.value as? OptionGroup<FormatOption> { return group.wrappedValue.selectedColumns }
    }
    return nil
  }

  public func resolve(stdoutIsTerminal: Bool) throws -> OutputFormat {
    format ?? OutputFormat.defaultFor(stdoutIsTerminal: stdoutIsTerminal)
  }
}

/// `--dry-run`, on every command that writes.
public struct DryRunOption: ParsableArguments, Sendable {
  public init() {}
  @Flag(name: .long, help: "Check everything and say what would change, but write nothing.")
  public var dryRun = false
}
