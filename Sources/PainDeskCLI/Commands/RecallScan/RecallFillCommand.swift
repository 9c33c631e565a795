import ArgumentParser
import PainDesk

struct RecallFillCommand: ToolCommand {
  static let toolName = "recall-scan"
  static let configuration = CommandConfiguration(
    commandName: "fill",
    abstract: "Propose waitlisted patients for open slots (offer records); --book books them.",
    discussion: """
      Reads slot records from the files or stdin, or the slots named with --slot \
      from the ledger. For each, ranks the waitlisted patients who fit: the slot's \
      type, no other provider named (same provider first), the visit's minutes, \
      the patient's days, times and earliest/latest dates, and for a procedure an \
      auth approved, valid on the slot's date, with units left (as pa-status \
      --exhausted counts them, less the patient's own later appointment on the \
      auth, which the slot moves up: moves_appointment_id). A slot already \
      booked gets no offers. With --book, the first-ranked patient of each slot is \
      booked: an appointment (id SLOT-booking) is recorded, the waitlist entry \
      is voided with the reason, and the appointment moved up is cancelled; a \
      rerun adds nothing. --verbose says on stderr \
      why each other waitlisted patient was skipped (ids only).

      EXAMPLES
        recall-scan fill --slot SL0001 --as-of 2026-11-29
        paindesk export --kind slot | recall-scan fill --format csv
        recall-scan fill --slot SL0001 --book --dry-run --verbose
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(help: ArgumentHelp("A slot in the ledger to fill (repeatable); else slots are read from input.", valueName: "id"))
  var slot: [String] = []

  @Flag(help: "Book the first-ranked patient of each slot.")
  var book = false

  @Argument(help: ArgumentHelp("NDJSON files of slot records ('-' for stdin).", valueName: "file"),
    completion: .file(extensions: ["ndjson", "jsonl"]))
  var files: [String] = []

  func validate() throws {
    if !slot.isEmpty && !files.isEmpty { throw ValidationError("name files or --slot, not both") }
    if dry.dryRun && !book { throw ValidationError("--dry-run goes with --book") }
  }

  func run(context: ToolContext) throws {
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let rules = try context.rules()
    let asOf = try context.asOf()
    var slots = slot.isEmpty ? try SlotFill.slots(from: NDJSONReader.readAll(try context.inputSources(files))) : []
    let ledger = try context.openLedger()
    if !slot.isEmpty { slots = try ledger.slots(ids: slot) }
    guard !slots.isEmpty else { return try context.writer(format: format).finish() }
    let inputs = try ledger.fillInputs(from: asOf.date, rules: rules)
    let results = SlotFill.run(slots: slots, inputs: inputs)
    for r in results {
      if r.taken { context.diagnostics.detail("slot \(r.slot.id) is booked already") }
      for s in r.skipped { context.diagnostics.detail("slot \(r.slot.id): skipped \(s.waitlistId) (patient \(s.patientId)): \(s.why)") }
    }
    var offers = results.flatMap(\.offers)
    if book {
      let bookings = SlotFill.bookings(results, offers: &offers, waitlist: inputs.waitlist, locations: inputs.facts.locations)
      let added = try ledger.record(
        bookings: bookings, actor: context.actor, tool: "recall-scan fill", at: context.nowRFC3339, dryRun: dry.dryRun)
      context.diagnostics.detail("\(dry.dryRun ? "would book" : "booked") \(added) appointment(s)")
    }
    let columns = [
      "slot_id", "rank", "patient_id", "waitlist_id", "provider_id", "start", "type", "auth_id", "appointment_id", "why",
      "moves_appointment_id",
    ]
    let w = context.writer(format: format, columns: format == .csv || format == .table ? columns : nil)
    for o in offers { w.write(o.record) }
    try w.finish()
  }
}
