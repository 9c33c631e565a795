/// WISeR requests and how long their affirmation lasts (CMS-5056-N; Noridian: affirmations
/// are valid 120 days, `pa.medicare.wiser.affirmation_valid_days`). A WISeR request is a
/// traditional Medicare request for a code the model reviews in its states on the date of
/// service.
public enum WiserAffirmation {
  static let rule = "pa.medicare.wiser"

  /// Whether any of `cpts` is reviewed under WISeR for this Medicare payer, state and date.
  public static func isWiser(payer: Payer, cpts: [String], state: String?, on date: LocalDate, rules: EffectiveRules) -> Bool {
    payer.type == .medicare
      && cpts.contains { cpt in
        PriorAuthRequirement.check(PAContext(payer: payer, cpt: cpt, placeOfService: nil, state: state, date: date), rules: rules)
          .rule == "pa.medicare.wiser.codes"
      }
  }

  /// The last day an affirmation decided on `decided` is valid (`decided` + the valid days),
  /// or nil when the request is not a WISeR one.
  public static func validTo(
    payer: Payer?, cpts: [String], state: String?, serviceDate: LocalDate?, decided: LocalDate, rules: EffectiveRules
  ) -> LocalDate? {
    guard let payer, isWiser(payer: payer, cpts: cpts, state: state, on: serviceDate ?? decided, rules: rules) else { return nil }
    return decided.adding(days: rules.int(rule, "affirmation_valid_days"))
  }

  static let affirmed: Set<String> = ["approved", "approved_pending_number", "partial", "modified"]

  /// The auth records with `valid_to` set on each affirmed WISeR request that has none
  /// (pa-status update), from its decision date. Other records pass unchanged.
  public static func stamp(_ records: [JSONObject], ledger: Ledger, rules: EffectiveRules) throws(ToolkitError) -> [JSONObject] {
    let candidates = records.filter { $0.string("kind") == nil || $0.string("kind") == "auth" }
      .filter { affirmed.contains($0.string("status") ?? "") && $0["valid_to"] == nil && $0["decided_at"] != nil }
    guard !candidates.isEmpty else { return records }
    let payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    let locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
    return records.map { o in
      guard o.string("kind") == "auth", affirmed.contains(o.string("status") ?? ""), o["valid_to"] == nil,
        let decided = o.string("decided_at").flatMap(Instant.init).map(rules.calendar.localDate),
        let payer = o.string("payer_id").flatMap({ payers[$0] })
      else { return o }
      let state = PAContext.state(location: o.string("location_id").flatMap { locations[$0] }, payer: payer, patient: nil)
      let cpts = (o["items"]?.arrayValue ?? []).compactMap { $0.objectValue?.string("cpt") }
      guard
        let to = validTo(
          payer: payer, cpts: cpts, state: state, serviceDate: o.string("service_date").flatMap(LocalDate.init), decided: decided,
          rules: rules)
      else { return o }
      var out = o
      out["valid_to"] = .string(to.description)
      return out
    }
  }
}
