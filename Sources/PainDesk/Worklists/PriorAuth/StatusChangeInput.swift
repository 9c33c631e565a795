extension StatusChange.ItemOutcomeChange {
  /// A line's outcome as `pa-status update --item SEQ:OUTCOME[:UNITS]`; nil when it is not
  /// one (the outcomes are `ItemOutcome`'s).
  public init?(flag: String) {
    let p = flag.split(separator: ":", omittingEmptySubsequences: false)
    guard p.count == 2 || p.count == 3, let seq = Int(p[0]), let outcome = ItemOutcome(rawValue: String(p[1])) else {
      return nil
    }
    var units: Int?
    if p.count == 3 {
      guard let u = Int(p[2]) else { return nil }
      units = u
    }
    self.init(seq: seq, outcome: outcome, approvedUnits: units)
  }
}

extension StatusChange {
  /// A change for one auth given as `pa-status update` flags, checked as an NDJSON change
  /// line is (`init(_:)`): the same fields, the same errors.
  public init(
    auth: String, status: String?, items: [String], authNumber: String?, validFrom: String?, validTo: String?,
    decidedAt: String?, noticeDate: String?, requestedItems: [String], carc: String?, rarc: [String], hcr01: String?,
    reason: String?
  ) throws(ToolkitError) {
    var o = JSONObject([("auth_id", .string(auth))])
    if let status { o["status"] = .string(status) }
    if !items.isEmpty {
      var lines: [JSONValue] = []
      for flag in items {
        guard let line = ItemOutcomeChange(flag: flag) else {
          throw ToolkitError(.usage, "--item '\(flag)': use SEQ:OUTCOME[:UNITS] (outcome approved, partial, modified, denied, pended)")
        }
        var io = JSONObject([("seq", .int(Int64(line.seq))), ("outcome", .string(line.outcome.rawValue))])
        if let units = line.approvedUnits { io["approved_units"] = .int(Int64(units)) }
        lines.append(.object(io))
      }
      o["items"] = .array(lines)
    }
    if let authNumber { o["auth_number"] = .string(authNumber) }
    if let validFrom { o["valid_from"] = .string(validFrom) }
    if let validTo { o["valid_to"] = .string(validTo) }
    if let decidedAt { o["decided_at"] = .string(decidedAt) }
    if let noticeDate { o["notice_date"] = .string(noticeDate) }
    if !requestedItems.isEmpty { o["requested_items"] = .array(requestedItems.map { .string($0) }) }
    if carc != nil || reason != nil || hcr01 != nil || !rarc.isEmpty {
      var d = JSONObject([("reason", .string(reason ?? "denied by the payer"))])
      if let carc { d["carc"] = .string(carc) }
      if !rarc.isEmpty { d["rarc"] = .array(rarc.map { .string($0) }) }
      if let hcr01 { d["hcr01"] = .string(hcr01) }
      o["denial"] = .object(d)
    }
    try self.init(o)
  }
}

extension StatusChange {
  /// The NDJSON change lines of the sources, each with its `file:line`; a bad line or
  /// change is a data error (65) naming it.
  public static func changes(reading sources: [InputSource]) throws(ToolkitError) -> [StoredRecordChange<StatusChange>] {
    var out: [StoredRecordChange<StatusChange>] = []
    for line in try NDJSONReader.readAll(sources) {
      let place = "\(line.file):\(line.line)"
      do {
        let change = try StatusChange(line.record)
        out.append(StoredRecordChange(id: change.authId, place: place, change: change))
      } catch {
        throw ToolkitError(.dataError, "\(place): \(error.message)")
      }
    }
    return out
  }
}
