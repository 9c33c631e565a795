import GRDB

/// What an import did, per kind, and the lines it rejected.
public struct ImportSummary: Sendable {
  public struct Counts: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
  }
  public var counts: [RecordKind: Counts] = [:]
  /// The rejected lines; with `Options.rejectSink`, only the first `Options.maxReported`
  /// (the rest went to the sink).
  public var rejects: [Reject] = []
  /// Rejected lines whose kind could not be told.
  public var rejectedUnknownKind = 0
  public var records = 0
  public var dryRun = false

  /// Every rejected line, those sent to a sink included.
  public internal(set) var totalRejected = 0
  /// Counts summed over the kinds.
  public var totals: Counts {
    counts.values.reduce(into: Counts()) {
      $0.added += $1.added
      $0.updated += $1.updated
      $0.unchanged += $1.unchanged
      $0.rejected += $1.rejected
    }
  }
  public var changed: Int { counts.values.reduce(0) { $0 + $1.added + $1.updated } }

  mutating func bump(_ kind: RecordKind, _ change: (inout Counts) -> Void) {
    change(&counts[kind, default: Counts()])
  }
}

/// A rejected input line: where, why, and what it held (for the `--skip-bad` file).
public struct Reject: Sendable {
  public let file: String
  public let line: Int
  public let kind: String?
  public let id: String?
  public let message: String
  /// The record, when the line was a JSON object.
  public let record: JSONObject?

  /// `FILE:LINE: KIND 'ID': message`: ids only, never values (design.md §5). A `kind`
  /// that is not one of ours is input text like any other value, so it reads "record".
  public var diagnostic: String {
    var s = "\(file):\(line): "
    if let kind, let id { s += "\(RecordKind(name: kind) == nil ? "record" : kind) \(UntrustedText.quoted(id)): " }
    return s + message
  }

  /// The line of the `--skip-bad` file.
  public var asRecord: JSONObject {
    var o = JSONObject()
    o["file"] = .string(file)
    o["line"] = .int(Int64(line))
    o["error"] = .string(message)
    if let record { o["record"] = .object(record) }
    return o
  }
}

/// Imports records into the ledger as events (design.md §3): idempotent (the same record
/// twice is one event; a changed record is an update event that replaces the whole
/// record), all-or-nothing unless `skipBad`, references checked against the ledger and
/// the batch in any order, in constant memory whatever the order (records that wait for a
/// reference later in the batch wait in a temporary table: WaitingRecords).
public final class RecordImporter {
  public struct Options: Sendable {
    public var actor: String
    public var tool: String
    /// When the events are recorded (RFC 3339 UTC).
    public var at: String
    public var dryRun = false
    public var skipBad = false
    /// Store records whose `ledger_version` is stale instead of refusing the batch.
    public var force = false
    /// Without `skipBad`, how many bad lines to report before stopping.
    public var maxReported = 20
    /// Where rejected lines go as they come, one `Reject.asRecord` per NDJSON line (the
    /// `--skip-bad` file), so that a batch rejecting a million lines holds none of them:
    /// the summary then keeps only the first `maxReported`.
    public var rejectSink: ByteSink?

    public init(actor: String, tool: String, at: String, dryRun: Bool = false, skipBad: Bool = false) {
      self.actor = actor
      self.tool = tool
      self.at = at
      self.dryRun = dryRun
      self.skipBad = skipBad
    }
  }

  let ledger: Ledger
  let options: Options
  /// Called with the number of records read so far, every few thousand records.
  public var progress: ((Int) -> Void)?

  public init(ledger: Ledger, options: Options) {
    self.ledger = ledger
    self.options = options
  }

  /// Imports every record of the sources, in order, as one batch. The lines are read and
  /// checked on a second thread (`ImportPipeline`) while this one writes.
  public func run(sources: [InputSource]) throws(ToolkitError) -> ImportSummary {
    let pipeline = ImportPipeline(sources: sources)
    defer { pipeline.finish() }
    return try batch { state throws(ToolkitError) in
      while let chunk = try pipeline.next() {
        for line in chunk {
          try state.take(line)
          if state.stop { return }
        }
      }
    }
  }

  /// Imports records made in memory (the demo clinic, converters), named `source` in errors.
  public func run(records: [JSONObject], source: String) throws(ToolkitError) -> ImportSummary {
    try batch { state throws(ToolkitError) in
      for (k, r) in records.enumerated() {
        try state.take(CheckedLine.check(r, file: source, line: k + 1))
        if state.stop { return }
      }
    }
  }

  /// Imports records made in memory from a file format, each named by the file and line
  /// (row, segment, object) it came from, so a rejected one points at its source.
  public func run(located: [(record: JSONObject, file: String, line: Int)]) throws(ToolkitError) -> ImportSummary {
    try run { emit throws(ToolkitError) in
      for r in located where try !emit(r.record, r.file, r.line) { return }
    }
  }

  /// Takes one record (named by file and line) into the batch; false once the batch has
  /// stopped taking records (too many bad ones), so the producer can stop early.
  public typealias Emit = (_ record: JSONObject, _ file: String, _ line: Int) throws(ToolkitError) -> Bool

  /// Imports records as `produce` makes them, one batch, without holding them all: for a
  /// format importer that streams its input. Nothing is written unless `produce` returns.
  public func run(producing produce: (_ emit: Emit) throws(ToolkitError) -> Void) throws(ToolkitError) -> ImportSummary {
    try batch { state throws(ToolkitError) in
      try produce { record, file, line throws(ToolkitError) in
        try state.take(CheckedLine.check(record, file: file, line: line))
        return !state.stop
      }
    }
  }

  /// Reads records, changes them and stores the changes in one IMMEDIATE transaction, so
  /// that no other writer comes between the read and the write and no change is lost
  /// (style.md, "Changes to existing records"). `change` reads through `StoredRecords`
  /// and returns the records to store (named `source` in errors); nothing is written
  /// when it throws or a record is rejected. Returns the records and what was stored.
  public func update(
    source: String, _ change: (StoredRecords) throws(ToolkitError) -> [JSONObject]
  ) throws(ToolkitError) -> (records: [JSONObject], summary: ImportSummary) {
    var changed: [JSONObject] = []
    let summary = try batch { state throws(ToolkitError) in
      changed = try change(StoredRecords(db: state.writer.db))
      for (k, r) in changed.enumerated() {
        try state.take(CheckedLine.check(r, file: source, line: k + 1))
        if state.stop { return }
      }
    }
    return (changed, summary)
  }

  private func batch(_ feed: (BatchState) throws(ToolkitError) -> Void) throws(ToolkitError) -> ImportSummary {
    let options = self.options
    let progress = self.progress
    var feedError: ToolkitError?
    let summary: ImportSummary = try ledger.writeBatchDeciding { db in
      let state = try BatchState(db: db, options: options, progress: progress)
      do { try feed(state) } catch let e as ToolkitError { feedError = e }
      if feedError == nil { try state.settleWaiting() }
      try state.writer.finish()
      var s = state.summary
      s.dryRun = options.dryRun
      let commit = feedError == nil && !options.dryRun && (options.skipBad || s.rejects.isEmpty)
      return (s, commit)
    }
    if let feedError { throw feedError }
    return summary
  }

  /// The work of one batch inside its transaction.
  private final class BatchState {
    let writer: EventWriter
    let options: Options
    let progress: ((Int) -> Void)?
    var summary = ImportSummary()
    let waiting: WaitingRecords
    /// Without --skip-bad, the first bad line stops the writing; reading goes on to
    /// report a few more problems at once.
    var failed = false
    var stop: Bool { failed && !options.skipBad && summary.totalRejected >= options.maxReported }
    /// Writes rejects to `options.rejectSink`.
    let rejectWriter: RecordWriter?

    init(db: Database, options: Options, progress: ((Int) -> Void)?) throws {
      writer = try EventWriter(db: db, at: options.at, actor: options.actor, tool: options.tool)
      waiting = WaitingRecords(db: db)
      rejectWriter = options.rejectSink.map { RecordWriter(format: .ndjson, sink: $0) }
      self.options = options
      self.progress = progress
    }

    func reject(_ r: Reject) {
      summary.totalRejected += 1
      if let rejectWriter {
        rejectWriter.write(r.asRecord)
        if summary.rejects.count < options.maxReported { summary.rejects.append(r) }
      } else {
        summary.rejects.append(r)
      }
      if let k = r.kind.flatMap(RecordKind.init(name:)) { summary.bump(k) { $0.rejected += 1 } } else { summary.rejectedUnknownKind += 1 }
      failed = true
    }

    func take(_ line: CheckedLine) throws(ToolkitError) {
      let record: CheckedRecord
      switch line {
      case .unreadable(let r):
        reject(r)
        return
      case .invalid(let r):
        count()
        reject(r)
        return
      case .record(let r):
        count()
        record = r
      }
      if failed && !options.skipBad { return }
      do {
        if let version = record.version, !options.force, try isStale(record, version: version) {
          throw LedgerVersion.changedSinceRead(kind: record.kind, id: record.id)
        }
        if try missingReference(record) != nil {
          try waiting.hold(record)
          return
        }
        try store(record)
      } catch {
        throw LedgerErrors.translate(error, path: "")
      }
    }

    /// Whether storing the record would overwrite a change made since it was read: it
    /// differs from the stored record and its version is an earlier event of it.
    private func isStale(_ w: CheckedRecord, version: String) throws -> Bool {
      guard try writer.compare(kind: w.kind, id: w.id, canonical: w.canonical) == .different else { return false }
      return try writer.isStale(kind: w.kind, id: w.id, version: version)
    }

    private func count() {
      summary.records += 1
      if summary.records % 4096 == 0 { progress?(summary.records) }
    }

    /// The first reference of the record to a record that is neither in the ledger nor
    /// (yet) in this batch.
    func missingReference(_ w: CheckedRecord) throws -> (field: String, kind: RecordKind, id: String)? {
      for ref in w.references where try !writer.exists(kind: ref.kind, id: ref.id) {
        return ref
      }
      return nil
    }

    func store(_ w: CheckedRecord) throws {
      let kind = w.kind
      switch try writer.compare(kind: kind, id: w.id, canonical: w.canonical) {
      case .same:
        summary.bump(kind) { $0.unchanged += 1 }
      case .different:
        try writer.store(action: "update", kind: kind, id: w.id, values: w.stateValues, record: w.canonical)
        summary.bump(kind) { $0.updated += 1 }
      case .absent:
        try writer.store(action: "add", kind: kind, id: w.id, values: w.stateValues, record: w.canonical)
        summary.bump(kind) { $0.added += 1 }
      }
    }

    /// Stores the records that waited for a later one, each as soon as what it names is
    /// stored; the rest name a record that is nowhere, and are rejected, in input order.
    func settleWaiting() throws {
      if !(failed && !options.skipBad) {
        var after: Int64 = 0
        while true {
          let page = try waiting.unparked(after: after)
          guard let last = page.last else { break }
          for held in page { try settle(held) }
          after = last.n
        }
      }
      try waiting.drain { held in
        guard let ref = try held.need ?? missingReference(held.record) else { return }
        let w = held.record
        reject(
          Reject(
            file: w.file, line: w.line, kind: w.kind.rawValue, id: w.id,
            message: "'\(ref.field)' names \(ref.kind.rawValue) '\(ref.id)', which is not in the ledger or this batch",
            record: w.object))
      }
    }

    /// Stores a held record if nothing it names is missing, then those that waited on it
    /// (and on them, and so on); else parks it on what it misses.
    private func settle(_ held: WaitingRecords.Held) throws {
      guard try storeOrPark(held) else { return }
      var stored: [(kind: RecordKind, id: String)] = [(held.record.kind, held.record.id)]
      while let next = stored.popLast() {
        // Each record of a page is stored or parked on something else, so the next page
        // holds the records not looked at yet.
        while true {
          let page = try waiting.parked(on: next.kind, id: next.id)
          if page.isEmpty { break }
          for p in page {
            if try storeOrPark(p), try waiting.hasParked(on: p.record.kind, id: p.record.id) {
              stored.append((p.record.kind, p.record.id))
            }
          }
        }
      }
    }

    /// Stores the held record (true), or parks it on the reference it misses (false).
    private func storeOrPark(_ held: WaitingRecords.Held) throws -> Bool {
      if let ref = try missingReference(held.record) {
        try waiting.park(held.n, on: ref)
        return false
      }
      try waiting.remove(held.n)
      try store(held.record)
      return true
    }
  }
}
