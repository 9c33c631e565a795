#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who may read what PainDesk writes (design.md §3, §7): one user (files 0600, folders
/// 0700), or the Unix group of a shared ledger (files 0660, folders 2770 setgid, owned by
/// the group), so that the second VA and the cron user can read and write what the first
/// one made. Everything a group ledger creates follows the ledger.
public enum FileSharing: Sendable, Equatable {
  case owner
  case group(gid_t)

  /// The sharing of the ledger at `path`: a group ledger is one whose mode gives its group
  /// read and write (what `paindesk init --group` makes). A missing file is private.
  public static func of(ledgerAt path: String) -> FileSharing {
    var st = stat()
    guard stat(path, &st) == 0, st.st_mode & 0o060 == 0o060 else { return .owner }
    return .group(st.st_gid)
  }

  public var fileMode: mode_t {
    switch self {
    case .owner: return 0o600
    case .group: return 0o660
    }
  }

  public var folderMode: mode_t {
    switch self {
    case .owner: return 0o700
    case .group: return 0o2770
    }
  }

  /// Gives the open file `fd` this sharing's mode and group, whatever the umask made.
  func apply(toDescriptor fd: Int32) -> Int32 {
    if case .group(let gid) = self, fchown(fd, uid_t.max, gid) != 0 { return errno }
    return fchmod(fd, fileMode) == 0 ? 0 : errno
  }

  /// Gives the folder at `path` (just created by us) this sharing's mode and group.
  func apply(toFolder path: String) -> Int32 {
    if case .group(let gid) = self, chown(path, uid_t.max, gid) != 0 { return errno }
    return chmod(path, folderMode) == 0 ? 0 : errno
  }
}
