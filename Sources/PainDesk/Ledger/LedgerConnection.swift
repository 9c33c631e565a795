import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// How PainDesk connects to a ledger file: the one place that sets SQLite's options.
enum LedgerConnection {
  /// The writer: WAL, busy timeout, foreign keys, full sync.
  static func writer(path: String) throws -> DatabasePool {
    var config = Configuration()
    config.busyMode = .timeout(Ledger.busyTimeout)
    config.foreignKeysEnabled = true
    config.label = "ledger"
    config.prepareDatabase { db in
      // FULL: a commit survives power loss, not only a crash of the process.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // A large batch rewrites the same B-tree pages over and over; with SQLite's 2 MB
      // default cache they spill to the WAL again and again. 64 MiB keeps them in memory:
      // a fixed cost, whatever the size of the input.
      try db.execute(sql: "PRAGMA cache_size = -65536")
    }
    return try DatabasePool(path: path, configuration: config)
  }

  /// A reader that never writes the ledger. It takes part in the WAL protocol through the
  /// `-shm` file as any reader does; where that file cannot be made (a read-only folder or
  /// medium, a full disk) and no writer is at work (no `-wal`, or an empty one), it reads
  /// the file as immutable instead: consistent as long as nobody writes, which is the
  /// only way such a file can be read at all.
  static func reader(path: String) throws(ToolkitError) -> any DatabaseReader {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(Ledger.busyTimeout)
    config.label = "ledger-reader"
    do {
      let pool = try DatabasePool(path: path, configuration: config)
      _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      return pool
    } catch {
      guard canReadImmutable(path: path, after: error) else { throw LedgerErrors.translate(error, path: path) }
    }
    do {
      let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
      _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      return queue
    } catch {
      throw LedgerErrors.translate(error, path: path)
    }
  }

  private static func canReadImmutable(path: String, after error: Error) -> Bool {
    guard let e = error as? DatabaseError,
      [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_PERM].contains(e.resultCode)
    else { return false }
    var st = stat()
    return stat(path + "-wal", &st) != 0 || st.st_size == 0
  }

  /// A `file:` URI (SQLite's own syntax) for `path` with `immutable=1`.
  static func immutableURI(_ path: String) -> String {
    var absolute = path
    if !path.hasPrefix("/"), let cwd = getcwd(nil, 0) {
      absolute = String(cString: cwd) + "/" + path
      free(cwd)
    }
    var escaped = ""
    for byte in absolute.utf8 {
      switch byte {
      case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
        escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      default: escaped.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return "file:" + escaped + "?immutable=1"
  }

  /// A PainDesk ledger has our migrations table with the first migration in it; any other
  /// SQLite file (another program's database) is refused before anything is written to it.
  static func checkIsLedger(_ reader: any DatabaseReader, path: String) throws(ToolkitError) {
    let isLedger: Bool
    do {
      isLedger = try reader.read { db in
        guard try db.tableExists("grdb_migrations") else { return false }
        return try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM grdb_migrations WHERE identifier = ?", arguments: [LedgerMigrations.first]) ?? false
      }
    } catch {
      throw LedgerErrors.translate(error, path: path)
    }
    if !isLedger {
      throw ToolkitError(
        .config, "'\(path)' is a SQLite database but not a PainDesk ledger: name the ledger with --ledger or PAINDESK_LEDGER")
    }
  }
}

extension String {
  fileprivate func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
