/// The one exit-code table of PainDesk (design.md §5, style.md §4.7; BSD sysexits.h).
/// The library throws `ToolkitError`; only the CLI layer turns it into a process exit.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// Done; a worklist exits 0 whether or not it lists anything.
  case ok = 0
  /// The check ran and its answer is "no": not ready, needs action, failed
  /// verification, some lines rejected (like diff(1) and test(1)).
  case no = 1
  case usage = 64
  case dataError = 65
  case noInput = 66
  case software = 70
  case cantCreate = 73
  case ioError = 74
  case tempFail = 75
  case noPermission = 77
  case config = 78

  public var meaning: String {
    switch self {
    case .ok: return "success (a worklist exits 0 whether or not it lists anything)"
    case .no: return "the check ran and the answer is no: not ready, needs action, failed verification, or lines rejected"
    case .usage: return "bad flags or values, or stdin is a terminal where records were expected"
    case .dataError: return "bad input data: malformed NDJSON or a record that fails validation; nothing written"
    case .noInput: return "an input file or the ledger is missing"
    case .software: return "internal error; please report it"
    case .cantCreate: return "cannot create the ledger, a folder or an output file"
    case .ioError: return "I/O error reading or writing, or the disk is full"
    case .tempFail: return "the ledger is busy; try again"
    case .noPermission: return "permission denied on the ledger or an input"
    case .config: return "the ledger or config is from a newer version, or the config is invalid"
    }
  }
}

/// An error a user can act on: one line, no PHI (ids only), what to do.
public struct ToolkitError: Error, Sendable, CustomStringConvertible {
  public var status: ExitStatus
  public var message: String
  /// Extra lines for --verbose (never PHI).
  public var detail: String?

  public init(_ status: ExitStatus, _ message: String, detail: String? = nil) {
    self.status = status
    self.message = message
    self.detail = detail
  }

  public var description: String { message }

  public static func usage(_ m: String) -> ToolkitError { ToolkitError(.usage, m) }
  public static func data(_ m: String) -> ToolkitError { ToolkitError(.dataError, m) }
  public static func noInput(_ m: String) -> ToolkitError { ToolkitError(.noInput, m) }
  public static func config(_ m: String) -> ToolkitError { ToolkitError(.config, m) }
  public static func software(_ m: String) -> ToolkitError { ToolkitError(.software, m) }
}
