#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a file must be before PainDesk opens it as an existing ledger: looked at without
/// opening it through SQLite, which would otherwise make a ledger out of an empty file (and
/// leave it world-readable), or a `-journal` beside `/dev/null`.
enum LedgerFileCheck {
  static let sqliteHeader = Array("SQLite format 3\0".utf8)
  static let name = "name the ledger with --ledger or PAINDESK_LEDGER"

  static func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0
  }

  /// Throws 66 for a missing, empty or non-regular file, 77 for one this user may not read,
  /// and 78 for a file that is not a SQLite database.
  static func existing(_ path: String) throws(ToolkitError) {
    var st = stat()
    if stat(path, &st) != 0 {
      let e = errno
      if e == EACCES { throw ToolkitError(.noPermission, "cannot open ledger '\(path)': permission denied") }
      throw ToolkitError(
        .noInput, "no ledger at '\(path)': create one with 'paindesk init' (or 'paindesk demo'), or name it with --ledger or PAINDESK_LEDGER")
    }
    guard st.st_mode & S_IFMT == S_IFREG else {
      throw ToolkitError(.noInput, "'\(path)' is not a ledger file (a folder, device or pipe): \(name)")
    }
    guard st.st_size > 0 else {
      throw ToolkitError(.noInput, "'\(path)' is an empty file, not a ledger: \(name), or remove it and create one with 'paindesk init'")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let e = errno
      if e == EACCES || e == EPERM { throw ToolkitError(.noPermission, "cannot open ledger '\(path)': permission denied") }
      throw ToolkitError(.noInput, "cannot open ledger '\(path)': \(SystemError.reason(e))")
    }
    defer { close(fd) }
    var header = [UInt8](repeating: 0, count: sqliteHeader.count)
    let n = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard n == sqliteHeader.count, header == sqliteHeader else {
      throw ToolkitError(.config, "'\(path)' is not a PainDesk ledger: \(name)")
    }
  }
}
