/// Whether an auth can be used for a service on a date: the payer approved it (status
/// `approved`, or `partial`/`modified` for the lines it approved), the date is within
/// `valid_from`...`valid_to` (an absent bound is open), and every CPT asked for has an
/// approved line with units left: `approved_units` (else `units`) minus what was used, the
/// greater of the record's `units_used` and the ledger's usage of the auth for that code
/// (`Ledger.authUsage`: performed procedures and scheduled appointments naming it), as
/// pa-status --exhausted counts it (records.md auth). recall-scan fill passes the ledger's
/// usage; coverage-check and revenue-model's revenue at risk use the record's `units_used`.
public enum AuthUsability {
  public enum Problem: Sendable, Equatable, CustomStringConvertible {
    case notApproved(status: String)
    case notYetValid(from: String)
    case expired(to: String)
    case cptNotApproved(String)
    case noUnitsLeft(String)

    public var description: String {
      switch self {
      case .notApproved(let s): return "status is \(s)"
      case .notYetValid(let d): return "valid from \(d)"
      case .expired(let d): return "expired on \(d)"
      case .cptNotApproved(let c): return "\(c) not approved"
      case .noUnitsLeft(let c): return "no units left for \(c)"
      }
    }
  }

  static let usableStatuses: Set<AuthStatus> = [.approved, .partial, .modified]
  static let approvedOutcomes: Set<ItemOutcome> = [.approved, .partial, .modified]

  /// Units left on an approved line; nil when the line is not approved.
  /// `used`: the ledger's usage of the auth for the line's code (0 when not read).
  public static func unitsLeft(_ item: AuthItem, authStatus: AuthStatus, used: Int = 0) -> Int? {
    if let o = item.outcome {
      guard approvedOutcomes.contains(o) else { return nil }
    } else if authStatus != .approved {
      return nil
    }
    return unitsLeft(approved: item.approvedUnits ?? item.units, recordedUsed: item.unitsUsed, ledgerUsed: used)
  }

  /// The one rule for a line's units left, here and in pa-status --exhausted: the approved
  /// units less the greater of the line's own `units_used` and what the ledger used of the
  /// code (the two count the same uses, so they are not added).
  public static func unitsLeft(approved: Int, recordedUsed: Int?, ledgerUsed: Int) -> Int {
    approved.saturatingSubtracting(max(recordedUsed ?? 0, ledgerUsed))
  }

  /// The first reason the auth cannot be used on `date` for `cpts` (all of its lines when
  /// empty), or nil when it can. `used`: the ledger's usage of this auth by code.
  public static func problem(_ auth: Auth, on date: LocalDate, cpts: [String], used: [String: Int] = [:]) -> Problem? {
    guard usableStatuses.contains(auth.status) else { return .notApproved(status: auth.status.rawValue) }
    if let from = auth.validFrom, let d = LocalDate(from), date < d { return .notYetValid(from: from) }
    if let to = auth.validTo, let d = LocalDate(to), date > d { return .expired(to: to) }
    let wanted = cpts.isEmpty ? auth.items.map(\.cpt) : cpts
    for cpt in wanted {
      let left = auth.items.filter { $0.cpt == cpt }.compactMap { unitsLeft($0, authStatus: auth.status, used: used[cpt] ?? 0) }
      guard !left.isEmpty else { return .cptNotApproved(cpt) }
      guard left.contains(where: { $0 > 0 }) else { return .noUnitsLeft(cpt) }
    }
    return nil
  }

  public static func isUsable(_ auth: Auth, on date: LocalDate, cpts: [String], used: [String: Int] = [:]) -> Bool {
    problem(auth, on: date, cpts: cpts, used: used) == nil
  }
}
