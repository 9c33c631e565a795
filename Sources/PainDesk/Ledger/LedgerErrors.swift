import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// Turns SQLite's errors into the toolkit's exit codes and words a VA can act on; the raw
/// SQLite message goes only to `detail` (shown with --verbose). SQLite messages can quote
/// values, so they never reach the default output.
enum LedgerErrors {
  static func translate(_ error: Error, path: String) -> ToolkitError {
    if let e = error as? ToolkitError { return e }
    let name = path.isEmpty ? "the ledger" : "ledger '\(path)'"
    guard let db = error as? DatabaseError else {
      return ToolkitError(.software, "unexpected error with \(name); please report it", detail: "\(error)")
    }
    let detail = "SQLite error \(db.extendedResultCode.rawValue): \(db.message ?? "")"
    switch db.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return ToolkitError(.tempFail, "\(name) is busy (another command is writing); try again", detail: detail)
    case .SQLITE_FULL:
      return ToolkitError(.ioError, "cannot write \(name): the disk is full; free space and run the command again", detail: detail)
    case .SQLITE_IOERR:
      // A full disk often surfaces as a failed write or a shared-memory file that cannot
      // grow rather than as SQLITE_FULL.
      if !path.isEmpty && diskIsFull(besides: path) {
        return ToolkitError(.ioError, "cannot write \(name): the disk is full; free space and run the command again", detail: detail)
      }
      return ToolkitError(.ioError, "I/O error on \(name)", detail: detail)
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return ToolkitError(.noPermission, "cannot write \(name): permission denied", detail: detail)
    case .SQLITE_CANTOPEN:
      return ToolkitError(.noInput, "cannot open \(name)", detail: detail)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return ToolkitError(.config, "'\(path)' is not a PainDesk ledger, or it is damaged: run 'paindesk verify', restore a backup", detail: detail)
    case .SQLITE_CONSTRAINT:
      return ToolkitError(.dataError, "the batch breaks a ledger constraint (a reference to a record that does not exist?); nothing was written", detail: detail)
    default:
      return ToolkitError(.software, "ledger error on '\(path)'; please report it", detail: detail)
    }
  }

  /// Whether the file system holding `path` has no space left for an ordinary user.
  static func diskIsFull(besides path: String) -> Bool {
    var fs = statvfs()
    guard statvfs(PathText.parent(path), &fs) == 0 else { return false }
    return UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 64 * 1024
  }
}
