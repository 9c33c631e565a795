import ArgumentParser
import PainDesk

struct RefillQueueCommand: ToolCommand {
  static let toolName = "refill-check"
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Route each refill request: ready_for_prescriber or needs_action, with findings.",
    discussion: """
      Reads refill_request records (NDJSON, from files or stdin; other kinds are passed \
      over), or one request made from --patient and --rx, and writes one routing record \
      per request: decision, the patient's total MME/day across active opioid \
      prescriptions (CDC 2022 clinical factors), and findings. needs_action when a \
      treatment agreement is not signed within 12 months, the drug screen is not current \
      for the risk tier or an unexpected result is unreviewed, the PDMP was not checked \
      within the state's interval (CA: 6 months), there was no visit within 90 days, the \
      refill is early (under 80% of the days' supply elapsed), or a Schedule III-IV \
      prescription is past 5 refills or 6 months. A Schedule II request needs a new \
      prescription and is ready when the paperwork is in order. Exit 1 when any request \
      needs action.

      EXAMPLES
        paindesk export --kind refill_request | refill-check --as-of 2026-11-29
        refill-check --patient P0001 --rx RX0001 --format table
        refill-check requests.ndjson --format table
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @OptionGroup var mmeTable: MMETableOption
  @Option(help: ArgumentHelp("Check one request for this patient (with --rx).", valueName: "id"))
  var patient: String?
  @Option(help: ArgumentHelp("Check one request for this prescription (with --patient).", valueName: "id"))
  var rx: String?
  @Argument(help: ArgumentHelp("NDJSON files of refill_request records (default: stdin).", valueName: "file"), completion: .file())
  var files: [String] = []
  @Flag(help: "Also route requests already closed (approved, denied, cancelled, filled).")
  var all = false
  @OptionGroup var list: CallListOptions

  func validate() throws {
    if (patient == nil) != (rx == nil) { throw ValidationError("--patient and --rx go together") }
    if patient != nil && !files.isEmpty { throw ValidationError("give --patient and --rx, or files, not both") }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let format = try output.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let calculator = try mmeTable.calculator()
    let rules = try context.rules()
    let asOf = try context.asOf().date
    var requests: [RefillRequest] = []
    if let patient, let rx {
      requests = [RefillRequest(id: "adhoc-\(rx)", patientId: patient, rxId: rx, requestedOn: asOf.description, channel: "office")]
    } else {
      var skipped = SkippedKinds()
      // The queue: open and routed requests; closed ones only with --all.
      requests = try RefillRequestInput.read(try context.inputSources(files), skipped: &skipped)
        .filter { all || $0.currentStatus.isQueued }
      if let w = skipped.warning(reads: .refillRequest, tool: "refill-check") {
        context.diagnostics.warning(w)
        context.diagnostics.detail(skipped.detail)
      }
    }
    // Only the queue's patients (and the prescriptions it names), in a few set-based reads.
    let ledger = try context.openLedger()
    let data = try ControlledSubstanceData.load(
      from: ledger, patientIds: requests.map(\.patientId), rxIds: requests.map(\.rxId))
    let checker = RefillChecker(data: data, rules: rules, mme: calculator, asOf: asOf)
    let columns = format == .table ? ["patient_id", "request_id", "drug", "decision", "mme_per_day", "next_step"] : nil
    let enc = JSONValueEncoder()
    var needsAction = false
    var rows: [JSONObject] = []
    let routed = checker.routeAll(requests)
    // The table is the VA's to-do list, by patient; NDJSON keeps the input order.
    let ordered = format == .table ? routed.sorted { ($0.0.patientId, $0.0.requestId) < ($1.0.patientId, $1.0.requestId) } : routed
    for (routing, extra) in ordered {
      needsAction = needsAction || routing.decision == .needsAction
      rows.append(try enc.record(routing))
      if format != .table { for f in extra { rows.append(try enc.record(f)) } }
    }
    try list.write(rows, context, ledger: ledger, format: format, columns: columns)
    if needsAction { throw ExitCode(ExitStatus.no.rawValue) }
  }
}

/// Reads refill_request records; other kinds pass over (counted in `skipped`), a bad line
/// is 65.
enum RefillRequestInput {
  static func read(_ sources: [InputSource], skipped: inout SkippedKinds) throws -> [RefillRequest] {
    var out: [RefillRequest] = []
    let decoder = JSONValueDecoder()
    for source in sources {
      let fd = try source.open()
      var reader = NDJSONReader(source: source, fd: fd)
      while let item = try reader.next() {
        switch item {
        case .bad(let e): throw ToolkitError(.dataError, e.description)
        case .record(let line, let o):
          guard o.string("kind") == RecordKind.refillRequest.rawValue else {
            skipped.add(o.string("kind"))
            continue
          }
          do { out.append(try decoder.decode(RefillRequest.self, from: o)) } catch {
            throw ToolkitError(.dataError, "\(source.name):\(line): not a valid refill_request (see 'paindesk schema refill_request')")
          }
        }
      }
    }
    return out
  }
}
