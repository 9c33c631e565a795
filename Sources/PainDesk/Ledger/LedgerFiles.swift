#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Creating the ledger file itself with the mode design.md §3 and §7 ask for: 0600 for one
/// user, 0660 and the group's for a team (`paindesk init --group`).
enum LedgerFiles {
  static func createFile(_ path: String, sharing: FileSharing) throws(ToolkitError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, sharing.fileMode)
    if fd < 0 {
      let e = errno
      if e == EEXIST { throw ToolkitError(.cantCreate, "cannot create '\(path)': it exists already") }
      if e == EACCES || e == EPERM { throw ToolkitError(.noPermission, "cannot create '\(path)': permission denied") }
      throw ToolkitError(.cantCreate, "cannot create '\(path)': \(SystemError.reason(e))")
    }
    defer { close(fd) }
    let e = sharing.apply(toDescriptor: fd)
    if e != 0 {
      unlink(path)
      throw ToolkitError(.noPermission, "cannot give '\(path)' its mode and group: \(SystemError.reason(e))")
    }
  }

  /// Removes a ledger that `create` made and could not finish, with SQLite's files beside it.
  static func removeNew(_ path: String) {
    for p in [path, path + "-wal", path + "-shm", path + "-journal"] { unlink(p) }
  }

  static func groupID(_ group: String) throws(ToolkitError) -> gid_t {
    guard let g = getgrnam(group) else {
      throw ToolkitError(.usage, "no group '\(group)' on this system: create it (groupadd) or name another")
    }
    return g.pointee.gr_gid
  }
}
