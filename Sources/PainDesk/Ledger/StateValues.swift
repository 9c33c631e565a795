import GRDBSQLite

/// The typed column values of a record's state row (`StateTables`), taken out of the
/// record once. An import computes them on its reading thread (`CheckedLine.check`), so
/// the writing thread, which an import waits on, only binds them.
struct StateValues: Sendable {
  enum Value: Sendable, Equatable {
    case text(String)
    /// Canonical JSON text of an array or object column.
    case json([UInt8])
    case int(Int64)
    case double(Double)
    case null

    /// Whether column `index` of `row` holds this value as `bind` stored it. SQLite's type
    /// affinity turns a number bound to a TEXT column into text, numeric text bound to an
    /// INTEGER or REAL column into a number, and an integral real bound to an INTEGER
    /// column into an integer (sqlite.org/datatype3.html, "Type Affinity"); each of those
    /// forms matches.
    func isStored(in row: RawStatement, column index: Int32) -> Bool {
      let storage = row.columnType(index)
      switch self {
      case .null:
        return storage == SQLITE_NULL
      case .json(let bytes):
        return storage == SQLITE_TEXT && row.columnBytes(index).elementsEqual(bytes)
      case .text(let s):
        if storage == SQLITE_TEXT { return row.columnBytes(index).elementsEqual(s.utf8) }
        return (storage == SQLITE_INTEGER || storage == SQLITE_FLOAT) && Double(s) == row.columnDouble(index)
      case .int(let i):
        switch storage {
        case SQLITE_INTEGER: return row.columnInt(index) == i
        case SQLITE_TEXT: return row.columnBytes(index).elementsEqual(String(i).utf8)
        default: return false
        }
      case .double(let d):
        switch storage {
        case SQLITE_FLOAT: return row.columnDouble(index) == d
        case SQLITE_INTEGER: return Double(exactly: row.columnInt(index)) == d
        case SQLITE_TEXT:
          // SQLite's own rendering of the real, to 15 or more significant digits.
          guard let t = Double(String(decoding: row.columnBytes(index), as: UTF8.self)) else { return false }
          return t == d || abs(t - d) <= abs(d) * 1e-14
        default: return false
        }
      }
    }
  }

  let values: [Value]

  /// Strings as text, numbers as numbers (an integer in a REAL column as a double),
  /// booleans as 0/1, arrays and objects as canonical JSON in a JSON column, anything else
  /// (absent, null, a mismatched shape) as NULL.
  init(kind: RecordKind, object: JSONObject) {
    guard let table = StateTables.current[kind] else {
      values = []
      return
    }
    values = table.columns.map { StateValues.value(of: object, column: $0) }
  }

  static func value(of object: JSONObject, column c: StateColumn) -> Value {
    var v: JSONValue? = object[c.path[0]]
    for key in c.path.dropFirst() { v = v?[key] }
    if c.json {
      if let v, v != .null { return .json(JSONWriter.canonicalBytes(v)) }
      return .null
    }
    switch v {
    case .some(.string(let s)): return .text(s)
    case .some(.int(let i)): return c.sqlType == "REAL" ? .double(Double(i)) : .int(i)
    case .some(.double(let d)): return .double(d)
    case .some(.bool(let b)): return .int(b ? 1 : 0)
    default: return .null
    }
  }

  /// Binds the values to parameters `first`, `first + 1`, ...
  func bind(to stmt: RawStatement, from first: Int32) {
    var index = first
    for v in values {
      switch v {
      case .text(let s): stmt.bind(index, s)
      case .json(let bytes): stmt.bind(index, bytes)
      case .int(let i): stmt.bind(index, i)
      case .double(let d): stmt.bind(index, d)
      case .null: stmt.bindNull(index)
      }
      index += 1
    }
  }
}
