/// A payer decision or status change for one auth (`pa-status update`), as NDJSON:
///
///     {"auth_id":"A1","status":"approved","auth_number":"X9","valid_from":"2026-12-01",
///      "valid_to":"2027-02-28","items":[{"seq":1,"outcome":"approved","approved_units":1}]}
///     {"auth_id":"A2","status":"denied","denial":{"carc":"50","rarc":["N115"],"hcr01":"A3","reason":"..."}}
///
/// `id` is taken for `auth_id`; `decided_at` defaults to the clock; `notice_date` (for the
/// denial record) to the decision's date.
public struct StatusChange: Sendable {
  public struct ItemOutcomeChange: Sendable, Hashable {
    public var seq: Int
    public var outcome: ItemOutcome
    public var approvedUnits: Int?
    public init(seq: Int, outcome: ItemOutcome, approvedUnits: Int? = nil) {
      self.seq = seq
      self.outcome = outcome
      self.approvedUnits = approvedUnits
    }
  }

  public var authId: String
  public var status: AuthStatus?
  public var items: [ItemOutcomeChange] = []
  public var authNumber: String?
  public var validFrom: String?
  public var validTo: String?
  public var decidedAt: String?
  public var requestedItems: [String]?
  public var denial: DenialInfo?
  public var noticeDate: String?

  public init(authId: String) { self.authId = authId }

  /// Parses one NDJSON line's object; errors name the field, never a value.
  public init(_ o: JSONObject) throws(ToolkitError) {
    guard let id = o.string("auth_id") ?? o.string("id") else { throw ToolkitError(.dataError, "missing 'auth_id'") }
    authId = id
    if let s = o.string("status") {
      guard let st = AuthStatus(rawValue: s) else {
        throw ToolkitError(.dataError, "auth '\(id)': unknown status (use \(AuthStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      status = st
    }
    for (k, v) in (o["items"]?.arrayValue ?? []).enumerated() {
      guard let io = v.objectValue, let seq = io["seq"]?.intValue, let oc = io.string("outcome").flatMap(ItemOutcome.init) else {
        throw ToolkitError(.dataError, "auth '\(id)': items[\(k)] needs 'seq' and an 'outcome' (approved, partial, modified, denied, pended)")
      }
      items.append(ItemOutcomeChange(seq: Int(seq), outcome: oc, approvedUnits: io["approved_units"]?.intValue.map { Int($0) }))
    }
    authNumber = o.string("auth_number")
    validFrom = o.string("valid_from")
    validTo = o.string("valid_to")
    for (name, v) in [("valid_from", validFrom), ("valid_to", validTo), ("notice_date", o.string("notice_date"))] {
      if let v, LocalDate(v) == nil { throw ToolkitError(.dataError, "auth '\(id)': '\(name)' is not a date (YYYY-MM-DD)") }
    }
    decidedAt = o.string("decided_at")
    if let d = decidedAt, Instant(d) == nil { throw ToolkitError(.dataError, "auth '\(id)': 'decided_at' is not an RFC 3339 instant") }
    requestedItems = o["requested_items"]?.arrayValue?.compactMap(\.stringValue)
    noticeDate = o.string("notice_date")
    if let d = o["denial"]?.objectValue {
      denial = DenialInfo(
        carc: d.string("carc"), rarc: d["rarc"]?.arrayValue?.compactMap(\.stringValue), hcr01: d.string("hcr01"),
        reason: d.string("reason") ?? "denied by the payer")
    }
    if status == nil && items.isEmpty && authNumber == nil && validTo == nil {
      throw ToolkitError(.dataError, "auth '\(id)': nothing to change (give a status, item outcomes, auth_number or validity)")
    }
  }

  /// The auth's overall status from per-item outcomes.
  public static func overall(_ outcomes: [ItemOutcome]) -> AuthStatus? {
    guard !outcomes.isEmpty else { return nil }
    let set = Set(outcomes)
    if set.contains(.pended) { return .pended }
    if set == [.denied] { return .denied }
    if set == [.approved] { return .approved }
    if set.contains(.denied) || set.contains(.partial) { return .partial }
    return .modified
  }
}

/// Applies status changes to auths and derives the denial records (design.md §3: every
/// change an event, derived ids so a rerun adds nothing).
public enum StatusUpdater {
  /// The new auth record and, for a denial, its `denial` record.
  public static func apply(
    _ change: StatusChange, to current: JSONObject, now: Instant, calendar: ClinicCalendar
  ) throws(ToolkitError) -> (auth: JSONObject, denial: JSONObject?) {
    var a = current
    let id = change.authId
    var items = (a["items"]?.arrayValue ?? []).compactMap(\.objectValue)
    for c in change.items {
      guard let k = items.firstIndex(where: { $0["seq"]?.intValue == Int64(c.seq) }) else {
        throw ToolkitError(.dataError, "auth '\(id)': no line with seq \(c.seq)")
      }
      items[k]["outcome"] = .string(c.outcome.rawValue)
      let units = items[k]["units"]?.intValue ?? 1
      items[k]["approved_units"] = .int(Int64(c.approvedUnits ?? (c.outcome == .denied ? 0 : c.outcome == .pended ? 0 : Int(units))))
      if c.outcome == .pended { items[k]["approved_units"] = nil }
    }
    var status = change.status ?? StatusChange.overall(change.items.map(\.outcome)).map { $0 } ?? AuthStatus(rawValue: a.string("status") ?? "")
    if status == .approved && change.authNumber == nil && a.string("auth_number") == nil { status = .approvedPendingNumber }
    if status == .approvedPendingNumber && change.authNumber != nil { status = .approved }
    // Whole-response outcomes fill the lines that got none.
    if change.items.isEmpty, let st = status {
      let outcome: ItemOutcome? =
        switch st {
        case .approved, .approvedPendingNumber: .approved
        case .denied: .denied
        case .pended: .pended
        case .modified: .modified
        default: nil
        }
      if let outcome {
        for k in items.indices {
          items[k]["outcome"] = .string(outcome.rawValue)
          let units = items[k]["units"]?.intValue ?? 1
          items[k]["approved_units"] = outcome == .pended ? nil : .int(outcome == .denied ? 0 : units)
        }
      }
    }
    a["items"] = .array(items.map { .object($0) })
    let decidedText = change.decidedAt ?? now.description
    if let status {
      a["status"] = .string(status.rawValue)
      if status == .pended {
        a["pended_at"] = .string(decidedText)
      } else if status != .submitted && status != .draft && status != .cancelled {
        a["decided_at"] = .string(decidedText)
      }
    }
    if let n = change.authNumber { a["auth_number"] = .string(n) }
    if let v = change.validFrom { a["valid_from"] = .string(v) }
    if let v = change.validTo { a["valid_to"] = .string(v) }
    if let r = change.requestedItems { a["requested_items"] = .array(r.map { .string($0) }) }
    guard status == .denied else { return (a, nil) }
    let d = change.denial ?? DenialInfo(carc: nil, rarc: nil, hcr01: "A3", reason: "denied by the payer")
    var den = JSONObject()
    if let c = d.carc { den["carc"] = .string(c) }
    if let r = d.rarc, !r.isEmpty { den["rarc"] = .array(r.map { .string($0) }) }
    den["hcr01"] = .string(d.hcr01 ?? "A3")
    den["reason"] = .string(d.reason)
    a["denial"] = .object(den)
    let notice = change.noticeDate ?? Instant(decidedText).map { calendar.localDate(of: $0).description } ?? now.utcDate.description
    var denial = JSONObject([
      ("kind", "denial"), ("id", .string("\(id)-denial-1")), ("patient_id", a["patient_id"] ?? .null),
      ("payer_id", a["payer_id"] ?? .null), ("auth_id", .string(id)), ("notice_date", .string(notice)),
      ("reason", .string(d.reason)),
    ])
    if let c = d.carc { denial["carc"] = .string(c) }
    if let r = d.rarc, !r.isEmpty { denial["rarc"] = .array(r.map { .string($0) }) }
    denial["hcr01"] = .string(d.hcr01 ?? "A3")
    return (a, denial)
  }
}
