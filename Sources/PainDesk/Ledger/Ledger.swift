import Foundation
import GRDB
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The shared SQLite ledger (design.md §3): WAL mode with a busy timeout (tools in one
/// pipeline share the file), foreign keys on, migrated on open. Only `paindesk init` and
/// `paindesk demo` create one; every other command opens an existing ledger and is refused
/// (66, 78) when the file is missing, empty, not a regular file or not a PainDesk ledger.
///
/// A ledger is opened for reading: a command that only reads never asks for write access,
/// so it works on a backup on read-only media or a file it may only read. The writer is
/// opened on the first write (or to migrate an older ledger).
public final class Ledger: Sendable {
  public let path: String
  /// Who may read the files made for this ledger (packets, reject files, backups).
  public let sharing: FileSharing
  private let reader: any DatabaseReader
  private let writerSlot = Mutex<DatabasePool?>(nil)

  /// Seconds a writer waits for another before giving up with exit 75.
  public static let busyTimeout: TimeInterval = 5

  private init(path: String, reader: any DatabaseReader, writer: DatabasePool?) {
    self.path = path
    self.reader = reader
    self.sharing = FileSharing.of(ledgerAt: path)
    writerSlot.withLock { $0 = writer }
  }

  /// Opens an existing ledger (see the type's notes for what is refused).
  public static func open(path: String) throws(ToolkitError) -> Ledger {
    try LedgerFileCheck.existing(path)
    let reader = try LedgerConnection.reader(path: path)
    try LedgerConnection.checkIsLedger(reader, path: path)
    let ledger = Ledger(path: path, reader: reader, writer: nil)
    if try ledger.needsMigration() {
      do {
        try LedgerMigrations.migrator.migrate(try ledger.writer())
      } catch let e as ToolkitError where e.status == .noPermission {
        throw ToolkitError(
          .config, "ledger '\(path)' needs upgrading by a user who may write it (any writing command does it); to read it as it is, copy it and open the copy")
      } catch {
        throw LedgerErrors.translate(error, path: path)
      }
    }
    return ledger
  }

  /// Creates a new ledger file (mode 0600, or 0660 for a group) and its missing folders
  /// (0700, or 2770 setgid for a group; an existing folder is never changed). Refuses to
  /// touch an existing file; a failure leaves no file behind.
  public static func create(path: String, group: String? = nil) throws(ToolkitError) -> Ledger {
    // An unknown group is a usage error before anything is created.
    let sharing: FileSharing = try group.map { g throws(ToolkitError) in .group(try LedgerFiles.groupID(g)) } ?? .owner
    try ProtectedFolder.ensure(PathText.parent(path), sharing: sharing)
    try LedgerFiles.createFile(path, sharing: sharing)
    do {
      let writer = try LedgerConnection.writer(path: path)
      try LedgerMigrations.migrator.migrate(writer)
      return Ledger(path: path, reader: try LedgerConnection.reader(path: path), writer: writer)
    } catch {
      LedgerFiles.removeNew(path)
      throw LedgerErrors.translate(error, path: path)
    }
  }

  /// Opens the ledger, or creates it when it does not exist (`paindesk demo`).
  public static func openOrCreate(path: String) throws(ToolkitError) -> Ledger {
    LedgerFileCheck.exists(path) ? try open(path: path) : try create(path: path)
  }

  private func needsMigration() throws(ToolkitError) -> Bool {
    let migrator = LedgerMigrations.migrator
    let (superseded, complete) = try read { db in (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db)) }
    if superseded {
      throw ToolkitError(.config, "ledger '\(path)' was created by a newer version of PainDesk; upgrade paindesk")
    }
    return !complete
  }

  /// The writer, opened on first use: 77 when this user may not write the ledger.
  private func writer() throws(ToolkitError) -> DatabasePool {
    do {
      return try writerSlot.withLock { slot in
        if let pool = slot { return pool }
        let pool = try LedgerConnection.writer(path: path)
        slot = pool
        return pool
      }
    } catch {
      throw LedgerErrors.translate(error, path: path)
    }
  }

  /// Runs a read in a snapshot.
  public func read<T>(_ body: (Database) throws -> T) throws(ToolkitError) -> T {
    do { return try reader.read(body) } catch { throw LedgerErrors.translate(error, path: path) }
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
    let pool = try writer()
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
  /// to a temporary file beside the target (the ledger's mode and group) and renamed into
  /// place. A temporary left by a killed backup is removed by the next one.
  public func backup(to target: String) throws(ToolkitError) {
    if LedgerFileCheck.exists(target) {
      throw ToolkitError(.cantCreate, "cannot write backup '\(target)': the file exists; name a new file")
    }
    let file = try ProtectedFile.create(target, sharing: sharing, sparing: SparedFiles(ledger: path))
    try file.sink.close()
    do {
      let dest = try DatabaseQueue(path: file.temporaryPath)
      try reader.backup(to: dest)
      try dest.close()
    } catch {
      throw LedgerErrors.translate(error, path: target)
    }
    try file.commit()
  }
}
