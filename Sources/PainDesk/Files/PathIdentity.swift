#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether two names mean one file: the same device and inode when both exist, else the
/// same canonical path (the folder resolved, links included), so that a file not yet
/// created (a ledger's `-wal`) is recognised too.
enum PathIdentity {
  static func same(_ a: String, _ b: String) -> Bool {
    var sa = stat()
    var sb = stat()
    if stat(a, &sa) == 0 && stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
    return canonical(a) == canonical(b)
  }

  static func canonical(_ path: String) -> String {
    let folder = PathText.parent(path)
    guard let resolved = realpath(folder, nil) else { return path }
    defer { free(resolved) }
    return PathText.join(String(cString: resolved), PathText.name(path))
  }
}

/// The files an output option must never replace: the ledger with what SQLite and PainDesk
/// keep beside it, and the command's own inputs.
public struct SparedFiles: Sendable {
  public var ledger: String?
  public var inputs: [String]

  public init(ledger: String? = nil, inputs: [String] = []) {
    self.ledger = ledger
    self.inputs = inputs.filter { $0 != "-" }
  }

  public static let none = SparedFiles()

  /// The ledger's files: itself, SQLite's journals and shared memory, the access log.
  public static func ledgerFiles(_ ledger: String) -> [String] {
    [ledger, ledger + "-wal", ledger + "-shm", ledger + "-journal", AccessLog.path(forLedger: ledger)]
  }

  /// What `target` would overwrite, in a message's words, or nil when it is free.
  func clash(_ target: String) -> String? {
    if let ledger, Self.ledgerFiles(ledger).contains(where: { PathIdentity.same(target, $0) }) {
      return "the ledger or one of its files"
    }
    if inputs.contains(where: { PathIdentity.same(target, $0) }) { return "one of the inputs" }
    return nil
  }
}
