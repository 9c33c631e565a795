/// The prescriber PDMP-query mandate of every state and DC (domain.md §9.1), one rule
/// `pdmp.interval.<state>` each, so that no state silently gets the CDC default. A state
/// whose mandate is sourced says when a check is due: `interval_days`/`interval_months`
/// (at least that often), `each_rx` (before each prescription of `schedules`, of
/// `drug_classes` when given: a check after the previous such prescription), and its own
/// extras (Alabama's MME thresholds, Arizona's new course). A state not yet sourced ships
/// as `unconfirmed`: the CDC 2022 Rec 9 interval (90 days) applies and every check of
/// that state's patients warns, naming the state, until the clinic sets the state's
/// mandate in its config (`rules.pdmp.interval.<state>`, with `"unconfirmed": false`).
extension ShippedRules {
  /// Before each prescription of an opioid, benzodiazepine, barbiturate or carisoprodol.
  static let texasPMPCheck = LocalDate.literal("2020-03-01")

  static let pdmpStateMandates: [RuleDefinition] = [
    RuleDefinition(
      "pdmp.interval.tx", "Texas PMP: before each prescription of an opioid, benzodiazepine, barbiturate or carisoprodol",
      p([
        "each_rx": true, "schedules": ["cii", "ciii", "civ", "cv"],
        "drug_classes": ["opioid", "benzodiazepine", "barbiturate", "carisoprodol"],
      ]), from: texasPMPCheck, source: "Texas Health & Safety Code 481.0764", .secondary,
      note: "cancer and hospice exemptions are not modelled (no record carries them)"),
    RuleDefinition(
      "pdmp.interval.fl", "Florida PDMP: each time before prescribing a controlled substance",
      p(["each_rx": true, "schedules": ["cii", "ciii", "civ", "cv"]]),
      source: "Florida Statutes 893.055(8)", .secondary,
      note: "patients 16 or older; the non-opioid Schedule V exemption is not modelled (a check is asked for)"),
    RuleDefinition(
      "pdmp.interval.ny", "New York PMP: before each Schedule II-IV prescription, report at most 24 hours old",
      p(["each_rx": true, "schedules": ["cii", "ciii", "civ"]]),
      source: "NY Public Health Law 3343-a", .secondary),
  ] + unconfirmedPDMPStates.map { code, name in
    RuleDefinition(
      "pdmp.interval.\(code.lowercased())", "\(name) PDMP mandate: unconfirmed; the CDC 2022 Rec 9 interval applies",
      p(["interval_days": 90, "unconfirmed": true]), from: cdc2022, source: "unconfirmed (state law not sourced)",
      .unconfirmed,
      note: "every check warns naming the state; set the state's mandate under this id and \"unconfirmed\": false")
  }

  /// The states (and DC) whose prescriber mandate domain.md does not give: shipped as
  /// explicit `unconfirmed` entries.
  static let unconfirmedPDMPStates: [(String, String)] = [
    ("AR", "Arkansas"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
    ("DC", "District of Columbia"), ("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"),
    ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"),
    ("MD", "Maryland"), ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"),
    ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire"),
    ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"),
    ("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
    ("SD", "South Dakota"), ("TN", "Tennessee"), ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"),
    ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
  ]
}
