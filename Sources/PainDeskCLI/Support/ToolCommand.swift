import ArgumentParser
import Foundation
import PainDesk

#if canImport(Glibc)
  import Glibc
#endif

/// One protocol wraps every command's run (style.md §4.3, like SwiftPM's SwiftCommand):
/// the command declares options and `run(context:)`; this extension sets the umask,
/// builds the context, and turns every error into one `tool: message` line and its exit
/// code, so ArgumentParser prints nothing twice.
public protocol ToolCommand: ParsableCommand {
  /// The executable's name, first on every message line.
  static var toolName: String { get }
  var common: CommonOptions { get }
  func run(context: ToolContext) throws
}

extension ToolCommand {
  public func run() throws {
    // Everything PainDesk creates is private unless a group ledger says otherwise.
    umask(0o077)
    let terminal = Terminal.current()
    let diagnostics = Diagnostics(tool: Self.toolName, verbose: common.verbose, stderrIsTerminal: terminal.stderrIsTerminal)
    var context: ToolContext?
    do {
      let made = try ToolContext(
        tool: Self.toolName, subcommand: Self.subcommandName, common: common, terminal: terminal, diagnostics: diagnostics)
      context = made
      made.selectedColumns = FormatOption.selectedColumns(of: self)
      // Exit 1 is the command's answer ("needs action"), not a failure: its output stands.
      var answer: ExitCode?
      do { try run(context: made) } catch let e as ExitCode where e.rawValue == ExitStatus.no.rawValue { answer = e }
      try made.finishOutput()
      made.finishAccess(exit: answer?.rawValue ?? ExitStatus.ok.rawValue)
      if let answer { throw answer }
    } catch let e as ToolkitError {
      diagnostics.error(e.message)
      if let d = e.detail { diagnostics.detail(d) }
      context?.finishAccess(exit: e.status.rawValue)
      throw ExitCode(e.status.rawValue)
    } catch let e as ExitCode {
      context?.finishAccess(exit: e.rawValue)
      throw e
    } catch let e as ValidationError {
      context?.finishAccess(exit: ExitStatus.usage.rawValue)
      throw e
    } catch let e as CleanExit {
      context?.finishAccess(exit: ExitStatus.ok.rawValue)
      throw e
    } catch {
      diagnostics.error("unexpected error; please report it (rerun with --verbose for details)")
      diagnostics.detail("\(error)")
      context?.finishAccess(exit: ExitStatus.software.rawValue)
      throw ExitCode(ExitStatus.software.rawValue)
    }
  }

  /// The subcommand's name for the access log, nil for a tool without subcommands.
  static var subcommandName: String? {
    let name = configuration.commandName
    return name == nil || name == toolName ? nil : name
  }
}

/// What a command's run gets: the resolved ledger path, the clinic's rules and calendar,
/// the clock, the output, stderr. The config is read lazily: a broken config file fails
/// the commands that reason with rules, not `paindesk export`.
public final class ToolContext: @unchecked Sendable {
  public let tool: String
  public let common: CommonOptions
  public let terminal: Terminal
  public let diagnostics: Diagnostics
  /// Where the command's output goes: standard output, or the file of `sendOutput(to:)`.
  public private(set) var stdout = ByteSink.standardOutput()
  /// The user's `--columns`, applied by every writer the command makes.
  public var selectedColumns: [String]?
  private var outputFile: ProtectedFile?
  public let ledgerPath: String
  public let actor: String
  /// When events are recorded: the real time (never --as-of, which is business time).
  public let now: Instant

  private let subcommand: String?
  /// The access-log entry of this run, once the ledger is opened.
  private var accessRun: AccessLog.Run?
  private var writers: [RecordWriter] = []
  private var accessLogWarned = false

  init(tool: String, subcommand: String?, common: CommonOptions, terminal: Terminal, diagnostics: Diagnostics) throws {
    self.tool = tool
    self.subcommand = subcommand
    self.common = common
    self.terminal = terminal
    self.diagnostics = diagnostics
    now = Instant.now
    guard let ledger = LedgerLocation.resolve(flag: common.ledger, environment: terminal.environment) else {
      throw ToolkitError(.usage, "no ledger named and no HOME: use --ledger PATH or set PAINDESK_LEDGER")
    }
    ledgerPath = ledger.path
    actor = common.actor ?? ToolContext.loginName(terminal.environment)
    diagnostics.detail("ledger: \(ledgerPath)")
  }

  /// Opens the existing ledger (66 with a hint when it is missing) and logs the access.
  public func openLedger() throws -> Ledger {
    let ledger = try Ledger.open(path: ledgerPath)
    startAccess()
    return ledger
  }

  /// Creates the ledger (`init`), and logs the access.
  public func createLedger(group: String?) throws -> Ledger {
    let ledger = try Ledger.create(path: ledgerPath, group: group)
    startAccess()
    return ledger
  }

  /// Opens the ledger, or creates it (`demo`), and logs the access.
  public func openOrCreateLedger() throws -> Ledger {
    let ledger = try Ledger.openOrCreate(path: ledgerPath)
    startAccess()
    return ledger
  }

  /// The access log's start line (45 CFR 164.312(b)); a log that cannot be written is a
  /// warning, never a refusal.
  private func startAccess() {
    guard accessRun == nil else { return }
    let arguments = Array(CommandLine.arguments.dropFirst())
    let run = AccessLog.Run(ledger: ledgerPath, actor: actor, tool: tool, subcommand: subcommand, arguments: arguments, at: now)
    accessRun = run
    if let warning = AccessLog.start(run, at: now) {
      diagnostics.warning(warning)
      accessLogWarned = true
    }
  }

  /// The access log's end line, when the run opened the ledger.
  func finishAccess(exit: Int32) {
    guard let run = accessRun else { return }
    accessRun = nil
    let out = writers.reduce(extraRecordsOut) { $0 + $1.count }
    if let warning = AccessLog.end(run, at: Instant.now, recordsOut: out, exit: exit), !accessLogWarned {
      diagnostics.warning(warning)
    }
  }

  /// Records a command wrote to stdout without a `RecordWriter` (export), for the log.
  public var extraRecordsOut = 0

  /// Starts an output file (`--skip-bad`, `--out`, `--html`) the way PHI is written: a
  /// temporary beside it renamed into place, the ledger's mode and group, never the ledger
  /// or one of `inputs`.
  public func createOutput(_ path: String, inputs: [String] = []) throws -> ProtectedFile {
    try ProtectedFile.create(path, sharing: FileSharing.of(ledgerAt: ledgerPath), sparing: SparedFiles(ledger: ledgerPath, inputs: inputs))
  }

  /// Sends what the command prints to `path` instead of stdout (`--out`): written as
  /// `createOutput` writes, in place only when the command succeeds.
  public func sendOutput(to path: String) throws {
    let file = try createOutput(path)
    outputFile = file
    stdout = file.sink
  }

  func finishOutput() throws {
    try stdout.flush()
    try outputFile?.commit()
  }

  /// Whether the output goes to a terminal (never when it goes to a file).
  public var outputIsTerminal: Bool { outputFile == nil && terminal.stdoutIsTerminal }

  /// Writes a whole output file (see `createOutput`).
  public func writeOutput(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws {
    let file = try createOutput(path, inputs: inputs)
    file.sink.write(bytes)
    try file.commit()
  }

  /// The clinic's config (--config, $PAINDESK_CONFIG, the XDG path, or shipped defaults).
  public lazy var config: ClinicConfig = ClinicConfig()
  private var configLoaded = false

  public func loadConfig() throws -> ClinicConfig {
    if !configLoaded {
      config = try ClinicConfig.load(flag: common.config, environment: terminal.environment)
      configLoaded = true
      diagnostics.detail("config: \(config.path ?? "none (shipped defaults)")")
    }
    return config
  }

  /// The effective rules: shipped defaults, overridden by the config.
  public func rules() throws -> EffectiveRules { EffectiveRules(config: try loadConfig()) }

  /// `--as-of` in the clinic's time zone (default: now).
  public func asOf() throws -> AsOf {
    try AsOf(flag: common.asOf, calendar: try loadConfig().calendar, now: now)
  }

  public var nowRFC3339: String { now.description }

  public func writer(format: OutputFormat, columns: [String]? = nil, trailingColumns: [String] = []) -> RecordWriter {
    let w = RecordWriter(
      format: format, sink: stdout, columns: columns, trailingColumns: trailingColumns,
      color: terminal.colorAllowed(terminal: outputIsTerminal))
    w.selectedColumns = selectedColumns
    if format == .table && outputFile == nil { w.width = terminal.tableWidth }
    writers.append(w)
    return w
  }

  /// Inputs: files, or stdin for none or `-`; stdin that is a terminal is a usage error
  /// (clig.dev), since nobody types NDJSON.
  public func inputSources(_ files: [String]) throws -> [InputSource] {
    let sources = files.isEmpty ? [InputSource.stdin] : files.map(InputSource.file)
    if sources.contains(where: { $0.name == "stdin" }) && terminal.stdinIsTerminal {
      throw ToolkitError(.usage, "reading records from stdin, which is a terminal: pipe NDJSON in or name a file (see --help)")
    }
    return sources
  }

  static func loginName(_ environment: [String: String]) -> String {
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
    return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }
}
