#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An `errno` in the words of a message (lowercase, as the rest of a message line), and the
/// exit status it belongs to (style.md §4.7).
enum SystemError {
  static func reason(_ e: Int32) -> String { String(cString: strerror(e)).lowercased() }

  /// Permission problems are 77, a full disk or a failed write 74, the rest `otherwise`.
  static func status(_ e: Int32, otherwise: ExitStatus) -> ExitStatus {
    switch e {
    case EACCES, EPERM, EROFS: return .noPermission
    case ENOSPC, EDQUOT, EIO: return .ioError
    default: return otherwise
    }
  }
}
