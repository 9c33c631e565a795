import ArgumentParser
import PainDesk

/// `records-track`: open records requests (`list`, the default), what was sent (`send`)
/// and closing (`close`).
public struct RecordsTrackCommand: ParsableCommand {
  public init() {}
  public static let configuration = CommandConfiguration(
    commandName: "records-track",
    abstract: "Track records requests: due dates, HIPAA authorizations, what was sent.",
    discussion: """
      Reads the ledger. 'list' (the default) prints one records_status per open
      request, overdue and due-soon first. 'send' records the documents released for
      a request (ids and SHA-256) and when; 'close' closes requests.

      EXAMPLES
        records-track --as-of 2026-11-29 --format table
        records-track --blocked --format ndjson | jq -r .request_id
        records-track send --request RQ0003 --document D0101 --document D0102
        records-track --direction outgoing --format ndjson | jq -c 'select(.overdue)' | records-track close
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
      A patient's own request is due 30 days after it (45 CFR 164.524, rule
      records.request.response); other incoming requests by their due_on, else rule
      records.request.third_party; outgoing requests are due a follow-up after rule
      intake.follow_up. Releasing to an attorney, employer or insurer is blocked
      until a HIPAA authorization is on file (45 CFR 164.508). Exits 0 whether or not
      it lists anything.

      EXAMPLES
        records-track --as-of 2026-11-29 --format csv
        records-track --overdue --direction incoming --format table
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption

  @Option(name: .long, help: ArgumentHelp("Only incoming or outgoing requests.", valueName: "direction"), completion: .list(RecordsDirection.allCases.map(\.rawValue)))
  var direction: String?
  @Flag(name: .long, help: "Only overdue requests.")
  var overdue = false
  @Flag(name: .long, help: "Only requests blocked for want of a HIPAA authorization.")
  var blocked = false
  @Option(name: .long, help: ArgumentHelp("Only this patient.", valueName: "id"))
  var patient: String?

  @OptionGroup var list: CallListOptions

  func validate() throws {
    if let direction { _ = try parseChoice(direction, "--direction", as: RecordsDirection.self) }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let rules = try context.rules()
    let asOf = try context.asOf()
    let ledger = try context.openLedger()
    let requests = try ledger.all(RecordsRequest.self)
    let options = RecordsTrack.Options(
      direction: direction.flatMap(RecordsDirection.init(rawValue:)), overdueOnly: overdue, blockedOnly: blocked, patient: patient)
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
      Sets the request's status to sent, sent_on (--on, default the --as-of date) and
      sent_documents (each document's id and SHA-256 from the ledger) in one update
      event. Sending the same documents on the same day again changes nothing. A
      request blocked for want of a HIPAA authorization is refused (exit 65) unless
      --authorized-on records the authorization's date. Prints the request.

      EXAMPLES
        records-track send --request RQ0003 --document D0101 --on 2026-11-29
        records-track send --request RQ0005 --document D0200 --authorized-on 2026-11-20
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
    for (name, v) in [("--on", on), ("--authorized-on", authorizedOn)] {
      if let v, LocalDate(v) == nil { throw ValidationError("\(name) '\(v)' is not a date (YYYY-MM-DD)") }
    }
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    let ledger = try context.openLedger()
    guard let r = try ledger.records(of: .recordsRequest, ids: [request]).first else {
      throw ToolkitError(.dataError, "records_request '\(request)' is not in the ledger")
    }
    let found = Dictionary(try ledger.all(Document.self).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var docs: [Document] = []
    for id in document {
      guard let d = found[id] else { throw ToolkitError(.dataError, "document '\(id)' is not in the ledger") }
      docs.append(d)
    }
    let out = try RecordsRelease.send(
      r, documents: docs, on: on.flatMap(LocalDate.init) ?? asOf.date, authorizedOn: authorizedOn.flatMap(LocalDate.init),
      rules: try context.rules(), asOf: asOf.date)
    try recordChanges([out], tool: "records-track send", source: "flags", context: context, dryRun: dry.dryRun, format: formatOption)
  }
}

struct RecordsTrackClose: ToolCommand {
  static let toolName = "records-track"
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close records requests.",
    discussion: """
      Sets status closed and closed_on (--on, default the --as-of date). With
      --request, the named requests; otherwise NDJSON records carrying request_id
      (records_status lines) or id (records_request lines) from the files or stdin.
      Closing a closed request changes nothing. Prints the requests.

      EXAMPLES
        records-track close --request RQ0003
        records-track --direction outgoing --format ndjson | jq -c 'select(.overdue)' | records-track close
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
    if let on, LocalDate(on) == nil { throw ValidationError("--on '\(on)' is not a date (YYYY-MM-DD)") }
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    var ids = request
    if ids.isEmpty {
      for (o, place) in try RecordInput.read(try context.inputSources(files)) {
        let id = o.string("request_id") ?? (o.string("kind") == "records_request" ? o.string("id") : nil)
        guard let id else { throw ToolkitError(.dataError, "\(place): a line needs 'request_id'") }
        if !ids.contains(id) { ids.append(id) }
      }
    }
    let stored = Dictionary(
      try context.openLedger().records(of: .recordsRequest, ids: ids).map { ($0.string("id")!, $0) }, uniquingKeysWith: { a, _ in a })
    let day = on.flatMap(LocalDate.init) ?? asOf.date
    var out: [JSONObject] = []
    for id in ids {
      guard let r = stored[id] else { throw ToolkitError(.dataError, "records_request '\(id)' is not in the ledger") }
      out.append(RecordsRelease.close(r, on: day))
    }
    try recordChanges(out, tool: "records-track close", source: files.first ?? (request.isEmpty ? "stdin" : "flags"), context: context, dryRun: dry.dryRun, format: formatOption)
  }
}
