import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Creating the ledger's files with the modes design.md §3 and §7 ask for: private to one
/// user (0600 files, 0700 folders), or shared by a group (0660 files in a setgid 2770
/// folder) so a team of VAs and the cron user can use one ledger.
enum LedgerFiles {
  static func makeFolder(_ dir: String, group: String?) throws(ToolkitError) {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
      guard isDir.boolValue else { throw ToolkitError(.cantCreate, "cannot create folder '\(dir)': a file is in the way") }
      if let group { try share(dir, group: group, mode: 0o2770) }
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw ToolkitError(.cantCreate, "cannot create folder '\(dir)': \(reason(errno))")
    }
    if let group { try share(dir, group: group, mode: 0o2770) }
  }

  static func createFile(_ path: String, group: String?) throws(ToolkitError) {
    let mode: mode_t = group == nil ? 0o600 : 0o660
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    if fd < 0 {
      let e = errno
      if e == EEXIST { throw ToolkitError(.cantCreate, "cannot create '\(path)': it exists already") }
      if e == EACCES || e == EPERM { throw ToolkitError(.noPermission, "cannot create '\(path)': permission denied") }
      throw ToolkitError(.cantCreate, "cannot create '\(path)': \(reason(e))")
    }
    // The umask may have narrowed the mode; set it exactly.
    fchmod(fd, mode)
    close(fd)
    if let group { try share(path, group: group, mode: mode) }
  }

  static func groupID(_ group: String) throws(ToolkitError) -> gid_t {
    guard let g = getgrnam(group) else {
      throw ToolkitError(.usage, "no group '\(group)' on this system: create it (groupadd) or name another")
    }
    return g.pointee.gr_gid
  }

  static func share(_ path: String, group: String, mode: mode_t) throws(ToolkitError) {
    let gid = try groupID(group)
    if chown(path, uid_t.max, gid) != 0 {
      throw ToolkitError(.noPermission, "cannot give '\(path)' to group '\(group)': \(reason(errno))")
    }
    if chmod(path, mode) != 0 {
      throw ToolkitError(.noPermission, "cannot set the mode of '\(path)': \(reason(errno))")
    }
  }

  static func reason(_ e: Int32) -> String { String(cString: strerror(e)).lowercased() }
}
