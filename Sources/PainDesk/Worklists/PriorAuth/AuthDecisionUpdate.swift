/// What `pa-status update` records: payer decisions applied to stored auths, each with its
/// denial record when it is a denial (StatusUpdater), read and written in one transaction
/// (`RecordImporter.update`) so two decisions recorded at once both stay.
public enum AuthDecisionUpdate {
  /// The decisions to record.
  public enum Input {
    /// Status changes, each naming its auth (flags, or NDJSON lines with their place).
    case changes([StoredRecordChange<StatusChange>])
    /// Decoded PAS responses (with the file each came from), each answering `auth` when
    /// given, else the first auth in the ledger that the response names.
    case pas([(response: PASResponse.Decoded, file: String)], auth: String?)
  }

  /// Applies the decisions in order (several to one auth each to the result of the one
  /// before) and stores the auths and denials; returns them, each auth followed by its
  /// denial, in the order the auths were first named. `decidedAt` is the decision time of
  /// changes that give none; `now` is the clock for those that have neither. An affirmed
  /// WISeR request gets its `valid_to` (WiserAffirmation, from `rules` and the ledger's
  /// payers and locations).
  public static func record(
    _ input: Input, importer: RecordImporter, now: Instant, decidedAt: String?, calendar: ClinicCalendar,
    rules: EffectiveRules, ledger: Ledger
  ) throws(ToolkitError) -> (records: [JSONObject], summary: ImportSummary) {
    try importer.update(source: "update") { stored throws(ToolkitError) in
      let changes = try resolve(input, in: stored)
      var current = try stored.byId(of: .auth, ids: changes.map { ($0.id, $0.place) })
      var order: [String] = []
      var denials: [String: JSONObject] = [:]
      for var c in changes.map(\.change) {
        guard let auth = current[c.authId] else { continue }
        if c.decidedAt == nil, let decidedAt { c.decidedAt = decidedAt }
        let (next, denial) = try StatusUpdater.apply(c, to: auth, now: now, calendar: calendar)
        current[c.authId] = next
        if !order.contains(c.authId) { order.append(c.authId) }
        if let denial { denials[c.authId] = denial }
      }
      let records = order.flatMap { id in [current[id], denials[id]].compactMap { $0 } }
      return try WiserAffirmation.stamp(records, ledger: ledger, rules: rules)
    }
  }

  /// The changes, PAS responses given the auth they answer.
  static func resolve(_ input: Input, in stored: StoredRecords) throws(ToolkitError) -> [StoredRecordChange<StatusChange>] {
    switch input {
    case .changes(let changes):
      return changes
    case .pas(let responses, let auth):
      var out: [StoredRecordChange<StatusChange>] = []
      for (decoded, file) in responses {
        var change = decoded.change
        if let auth {
          change.authId = auth
        } else {
          let known = Set(try stored.records(of: .auth, ids: decoded.candidates).compactMap { $0.string("id") })
          guard let id = decoded.candidates.first(where: known.contains) else {
            throw ToolkitError(.dataError, "\(file): the response names no auth in the ledger; name it with --auth ID")
          }
          change.authId = id
        }
        out.append(StoredRecordChange(id: change.authId, change: change))
      }
      return out
    }
  }
}
