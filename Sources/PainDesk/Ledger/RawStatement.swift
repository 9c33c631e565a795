import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the importer's hot path: one
/// event and one state row per record, a million times. GRDB's `StatementArguments` box
/// every value and copy every string; binding bytes straight from our buffers halved the
/// time spent outside SQLite itself (bench/import.sh). Used only inside a transaction
/// GRDB opened, on its connection; finalized when the batch ends.
final class RawStatement {
  private let db: Database
  private let handle: OpaquePointer
  private let sql: String

  init(_ db: Database, sql: String) throws {
    guard let connection = db.sqliteConnection else {
      throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "connection closed", sql: sql)
    }
    var stmt: OpaquePointer?
    let rc = sqlite3_prepare_v2(connection, sql, -1, &stmt, nil)
    guard rc == SQLITE_OK, let stmt else {
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
    self.db = db
    self.handle = stmt
    self.sql = sql
  }

  deinit { sqlite3_finalize(handle) }

  /// SQLite copies the bytes (SQLITE_TRANSIENT), so the buffers need not outlive the call.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  func bind(_ index: Int32, bytes: UnsafeBufferPointer<UInt8>) {
    // A non-nil pointer even for an empty string, so SQLite stores '' and not NULL.
    let base = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(bitPattern: 1)!
    sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), RawStatement.transient)
  }

  func bind(_ index: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { bind(index, bytes: $0) }
  }

  func bind(_ index: Int32, _ text: String) {
    var text = text
    text.withUTF8 { bind(index, bytes: $0) }
  }

  func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
  func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
  func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

  /// Runs a statement that returns no rows.
  func execute() throws {
    defer { sqlite3_reset(handle) }
    let rc = sqlite3_step(handle)
    guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw error(rc) }
  }

  /// Steps to the first row and hands it to `body`; nil when there is none.
  func firstRow<T>(_ body: (RawStatement) -> T) throws -> T? {
    defer { sqlite3_reset(handle) }
    let rc = sqlite3_step(handle)
    switch rc {
    case SQLITE_ROW: return body(self)
    case SQLITE_DONE: return nil
    default: throw error(rc)
    }
  }

  /// Steps through every row, handing each to `body` (for reads too large for GRDB's
  /// boxed rows: recall-scan's facts).
  func forEachRow(_ body: (RawStatement) throws -> Void) throws {
    defer { sqlite3_reset(handle) }
    while true {
      let rc = sqlite3_step(handle)
      if rc == SQLITE_DONE { return }
      guard rc == SQLITE_ROW else { throw error(rc) }
      try body(self)
    }
  }

  /// Steps through the rows until `body` returns a value, and returns it; nil when no row
  /// gives one.
  func firstResult<T>(_ body: (RawStatement) throws -> T?) throws -> T? {
    defer { sqlite3_reset(handle) }
    while true {
      let rc = sqlite3_step(handle)
      if rc == SQLITE_DONE { return nil }
      guard rc == SQLITE_ROW else { throw error(rc) }
      if let value = try body(self) { return value }
    }
  }

  func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

  /// Column `index` of the current row as UTF-8 bytes (empty for NULL).
  func columnBytes(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
    let count = Int(sqlite3_column_bytes(handle, index))
    guard let p = sqlite3_column_text(handle, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: p, count: count)
  }

  func columnInt(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
  func columnDouble(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

  /// The storage class of column `index` of the current row (SQLITE_TEXT, SQLITE_INTEGER...).
  func columnType(_ index: Int32) -> Int32 { sqlite3_column_type(handle, index) }

  private func error(_ rc: Int32) -> DatabaseError {
    let connection = db.sqliteConnection
    // The extended code tells SQLITE_CONSTRAINT_FOREIGNKEY from the others.
    let code = connection.map { sqlite3_extended_errcode($0) } ?? rc
    let message = connection.map { String(cString: sqlite3_errmsg($0)) }
    return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
  }
}
