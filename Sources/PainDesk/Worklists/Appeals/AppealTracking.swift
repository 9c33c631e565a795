/// `appeal-pack record`: filing and decision of an appeal as events on the appeal
/// record, so revenue-model can report what appeals recovered.
public struct AppealUpdate: Sendable, Equatable {
  public static let outcomes: [AppealStatus] = [.won, .partial, .lost, .withdrawn]

  public var appealId: String
  public var filedOn: LocalDate?
  public var decidedOn: LocalDate?
  public var outcome: AppealStatus?
  public var recoveredCents: Int?

  public init(appealId: String, filedOn: LocalDate? = nil, decidedOn: LocalDate? = nil, outcome: AppealStatus? = nil, recoveredCents: Int? = nil) {
    self.appealId = appealId
    self.filedOn = filedOn
    self.decidedOn = decidedOn
    self.outcome = outcome
    self.recoveredCents = recoveredCents
  }

  /// From an NDJSON line: `appeal_id` (or `id`), `filed_on`, `decided_on`, `outcome`,
  /// `recovered_cents`.
  public init(_ o: JSONObject) throws(ToolkitError) {
    guard let id = o.string("appeal_id") ?? o.string("id") else { throw ToolkitError(.dataError, "no appeal_id") }
    func date(_ k: String) throws(ToolkitError) -> LocalDate? {
      guard let v = o[k], !v.isNull else { return nil }
      guard let s = v.stringValue, let d = LocalDate(s) else { throw ToolkitError(.dataError, "\(k) is not a date (YYYY-MM-DD)") }
      return d
    }
    var outcome: AppealStatus?
    if let v = o[ "outcome"], !v.isNull {
      guard let s = v.stringValue, let st = AppealStatus(rawValue: s), AppealUpdate.outcomes.contains(st) else {
        throw ToolkitError(.dataError, "outcome must be won, partial, lost or withdrawn")
      }
      outcome = st
    }
    var cents: Int?
    if let v = o["recovered_cents"], !v.isNull {
      guard let n = v.intValue, n >= 0 else { throw ToolkitError(.dataError, "recovered_cents must be a whole number of cents, 0 or more") }
      cents = Int(n)
    }
    self.init(appealId: id, filedOn: try date("filed_on"), decidedOn: try date("decided_on"), outcome: outcome, recoveredCents: cents)
  }

  /// The appeal record after this update. An outcome without `decided_on` is decided on
  /// `today`; a decision needs a filing date (given, or already on the record) no later
  /// than the decision.
  public func apply(to current: JSONObject, today: LocalDate) throws(ToolkitError) -> JSONObject {
    var o = current
    if filedOn == nil && decidedOn == nil && outcome == nil && recoveredCents == nil {
      throw ToolkitError(.usage, "appeal '\(appealId)': nothing to record (give filed_on, decided_on, outcome or recovered_cents)")
    }
    if let filedOn { o["filed_on"] = .string(filedOn.description) }
    if decidedOn != nil && outcome == nil && AppealUpdate.outcomes.map(\.rawValue).contains(o.string("status") ?? "") == false {
      throw ToolkitError(.dataError, "appeal '\(appealId)': a decision needs an outcome (won, partial, lost, withdrawn)")
    }
    if let outcome {
      o["status"] = .string(outcome.rawValue)
      o["decided_on"] = .string((decidedOn ?? today).description)
    } else if let decidedOn {
      o["decided_on"] = .string(decidedOn.description)
    } else if filedOn != nil, ["preparing", "missed", "lapsed"].contains(o.string("status") ?? "") {
      o["status"] = "filed"
    }
    if let recoveredCents { o["recovered_cents"] = .int(Int64(recoveredCents)) }
    if o["recovered_cents"] != nil, !["won", "partial"].contains(o.string("status") ?? ""), (recoveredCents ?? 0) > 0 {
      throw ToolkitError(.dataError, "appeal '\(appealId)': recovered_cents needs outcome won or partial")
    }
    let filed = o.string("filed_on").flatMap(LocalDate.init)
    if let decided = o.string("decided_on").flatMap(LocalDate.init), o.string("status") != "withdrawn" {
      guard let filed else { throw ToolkitError(.dataError, "appeal '\(appealId)': a decision needs filed_on") }
      if decided < filed { throw ToolkitError(.dataError, "appeal '\(appealId)': decided_on is before filed_on") }
    }
    for k in AppealFields.asOfOnly { o[k] = nil }
    return o
  }
}
