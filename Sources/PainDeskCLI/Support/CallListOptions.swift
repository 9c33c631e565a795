import ArgumentParser
import PainDesk

/// `--contacts` and `--out`, on every worklist: a call list says who to call, and it is
/// PHI, so a file of it is written as the ledger is (0600, or 0660 for a group ledger).
public struct CallListOptions: ParsableArguments, Sendable {
  public init() {}

  @Flag(name: .long, help: "Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).")
  public var contacts = false

  @Option(
    name: .long, help: ArgumentHelp("Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.", valueName: "file"),
    completion: .file())
  public var out: String?

  /// Sends the output to `--out`, when given; call before resolving the format, so a file
  /// gets NDJSON unless `--format` says otherwise.
  public func start(_ context: ToolContext) throws {
    if let out { try context.sendOutput(to: out) }
  }

  /// A writer for the list, with the dotted contact columns in a table or CSV.
  public func writer(_ context: ToolContext, format: OutputFormat, columns: [String]?) -> RecordWriter {
    context.writer(format: format, columns: columns, trailingColumns: contacts ? ContactCard.columns : [])
  }

  /// Writes a list's rows, each with its contact card when `--contacts` asks for them.
  public func write(_ rows: [JSONObject], _ context: ToolContext, ledger: Ledger, format: OutputFormat, columns: [String]?) throws {
    let w = writer(context, format: format, columns: columns)
    for r in try self.rows(rows, context: context, ledger: ledger) { w.write(r) }
    try w.finish()
  }

  /// The rows, each with its contact card when `--contacts` asks for them.
  public func rows(_ rows: [JSONObject], context: ToolContext, ledger: Ledger) throws -> [JSONObject] {
    guard contacts else { return rows }
    return try ContactDirectory.load(for: rows, ledger: ledger, config: try context.loadConfig()).annotate(rows)
  }
}
