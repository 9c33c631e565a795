import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// The shared SQLite ledger (design.md §3): one `DatabasePool` in WAL mode with a busy
/// timeout (tools in one pipeline share the file), foreign keys on, migrated on open.
/// Only `paindesk init` and `paindesk demo` create one; everything else opens an existing
/// ledger and fails with 66 and a hint when it is missing.
public final class Ledger: Sendable {
  public let path: String
  let pool: DatabasePool

  /// Seconds a writer waits for another before giving up with exit 75.
  public static let busyTimeout: TimeInterval = 5

  private init(path: String, pool: DatabasePool) {
    self.path = path
    self.pool = pool
  }

  /// Opens an existing ledger.
  public static func open(path: String) throws(ToolkitError) -> Ledger {
    guard FileManager.default.fileExists(atPath: path) else {
      throw ToolkitError(
        .noInput, "no ledger at '\(path)': create one with 'paindesk init' (or 'paindesk demo'), or name it with --ledger or PAINDESK_LEDGER")
    }
    guard access(path, R_OK | W_OK) == 0 else {
      throw ToolkitError(.noPermission, "cannot open ledger '\(path)': permission denied")
    }
    return try connect(path: path)
  }

  /// Creates a new ledger file (mode 0600, or 0660 for a group) and its folder (0700, or
  /// 2770 setgid for a group). Refuses to touch an existing file.
  public static func create(path: String, group: String? = nil) throws(ToolkitError) -> Ledger {
    // An unknown group is a usage error before anything is created.
    if let group { _ = try LedgerFiles.groupID(group) }
    let dir = (path as NSString).deletingLastPathComponent
    try LedgerFiles.makeFolder(dir.isEmpty ? "." : dir, group: group)
    try LedgerFiles.createFile(path, group: group)
    return try connect(path: path)
  }

  /// Opens the ledger, or creates it when it does not exist (`paindesk demo`).
  public static func openOrCreate(path: String) throws(ToolkitError) -> Ledger {
    FileManager.default.fileExists(atPath: path) ? try open(path: path) : try create(path: path)
  }

  private static func connect(path: String) throws(ToolkitError) -> Ledger {
    var config = Configuration()
    config.busyMode = .timeout(busyTimeout)
    config.foreignKeysEnabled = true
    config.label = "ledger"
    config.prepareDatabase { db in
      // FULL: a commit survives power loss, not only a crash of the process.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // A batch of a million records rewrites the same B-tree pages over and over; with
      // SQLite's 2 MB default cache they spill to the WAL again and again. 64 MiB keeps
      // them in memory: a fixed cost, whatever the size of the input.
      try db.execute(sql: "PRAGMA cache_size = -65536")
    }
    do {
      let pool = try DatabasePool(path: path, configuration: config)
      let migrator = LedgerMigrations.migrator
      let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
      if superseded {
        throw ToolkitError(.config, "ledger '\(path)' was created by a newer version of PainDesk; upgrade paindesk")
      }
      try migrator.migrate(pool)
      return Ledger(path: path, pool: pool)
    } catch let e as ToolkitError {
      throw e
    } catch {
      throw LedgerErrors.translate(error, path: path)
    }
  }

  /// Runs a read in a snapshot.
  public func read<T>(_ body: (Database) throws -> T) throws(ToolkitError) -> T {
    do { return try pool.read(body) } catch { throw LedgerErrors.translate(error, path: path) }
  }

  /// Like `read`, with the file memory-mapped (up to SQLite's 2 GB limit) on this
  /// connection: a scan over most of a big ledger's index pages (recall-scan) reads them
  /// in place instead of copying each into SQLite's page cache, which cost about 0.1 s
  /// of system time at 100,000 patients. Safe in WAL mode: writes still go to the WAL,
  /// and nothing in PainDesk shrinks the file (no VACUUM) while it is mapped.
  public func readMapped<T>(_ body: (Database) throws -> T) throws(ToolkitError) -> T {
    try read { db in
      try db.execute(sql: "PRAGMA mmap_size = 2147418112")
      return try body(db)
    }
  }

  /// Runs `body` in one IMMEDIATE transaction: all of it commits, or none (design.md §3).
  /// With `dryRun`, everything is checked and then rolled back.
  public func writeBatch<T>(dryRun: Bool = false, _ body: (Database) throws -> T) throws(ToolkitError) -> T {
    try writeBatchDeciding { db in (try body(db), !dryRun) }
  }

  /// Like `writeBatch`, but `body` says whether to commit (false rolls everything back).
  public func writeBatchDeciding<T>(_ body: (Database) throws -> (T, Bool)) throws(ToolkitError) -> T {
    do {
      return try pool.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          let (value, commit) = try body(db)
          result = value
          return commit ? .commit : .rollback
        }
        return result!
      }
    } catch {
      throw LedgerErrors.translate(error, path: path)
    }
  }

  /// A consistent copy through SQLite's online backup, while others keep working; written
  /// to a temporary file beside the target (0600) and renamed into place.
  public func backup(to target: String) throws(ToolkitError) {
    if FileManager.default.fileExists(atPath: target) {
      throw ToolkitError(.cantCreate, "cannot write backup '\(target)': the file exists; name a new file")
    }
    let dir = (target as NSString).deletingLastPathComponent
    let tmp = (dir.isEmpty ? "." : dir) + "/.paindesk-backup-\(getpid()).tmp"
    try LedgerFiles.createFile(tmp, group: nil)
    do {
      let dest = try DatabaseQueue(path: tmp)
      try pool.backup(to: dest)
      try dest.close()
      guard rename(tmp, target) == 0 else {
        throw ToolkitError(.cantCreate, "cannot write backup '\(target)': \(String(cString: strerror(errno)))")
      }
    } catch let e as ToolkitError {
      unlink(tmp)
      throw e
    } catch {
      unlink(tmp)
      throw LedgerErrors.translate(error, path: target)
    }
  }
}
