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
    do {
      let context = try ToolContext(tool: Self.toolName, common: common, terminal: terminal, diagnostics: diagnostics)
      try run(context: context)
      try context.stdout.flush()
    } catch let e as ToolkitError {
      diagnostics.error(e.message)
      if let d = e.detail { diagnostics.detail(d) }
      throw ExitCode(e.status.rawValue)
    } catch let e as ExitCode {
      throw e
    } catch let e as ValidationError {
      throw e
    } catch let e as CleanExit {
      throw e
    } catch {
      diagnostics.error("unexpected error; please report it (rerun with --verbose for details)")
      diagnostics.detail("\(error)")
      throw ExitCode(ExitStatus.software.rawValue)
    }
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
  public let stdout = ByteSink.standardOutput()
  public let ledgerPath: String
  public let actor: String
  /// When events are recorded: the real time (never --as-of, which is business time).
  public let now: Instant

  init(tool: String, common: CommonOptions, terminal: Terminal, diagnostics: Diagnostics) throws {
    self.tool = tool
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

  /// Opens the existing ledger (66 with a hint when it is missing).
  public func openLedger() throws -> Ledger { try Ledger.open(path: ledgerPath) }

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

  public func writer(format: OutputFormat, columns: [String]? = nil) -> RecordWriter {
    RecordWriter(format: format, sink: stdout, columns: columns, color: terminal.colorAllowed(terminal: terminal.stdoutIsTerminal))
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
