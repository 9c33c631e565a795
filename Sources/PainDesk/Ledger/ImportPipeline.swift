import Foundation

/// One input line after the checks that need no ledger: a record ready to store, or why
/// the line is rejected.
enum CheckedLine: Sendable {
  case record(CheckedRecord)
  /// A record that failed its checks (it counts as a record read).
  case invalid(Reject)
  /// A line that is not a record at all (not JSON, too long).
  case unreadable(Reject)

  /// Kind, validation, canonical bytes and references: the pure part of an import, so it
  /// can run on its own thread while the database thread writes. `ledger_version` is
  /// metadata, taken off before anything else looks at the record (LedgerVersion).
  static func check(_ input: JSONObject, file: String, line: Int) -> CheckedLine {
    let (object, version) = LedgerVersion.strip(input)
    let kindName = object.string("kind")
    let id = object.string("id")
    if let kindName, let kind = RecordKind(name: kindName), !kind.isStored {
      return .invalid(
        Reject(
          file: file, line: line, kind: kindName, id: id,
          message: "kind '\(kindName)' is a tool's output and is not stored in the ledger", record: object))
    }
    let issues = RecordValidator.validate(object)
    if !issues.isEmpty {
      // Every problem of the record at once, so one fix makes it good.
      let message = issues.prefix(5).map(\.message).joined(separator: "; ") + (issues.count > 5 ? "; ..." : "")
      return .invalid(Reject(file: file, line: line, kind: kindName, id: id, message: message, record: object))
    }
    guard let kindName, let kind = RecordKind(name: kindName), let id else {
      // The validator rejects a record without a known kind or an id; this is a guard.
      return .invalid(Reject(file: file, line: line, kind: kindName, id: id, message: "record has no kind or id", record: object))
    }
    return .record(
      CheckedRecord(
        kind: kind, id: id, canonical: JSONWriter.canonicalBytes(.object(object)),
        stateValues: StateValues(kind: kind, object: object),
        references: RecordSpecs.references(of: object), file: file, line: line, version: version))
  }
}

/// A valid record with what storing it needs, and no more: the parsed object is left (and
/// freed) on the reading thread, and parsed again from `canonical` in the rare case that a
/// rejected record must be written out whole.
struct CheckedRecord: Sendable {
  let kind: RecordKind
  let id: String
  let canonical: [UInt8]
  let stateValues: StateValues
  let references: [(field: String, kind: RecordKind, id: String)]
  let file: String
  let line: Int
  /// The `ledger_version` the record carried in (checked when it is taken, so a record
  /// read back while waiting has none).
  let version: String?

  /// A record read back from its canonical bytes (a waiting one, WaitingRecords), with
  /// what the reading thread took out of it taken out again; nil when they are not an object.
  init?(kind: RecordKind, id: String, canonical: [UInt8], file: String, line: Int) {
    guard case .object(let o) = try? JSONParser.parse(canonical) else { return nil }
    self.init(
      kind: kind, id: id, canonical: canonical, stateValues: StateValues(kind: kind, object: o),
      references: RecordSpecs.references(of: o), file: file, line: line)
  }

  init(
    kind: RecordKind, id: String, canonical: [UInt8], stateValues: StateValues,
    references: [(field: String, kind: RecordKind, id: String)], file: String, line: Int, version: String? = nil
  ) {
    self.kind = kind
    self.id = id
    self.canonical = canonical
    self.stateValues = stateValues
    self.references = references
    self.file = file
    self.line = line
    self.version = version
  }

  /// The record, parsed again from its canonical bytes.
  var object: JSONObject? {
    guard case .object(let o) = try? JSONParser.parse(canonical) else { return nil }
    return o
  }
}

/// Reads and checks NDJSON sources on a second thread and hands the lines over in order,
/// in chunks, so parsing and validation (about half of an import's time) overlap with
/// SQLite's writes on a machine with two cores. At most `maxChunks` chunks wait, so
/// memory stays constant whatever the size of the input.
final class ImportPipeline: @unchecked Sendable {
  // Everything below `condition` is guarded by it.
  private let condition = NSCondition()
  private var chunks: [[CheckedLine]] = []
  private var done = false
  private var failure: ToolkitError?
  private var cancelled = false
  private var exited = false

  static let chunkSize = 256
  static let maxChunks = 16

  /// Starts reading `sources` in order on a new thread.
  init(sources: [InputSource]) {
    let thread = Thread { [self] in
      self.produce(sources)
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  private func produce(_ sources: [InputSource]) {
    var chunk: [CheckedLine] = []
    chunk.reserveCapacity(ImportPipeline.chunkSize)
    var error: ToolkitError?
    reading: do throws(ToolkitError) {
      for source in sources {
        let fd = try source.open()
        var reader = NDJSONReader(source: source, fd: fd)
        while let item = try reader.next() {
          switch item {
          case .record(let line, let object): chunk.append(CheckedLine.check(object, file: source.name, line: line))
          case .bad(let e):
            chunk.append(.unreadable(Reject(file: e.file, line: e.line, kind: nil, id: nil, message: e.message, record: nil)))
          }
          if chunk.count == ImportPipeline.chunkSize {
            guard put(chunk) else { break reading }
            chunk.removeAll(keepingCapacity: true)
          }
        }
      }
    } catch let e {
      error = e
    }
    condition.lock()
    if !chunk.isEmpty && !cancelled { chunks.append(chunk) }
    failure = error
    done = true
    exited = true
    condition.broadcast()
    condition.unlock()
  }

  /// Queues a chunk, waiting while the reader is too far ahead; false once cancelled.
  private func put(_ chunk: [CheckedLine]) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while chunks.count >= ImportPipeline.maxChunks && !cancelled { condition.wait() }
    if cancelled { return false }
    chunks.append(chunk)
    condition.broadcast()
    return true
  }

  /// The next chunk in input order; nil at the end. Throws the reader's I/O error after
  /// the lines read before it.
  func next() throws(ToolkitError) -> [CheckedLine]? {
    condition.lock()
    defer { condition.unlock() }
    while chunks.isEmpty && !done { condition.wait() }
    if !chunks.isEmpty {
      let chunk = chunks.removeFirst()
      condition.broadcast()
      return chunk
    }
    if let failure { throw failure }
    return nil
  }

  /// Stops the reader and waits for its thread to end (it closes its files).
  func finish() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    while !exited { condition.wait() }
    chunks.removeAll()
    condition.unlock()
  }
}
