#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Making the folders PainDesk writes into (ledger folder, documents, packets, backups):
/// each missing folder is created with the sharing's mode and group; a folder that exists
/// already is never changed, whoever owns it (a ledger in `$HOME` must not make the home
/// folder group-writable).
public enum ProtectedFolder {
  /// Creates `path` and any missing parents. Throws 73 when something is in the way.
  public static func ensure(_ path: String, sharing: FileSharing) throws(ToolkitError) {
    var missing: [String] = []
    var current = path.isEmpty ? "." : path
    while true {
      var st = stat()
      if lstat(current, &st) == 0 {
        if st.st_mode & S_IFMT == S_IFDIR { break }
        // A link to a folder is followed (a user's own layout); anything else is in the way.
        if st.st_mode & S_IFMT == S_IFLNK, stat(current, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { break }
        throw ToolkitError(.cantCreate, "cannot create folder '\(path)': '\(current)' is not a folder")
      }
      missing.append(current)
      let parent = PathText.parent(current)
      if parent == current { break }
      current = parent
    }
    for dir in missing.reversed() {
      if mkdir(dir, 0o700) != 0 && errno != EEXIST {
        throw folderError(path, errno)
      }
      let e = sharing.apply(toFolder: dir)
      if e != 0 { throw folderError(path, e) }
    }
  }

  private static func folderError(_ path: String, _ e: Int32) -> ToolkitError {
    if e == EACCES || e == EPERM {
      return ToolkitError(.noPermission, "cannot create folder '\(path)': permission denied")
    }
    return ToolkitError(.cantCreate, "cannot create folder '\(path)': \(SystemError.reason(e))")
  }
}

/// Path arithmetic on plain strings (no Foundation bridging), for the file helpers.
enum PathText {
  /// The folder part of a path: "." for a bare name, "/" for a top-level one.
  static func parent(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    guard let slash = p.lastIndex(of: "/") else { return "." }
    if slash == p.startIndex { return "/" }
    return String(p[p.startIndex..<slash])
  }

  /// The last component.
  static func name(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    guard let slash = p.lastIndex(of: "/") else { return String(p) }
    return String(p[p.index(after: slash)...])
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
