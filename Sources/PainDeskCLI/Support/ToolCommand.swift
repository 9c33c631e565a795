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

/// What a command's run gets: the resolved ledger path, the clock, the output, stderr.
public final class ToolContext: @unchecked Sendable {
  public let tool: String
  public let common: CommonOptions
  public let terminal: Terminal
  public let diagnostics: Diagnostics
  public let stdout = ByteSink.standardOutput()
  public let ledgerPath: String
  public let actor: String
  /// When events are recorded: now, as RFC 3339 UTC.
  public let now: Date

  init(tool: String, common: CommonOptions, terminal: Terminal, diagnostics: Diagnostics) throws {
    self.tool = tool
    self.common = common
    self.terminal = terminal
    self.diagnostics = diagnostics
    now = Date()
    ledgerPath = try ToolContext.resolveLedgerPath(flag: common.ledger, environment: terminal.environment)
    actor = common.actor ?? ToolContext.loginName(terminal.environment)
    diagnostics.detail("ledger: \(ledgerPath)")
  }

  /// Opens the existing ledger (66 with a hint when it is missing).
  public func openLedger() throws -> Ledger { try Ledger.open(path: ledgerPath) }

  public var nowRFC3339: String { RFC3339.format(now) }

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

  static func resolveLedgerPath(flag: String?, environment: [String: String]) throws -> String {
    if let flag, !flag.isEmpty { return flag }
    if let env = environment["PAINDESK_LEDGER"], !env.isEmpty { return env }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/paindesk/ledger.sqlite" }
    guard let home = environment["HOME"], !home.isEmpty else {
      throw ToolkitError(.usage, "no ledger named and no HOME: use --ledger PATH or set PAINDESK_LEDGER")
    }
    return home + "/.local/share/paindesk/ledger.sqlite"
  }

  static func loginName(_ environment: [String: String]) -> String {
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
    return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }
}

/// RFC 3339 UTC instants with whole seconds, as the ledger records them.
public enum RFC3339 {
  public static func format(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: date)
  }
}
