import ArgumentParser
import PainDesk

/// `pa-submit`: checks that the paperwork supports each draft auth, records its
/// submission, writes the packet, or exports it as a Da Vinci PAS request Bundle.
public struct PASubmitCommand: ToolCommand {
  public static let toolName = "pa-submit"
  public static let configuration = CommandConfiguration(
    commandName: "pa-submit",
    abstract: "Check, record and package prior-authorization requests.",
    discussion: """
      Reads draft auth records (NDJSON) from the files or stdin, or builds one from \
      --patient, --payer and --item. --check prints a finding per failed or warned \
      criterion and a readiness record per request, writes nothing, and exits 1 when \
      any request has a blocking finding. Without --check each request is recorded as \
      submitted (refused while it has blocking findings, unless --force --reason TEXT), \
      and --out DIR gets a packet per request. --export fhir-pas prints one Da Vinci \
      PAS request Bundle per request, one per line. The tool checks paperwork; the \
      physician decides what to request.

      EXAMPLES
        pa-submit --check --as-of 2026-11-29 drafts.ndjson
        pa-submit --patient P0001 --payer uhc-ma --item 64483 --item 64484 \\
          --icd10 M54.16 --region lumbar --service-date 2026-12-10 --check
        pa-submit --channel portal --reference R123 --out packets/ drafts.ndjson
        pa-submit --export fhir-pas drafts.ndjson | jq -c '.entry[0].resource.use'
      """,
    version: PainDeskVersion.line("pa-submit"))

  public init() {}

  @OptionGroup public var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Flag(name: .long, help: "Readiness only: print findings and readiness records, write nothing.")
  var check = false
  @Option(name: .long, help: ArgumentHelp("Export instead of recording: fhir-pas.", valueName: "format"), completion: .list(["fhir-pas"]))
  var export: String?
  @Option(name: .long, help: ArgumentHelp("Write a submission packet per request into this folder.", valueName: "dir"), completion: .directory)
  var out: String?
  @Flag(name: .long, help: "Submit even with blocking findings (needs --reason).")
  var force = false
  @Option(name: .long, help: ArgumentHelp("Why a request is forced through (recorded on the auth).", valueName: "text"))
  var reason: String?

  @Option(name: .long, help: ArgumentHelp("Build a request for this patient id.", valueName: "id"))
  var patient: String?
  @Option(name: .long, help: ArgumentHelp("Payer id of the built request.", valueName: "id"))
  var payer: String?
  @Option(name: .long, help: ArgumentHelp("Provider id (default: the patient's provider).", valueName: "id"))
  var provider: String?
  @Option(name: .long, help: ArgumentHelp("Auth id of the built request (default: derived).", valueName: "id"))
  var id: String?
  @Option(name: .long, help: ArgumentHelp("A line: CPT code and units (repeatable).", valueName: "cpt[:units]"))
  var item: [String] = []
  @Option(name: .long, help: ArgumentHelp("An ICD-10-CM code (repeatable).", valueName: "code"))
  var icd10: [String] = []
  @Option(name: .long, help: ArgumentHelp("Spinal region: cervical, thoracic, lumbar, sacral, sij.", valueName: "region"), completion: SpinalRegion.defaultCompletionKind, transform: SpinalRegion.argument)
  var region: SpinalRegion?
  @Option(name: .long, help: ArgumentHelp("Side: left, right, bilateral.", valueName: "side"), completion: Side.defaultCompletionKind, transform: Side.argument)
  var side: Side?
  @Option(name: .long, help: ArgumentHelp("Levels, comma-separated (L4-L5,L5-S1).", valueName: "levels"))
  var levels: String?
  @Option(name: .long, help: ArgumentHelp("standard or expedited.", valueName: "urgency"), completion: Urgency.defaultCompletionKind, transform: Urgency.argument)
  var urgency: Urgency?
  @Option(name: .long, help: ArgumentHelp("Planned date of service.", valueName: "date"), transform: LocalDate.argument)
  var serviceDate: LocalDate?
  @Option(name: .long, help: ArgumentHelp("Location id.", valueName: "id"))
  var location: String?
  @Option(name: .long, help: ArgumentHelp("Submission channel: portal, fax, phone, x12_278, fhir_pas.", valueName: "channel"), completion: SubmissionChannel.defaultCompletionKind, transform: SubmissionChannel.argument)
  var channel: SubmissionChannel?
  @Option(name: .long, help: ArgumentHelp("Portal tracking id, fax confirmation or call reference.", valueName: "text"))
  var reference: String?

  @Argument(help: ArgumentHelp("NDJSON files of draft auths ('-' for stdin).", valueName: "file"), completion: .file(extensions: ["ndjson"]))
  var files: [String] = []

  public func validate() throws {
    if force && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--force needs --reason TEXT (recorded on the auth)")
    }
    if let export, export != "fhir-pas" { throw ValidationError("unknown --export '\(export)': use fhir-pas") }
    if check && (export != nil || out != nil) { throw ValidationError("--check writes nothing: drop --export and --out") }
    if patient != nil && !files.isEmpty { throw ValidationError("give --patient or input files, not both") }
    if patient != nil && (payer == nil || item.isEmpty) { throw ValidationError("--patient needs --payer and at least one --item") }
    for i in item {
      let parts = i.split(separator: ":")
      if parts.isEmpty || parts.count > 2 || (parts.count == 2 && Int(parts[1]) == nil) {
        throw ValidationError("--item '\(i)': use CPT or CPT:UNITS")
      }
    }
  }

  public func run(context: ToolContext) throws {
    let ledger = try context.openLedger()
    let rules = try context.rules()
    let asOf = try context.asOf()
    let drafts: [(record: JSONObject, where: String)]
    if let patient {
      drafts = [(try built(patient: patient, ledger: ledger, asOf: asOf), "flags")]
    } else {
      drafts = try RecordInput.read(try context.inputSources(files))
    }
    let requests = try PASubmission.prepare(drafts: drafts, ledger: ledger, rules: rules, asOf: asOf, readinessOnly: check)
    let format = try formatOption.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)

    if check {
      let w = context.writer(format: format)
      for r in requests {
        for f in r.report.findings() { w.write(f.record) }
        w.write(r.report.readiness().record)
      }
      try w.finish()
      if requests.contains(where: { !$0.report.ready }) { throw ExitCode(ExitStatus.no.rawValue) }
      return
    }
    let at = context.common.asOf == nil ? context.now : asOf.instant
    if export == "fhir-pas" {
      let providers = Dictionary(uniqueKeysWithValues: try ledger.all(Provider.self).map { ($0.id, $0) })
      let coverages = try ledger.all(Coverage.self, patientIds: requests.map(\.auth.patientId))
      for r in requests {
        let a = r.auth
        let cov = coverages.first { $0.id == a.coverageId } ?? coverages.first { $0.patientId == a.patientId && $0.payerId == a.payerId }
        let evidence = r.report.results.flatMap(\.evidence)
        let bundle = PASRequestBundle.build(.init(
          auth: a, patient: r.evidence.patient, payer: r.payer, coverage: cov, provider: providers[a.providerId],
          location: r.location, evidence: evidence, all: r.evidence, created: at))
        context.stdout.write(JSONWriter.canonicalBytes(.object(bundle)))
        context.stdout.write([0x0A])
      }
      return
    }
    let blocked = requests.filter { !$0.report.ready }
    if !blocked.isEmpty && !force {
      for r in blocked {
        context.diagnostics.error("auth '\(r.auth.id)': \(r.report.blocking) blocking finding(s); see 'pa-submit --check'")
      }
      throw ToolkitError(.no, "nothing was submitted: fix the blocking findings, or use --force --reason TEXT")
    }
    if out != nil { for r in requests { try PASubmission.packetFolderName(r) } }
    let records = requests.map { PASubmission.submitted($0, at: at, channel: channel?.rawValue, reference: reference, forceReason: force ? reason : nil) }
    try recordBatch(
      records, tool: "pa-submit", source: drafts.first?.where ?? "input", context: context, dryRun: dry.dryRun,
      ledger: ledger, noun: "request")
    if let out, !dry.dryRun {
      let root = DocumentStore.root(besideLedger: ledger.path)
      for (r, rec) in zip(requests, records) {
        _ = try PASubmission.writePacket(r, submitted: rec, into: out, documentRoot: root, sharing: ledger.sharing)
      }
    }
    let w = context.writer(format: format)
    for rec in records { w.write(rec) }
    try w.finish()
    if context.terminal.stderrIsTerminal || context.common.verbose {
      context.diagnostics.note("\(dry.dryRun ? "would submit" : "submitted") \(records.count) request(s)")
    }
  }

  /// The draft auth the flags describe.
  func built(patient: String, ledger: Ledger, asOf: AsOf) throws -> JSONObject {
    let pt = try ledger.all(Patient.self, patientIds: [patient]).first
    guard let pt else { throw ToolkitError(.dataError, "no patient '\(patient)' in the ledger") }
    guard let providerId = provider ?? pt.providerId else {
      throw ToolkitError(.usage, "patient '\(patient)' has no provider_id: name one with --provider")
    }
    let levelList = levels.map { $0.split(separator: ",").map { JSONValue.string(String($0)) } }
    let items: [JSONValue] = item.enumerated().map { k, spec in
      let parts = spec.split(separator: ":")
      var o = JSONObject([
        ("seq", .int(Int64(k + 1))), ("cpt", .string(String(parts[0]))),
        ("units", .int(Int64(parts.count > 1 ? Int(parts[1])! : 1))),
      ])
      if let region { o["region"] = .string(region.rawValue) }
      if let side { o["side"] = .string(side.rawValue) }
      if let levelList { o["levels"] = .array(levelList) }
      return .object(o)
    }
    let date = (serviceDate ?? asOf.date).description
    var o = JSONObject([
      ("kind", "auth"), ("id", .string(id ?? "\(patient)-\(date)-\(item[0].split(separator: ":")[0])")),
      ("patient_id", .string(patient)), ("payer_id", .string(payer!)), ("provider_id", .string(providerId)),
      ("items", .array(items)), ("icd10", .array(icd10.map { .string($0) })),
      ("urgency", .string((urgency ?? .standard).rawValue)), ("service_date", .string(date)), ("status", "draft"),
    ])
    if let location { o["location_id"] = .string(location) }
    if let channel { o["channel"] = .string(channel.rawValue) }
    if let reference { o["reference"] = .string(reference) }
    return o
  }
}
