import ArgumentParser
import PainDesk

/// `records-track`: open records requests (`list`, the default), what was sent (`send`)
/// and closing (`close`).
public struct RecordsTrackCommand: ToolWithSubcommands {
  public init() {}
  public static let configuration = CommandConfiguration(
    commandName: "records-track",
    abstract: "Records requests: due dates, authorizations, what was sent.",
    discussion: """
      Reads the ledger. 'list' (the default) prints one records_status per open \
      request, overdue and due-soon first. 'send' records the documents released for \
      a request (ids and SHA-256) and when; 'close' closes requests.

      EXAMPLES
        records-track --as-of 2026-11-29 --format table
        records-track --blocked --format ndjson | jq -r .request_id
        records-track send --request RQ0003 --document D0101 --document D0102
        records-track --direction outgoing --format ndjson \\
          | jq -c 'select(.overdue)' | records-track close
      """,
    version: PainDeskVersion.line("records-track"),
    subcommands: [RecordsTrackList.self, RecordsTrackSend.self, RecordsTrackClose.self],
    defaultSubcommand: RecordsTrackList.self)
}

struct RecordsTrackList: ToolCommand {
  static let toolName = "records-track"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List open records requests (the default subcommand).",
    discussion: """
      A patient's own request is due 30 days after it (45 CFR 164.524, rule \
      records.request.response); other incoming requests by their due_on, else rule \
      records.request.third_party; outgoing requests are due a follow-up after rule \
      intake.follow_up. Releasing to an attorney, employer or insurer is blocked \
      until a HIPAA authorization is on file (45 CFR 164.508). Exits 0 whether or not \
      it lists anything.

      EXAMPLES
        records-track --as-of 2026-11-29 --format csv
        records-track --overdue --direction incoming --format table
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption

  @Option(
    name: .long, help: ArgumentHelp("Only incoming or outgoing requests.", valueName: "direction"),
    completion: RecordsDirection.defaultCompletionKind, transform: RecordsDirection.argument)
  var direction: RecordsDirection?
  @Flag(name: .long, help: "Only overdue requests.")
  var overdue = false
  @Flag(name: .long, help: "Only requests blocked for want of a HIPAA authorization.")
  var blocked = false
  @Option(name: .long, help: ArgumentHelp("Only this patient.", valueName: "id"))
  var patient: String?

  @OptionGroup var list: CallListOptions

  func run(context: ToolContext) throws {
    try list.start(context)
    let rules = try context.rules()
    let asOf = try context.asOf()
    let ledger = try context.openLedger()
    let requests = try ledger.all(RecordsRequest.self)
    let options = RecordsTrack.Options(
      direction: direction, overdueOnly: overdue, blockedOnly: blocked, patient: patient)
    let rows = RecordsTrack.rows(requests, options: options, rules: rules, asOf: asOf)
    let format = try formatOption.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let columns = format == .table || format == .csv
      ? ["request_id", "patient_id", "direction", "party", "purpose", "due_on", "overdue", "blocked", "reason"] : nil
    try list.write(rows.map(\.record), context, ledger: ledger, format: format, columns: columns)
    context.diagnostics.detail("\(rows.count) open request(s), \(rows.filter(\.overdue).count) overdue, \(rows.filter(\.blocked).count) blocked")
  }
}

struct RecordsTrackSend: ToolCommand {
  static let toolName = "records-track"
  static let configuration = CommandConfiguration(
    commandName: "send",
    abstract: "Record the documents sent for a request, and when.",
    discussion: """
      Sets the request's status to sent, sent_on (--on, default the --as-of date) and \
      sent_documents (each document's id and SHA-256 from the ledger) in one update \
      event. Sending the same documents on the same day again changes nothing. A \
      request blocked for want of a HIPAA authorization is refused (exit 65) unless \
      --authorized-on records the authorization's date. Prints the request.

      EXAMPLES
        records-track send --request RQ0003 --document D0101 --on 2026-11-29
        records-track send --request RQ0005 --document D0200 \\
          --authorized-on 2026-11-20
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, help: ArgumentHelp("The request answered.", valueName: "id"))
  var request: String
  @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Documents sent (repeatable).", valueName: "id"))
  var document: [String] = []
  @Option(name: .long, help: ArgumentHelp("The day they were sent (default: the --as-of date).", valueName: "date"))
  var on: String?
  @Option(name: .long, help: ArgumentHelp("The date of the patient's HIPAA authorization, recorded with the sending.", valueName: "date"))
  var authorizedOn: String?

  func validate() throws {
    if document.isEmpty { throw ValidationError("name the documents sent with --document ID") }
    for (name, v) in [("--on", on), ("--authorized-on", authorizedOn)] { try LocalDate.validate(v, flag: name) }
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    let result = try RecordsRelease.recordSending(
      request: request, documents: document, on: on.flatMap(LocalDate.init) ?? asOf.date,
      authorizedOn: authorizedOn.flatMap(LocalDate.init), rules: try context.rules(), asOf: asOf.date,
      importer: try changeImporter(tool: "records-track send", context: context, dryRun: dry.dryRun))
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption)
  }
}

struct RecordsTrackClose: ToolCommand {
  static let toolName = "records-track"
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close records requests.",
    discussion: """
      Sets status closed and closed_on (--on, default the --as-of date). With \
      --request, the named requests; otherwise NDJSON records carrying request_id \
      (records_status lines) or id (records_request lines) from the files or stdin. \
      Closing a closed request changes nothing. Prints the requests.

      EXAMPLES
        records-track close --request RQ0003
        records-track --direction outgoing --format ndjson \\
          | jq -c 'select(.overdue)' | records-track close
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, help: ArgumentHelp("A request to close (repeatable).", valueName: "id"))
  var request: [String] = []
  @Option(name: .long, help: ArgumentHelp("The day it closed (default: the --as-of date).", valueName: "date"))
  var on: String?

  @Argument(help: ArgumentHelp("NDJSON files naming requests ('-' for stdin), without --request.", valueName: "file"), completion: .file(extensions: ["ndjson", "jsonl"]))
  var files: [String] = []

  func validate() throws {
    if !request.isEmpty && !files.isEmpty { throw ValidationError("name files or --request, not both") }
    try LocalDate.validate(on, flag: "--on")
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    var ids = request.map { StoredRecordChange(id: $0, change: ()) }
    if ids.isEmpty {
      for (o, place) in try RecordInput.read(try context.inputSources(files)) {
        let id = o.string("request_id") ?? (o.string("kind") == "records_request" ? o.string("id") : nil)
        guard let id else { throw ToolkitError(.dataError, "\(place): a line needs 'request_id'") }
        ids.append(StoredRecordChange(id: id, place: place, change: ()))
      }
    }
    let result = try RecordsRelease.recordClosing(
      ids, on: on.flatMap(LocalDate.init) ?? asOf.date,
      importer: try changeImporter(tool: "records-track close", context: context, dryRun: dry.dryRun),
      source: files.first ?? (request.isEmpty ? "stdin" : "flags"))
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption)
  }
}
