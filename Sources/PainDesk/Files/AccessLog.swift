#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who looked at the ledger: HIPAA's audit-controls standard (45 CFR 164.312(b)) asks for
/// a record of activity in systems holding ePHI, reads included. Every tool run that opens
/// a SQLite ledger appends a `start` line to `LEDGER.access.ndjson` when it opens it and an
/// `end` line when it finishes, so a run killed by SIGPIPE in `| head` still leaves its
/// start. The file is append-only (`O_APPEND`, never rewritten or truncated by PainDesk),
/// with the ledger's mode and group. A log that cannot be written is a warning for the
/// caller to print, never a refused read: care comes first.
public enum AccessLog {
  public static func path(forLedger ledger: String) -> String { ledger + ".access.ndjson" }

  /// One run: the start line's fields; `end` completes it.
  public struct Run: Sendable {
    public let id: String
    public let ledger: String
    public let actor: String
    public let tool: String
    public let subcommand: String?
    public let args: [String]

    public init(ledger: String, actor: String, tool: String, subcommand: String?, arguments: [String], at: Instant) {
      self.ledger = ledger
      self.actor = actor
      self.tool = tool
      self.subcommand = subcommand
      self.args = AccessArguments.recorded(arguments)
      id = "\(at.description)-\(getpid())"
    }
  }

  /// Appends the start line; returns a warning's text when the log cannot be written.
  public static func start(_ run: Run, at: Instant) -> String? {
    var o: [(String, JSONValue)] = [
      ("kind", .string("access")), ("event", .string("start")), ("run", .string(run.id)), ("at", .string(at.description)),
      ("actor", .string(run.actor)), ("tool", .string(run.tool)), ("args", .array(run.args.map { .string($0) })),
    ]
    if let s = run.subcommand { o.append(("subcommand", .string(s))) }
    return append(JSONObject(o), ledger: run.ledger)
  }

  /// Appends the end line: how many records went out, and the exit status.
  public static func end(_ run: Run, at: Instant, recordsOut: Int, exit: Int32) -> String? {
    let o: [(String, JSONValue)] = [
      ("kind", .string("access")), ("event", .string("end")), ("run", .string(run.id)), ("at", .string(at.description)),
      ("actor", .string(run.actor)), ("tool", .string(run.tool)), ("records_out", .int(Int64(recordsOut))),
      ("exit", .int(Int64(exit))),
    ]
    return append(JSONObject(o), ledger: run.ledger)
  }

  /// One line in one `write(2)` on an `O_APPEND` descriptor, so concurrent runs never
  /// interleave within a line.
  static func append(_ line: JSONObject, ledger: String) -> String? {
    let path = path(forLedger: ledger)
    let sharing = FileSharing.of(ledgerAt: ledger)
    var fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, sharing.fileMode)
    if fd >= 0 {
      _ = sharing.apply(toDescriptor: fd)
    } else if errno == EEXIST {
      fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
    }
    guard fd >= 0 else { return "cannot write the access log '\(path)': \(SystemError.reason(errno))" }
    defer { close(fd) }
    var bytes = JSONWriter.canonicalBytes(.object(line))
    bytes.append(0x0A)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      return "cannot write the access log '\(path)': \(SystemError.reason(written < 0 ? errno : EIO))"
    }
    return nil
  }
}

/// What the access log keeps of a command line: "the flags given, ids yes, free text no".
/// Option names are kept; a value is kept when it looks like an id, code, date, number or
/// file name, and replaced by `(text)` when it is free text or follows an option whose
/// value is free text by nature (a reason, a note).
enum AccessArguments {
  static let freeTextOptions: Set<String> = ["--reason", "--note", "--message", "--subject", "--body", "--text", "--name"]
  static let redacted = "(text)"

  static func recorded(_ arguments: [String]) -> [String] {
    var out: [String] = []
    var redactNext = false
    for a in arguments {
      if redactNext {
        out.append(redacted)
        redactNext = false
        continue
      }
      if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
        let name = String(a[a.startIndex..<eq])
        let value = String(a[a.index(after: eq)...])
        out.append(name + "=" + (freeTextOptions.contains(name) || !idLike(value) ? redacted : value))
        continue
      }
      if a.hasPrefix("-") && a.count > 1 {
        out.append(a)
        redactNext = freeTextOptions.contains(a)
        continue
      }
      out.append(idLike(a) ? a : redacted)
    }
    return out
  }

  /// Letters, digits and the punctuation of ids, codes, dates, numbers and paths; no spaces.
  static func idLike(_ s: String) -> Bool {
    guard !s.isEmpty, s.utf8.count <= 200 else { return false }
    return s.unicodeScalars.allSatisfy { c in
      (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
        || "._:/@+,-".unicodeScalars.contains(c)
    }
  }
}
