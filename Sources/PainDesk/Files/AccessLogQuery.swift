#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the access log back (`paindesk access-log`): one `access` record per run, its
/// start line completed by its end line (`ended_at`, `records_out`, `exit`; absent for a run
/// that was killed or is still going), in the order the runs started, filtered.
public struct AccessLogQuery: Sendable {
  /// Runs that started on or after this date (the clinic's calendar day of `at`).
  public var since: LocalDate?
  public var actor: String?
  public var tool: String?

  public init(since: LocalDate? = nil, actor: String? = nil, tool: String? = nil) {
    self.since = since
    self.actor = actor
    self.tool = tool
  }

  /// The runs in the log of the ledger at `ledger`. A missing log is an empty one (a ledger
  /// nobody has opened since the log began); a line that is not a log line is skipped, and
  /// counted in `skipped`.
  public func runs(ledger: String, calendar: ClinicCalendar) throws(ToolkitError) -> (runs: [JSONObject], skipped: Int) {
    try LedgerFileCheck.existing(ledger)
    let path = AccessLog.path(forLedger: ledger)
    guard access(path, F_OK) == 0 else { return ([], 0) }
    let source = InputSource.file(path)
    let fd = try source.open()
    var reader = NDJSONReader(source: source, fd: fd)
    var order: [String] = []
    var starts: [String: JSONObject] = [:]
    var ends: [String: JSONObject] = [:]
    var skipped = 0
    while let item = try reader.next() {
      guard case .record(_, let o) = item, o.string("kind") == "access", let run = o.string("run") else {
        skipped += 1
        continue
      }
      switch o.string("event") {
      case "start":
        if starts[run] == nil { order.append(run) }
        starts[run] = o
      case "end": ends[run] = o
      default: skipped += 1
      }
    }
    var out: [JSONObject] = []
    for run in order {
      guard let start = starts[run], keep(start, calendar: calendar) else { continue }
      var members: [(String, JSONValue)] = start.members.filter { $0.key != "event" }.map { ($0.key, $0.value) }
      if let end = ends[run] {
        if let at = end["at"] { members.append(("ended_at", at)) }
        if let n = end["records_out"] { members.append(("records_out", n)) }
        if let e = end["exit"] { members.append(("exit", e)) }
      }
      out.append(JSONObject(members))
    }
    return (out, skipped)
  }

  private func keep(_ start: JSONObject, calendar: ClinicCalendar) -> Bool {
    if let actor, start.string("actor") != actor { return false }
    if let tool, start.string("tool") != tool { return false }
    if let since {
      guard let text = start.string("at"), let at = Instant(text) else { return false }
      return calendar.localDate(of: at) >= since
    }
    return true
  }
}
