/// `appeal-pack list`: the appeals a VA works, read-only. Every open denial is triaged as
/// `appeal-pack triage` does (the same deadlines, the same records), but nothing is
/// recorded: a denial not yet triaged shows its computed appeals, an unfiled appeal whose
/// deadline passed shows as `missed`. Rows carry the denial's patient and payer.
public struct AppealQueue: Sendable {
  /// Statuses listed when none are asked for: the appeals still to be filed.
  public static let defaultStatuses: Set<AppealStatus> = [.preparing, .missed]

  /// Look-ahead in days (design.md §6: 14 unless a command says otherwise).
  public var withinDays = 14
  /// Only these statuses (default `defaultStatuses`).
  public var statuses = AppealQueue.defaultStatuses

  public init(withinDays: Int = 14, statuses: Set<AppealStatus>? = nil) {
    self.withinDays = withinDays
    self.statuses = statuses ?? AppealQueue.defaultStatuses
  }

  /// The queue from the ledger as of `asOf`; reads only.
  public func rows(ledger: Ledger, rules: EffectiveRules, asOf: LocalDate) throws(ToolkitError) -> [JSONObject] {
    let open = try AppealPack.openDenials(ledger: ledger, rules: rules)
    return rows(try AppealPack.triage(open, ledger: ledger, rules: rules, asOf: asOf), asOf: asOf)
  }

  /// The appeals of triaged denials whose status is listed and whose deadline falls
  /// within the look-ahead (a past deadline always does), by deadline then id.
  public func rows(_ cases: [AppealCase], asOf: LocalDate) -> [JSONObject] {
    let last = asOf.adding(days: withinDays)
    var out: [(deadline: String, id: String, row: JSONObject)] = []
    for c in cases {
      for var row in c.printed {
        guard let status = row.string("status").flatMap(AppealStatus.init(rawValue:)), statuses.contains(status),
          let deadline = row.string("deadline").flatMap(LocalDate.init), deadline <= last
        else { continue }
        row["patient_id"] = .string(c.denial.patientId)
        row["payer_id"] = .string(c.denial.payerId)
        out.append((deadline.description, row.string("id") ?? "", row))
      }
    }
    return out.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }.map(\.row)
  }
}
