import GRDB

/// Turns SQLite's errors into the toolkit's exit codes and words a VA can act on; the raw
/// SQLite message goes only to `detail` (shown with --verbose). SQLite messages can quote
/// values, so they never reach the default output.
enum LedgerErrors {
  static func translate(_ error: Error, path: String) -> ToolkitError {
    if let e = error as? ToolkitError { return e }
    guard let db = error as? DatabaseError else {
      return ToolkitError(.software, "unexpected error with ledger '\(path)'; please report it", detail: "\(error)")
    }
    let detail = "SQLite error \(db.extendedResultCode.rawValue): \(db.message ?? "")"
    switch db.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return ToolkitError(.tempFail, "ledger '\(path)' is busy (another command is writing); try again", detail: detail)
    case .SQLITE_FULL:
      return ToolkitError(.ioError, "cannot write ledger '\(path)': the disk is full", detail: detail)
    case .SQLITE_IOERR:
      return ToolkitError(.ioError, "I/O error on ledger '\(path)'", detail: detail)
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return ToolkitError(.noPermission, "cannot write ledger '\(path)': permission denied", detail: detail)
    case .SQLITE_CANTOPEN:
      return ToolkitError(.noInput, "cannot open ledger '\(path)'", detail: detail)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return ToolkitError(.config, "'\(path)' is not a PainDesk ledger, or it is damaged: run 'paindesk verify', restore a backup", detail: detail)
    case .SQLITE_CONSTRAINT:
      return ToolkitError(.dataError, "the batch breaks a ledger constraint (a reference to a record that does not exist?); nothing was written", detail: detail)
    default:
      return ToolkitError(.software, "ledger error on '\(path)'; please report it", detail: detail)
    }
  }
}
