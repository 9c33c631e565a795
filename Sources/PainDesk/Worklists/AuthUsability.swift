/// Whether an auth can be used for a service on a date: the payer approved it (status
/// `approved`, or `partial`/`modified` for the lines it approved), the date is within
/// `valid_from`...`valid_to` (an absent bound is open), and every CPT asked for has units
/// left by `AuthUnits` (recorded and performed uses; an add-on code only with its primary
/// code) that no other scheduled appointment on the auth already counts on.
public enum AuthUsability {
  public enum Problem: Sendable, Equatable, CustomStringConvertible {
    case notApproved(status: String)
    case notYetValid(from: String)
    case expired(to: String)
    case cptNotApproved(String)
    case noUnitsLeft(String)
    /// Units are left, but other scheduled appointments on the auth count on them.
    case competing(String, appointments: [String])

    public var description: String {
      switch self {
      case .notApproved(let s): return "status is \(s)"
      case .notYetValid(let d): return "valid from \(d)"
      case .expired(let d): return "expired on \(d)"
      case .cptNotApproved(let c): return "\(c) not approved"
      case .noUnitsLeft(let c): return "no units left for \(c)"
      case .competing(let c, let ids):
        return "no units left for \(c) besides other scheduled appointments (\(ids.joined(separator: ", ")))"
      }
    }
  }

  /// The first reason the auth cannot be used on `date` for `cpts` (all of its lines when
  /// empty), or nil when it can. `uses`: what the ledger has of the auth; `excluding`: the
  /// appointments that do not compete (the one checked, or the one a fill moves up).
  public static func problem(
    _ auth: Auth, on date: LocalDate, cpts: [String], uses: AuthUses = AuthUses(), excluding: Set<String> = []
  ) -> Problem? {
    guard AuthStatus.usable.contains(auth.status) else { return .notApproved(status: auth.status.rawValue) }
    if let from = auth.validFrom, let d = LocalDate(from), date < d { return .notYetValid(from: from) }
    if let to = auth.validTo, let d = LocalDate(to), date > d { return .expired(to: to) }
    let units = AuthUnits(auth, uses: uses, excluding: excluding)
    guard let (cpt, why) = units.blocking(cpts.isEmpty ? auth.items.map(\.cpt) : cpts) else { return nil }
    switch why {
    case .notApproved: return .cptNotApproved(cpt)
    case .usedUp: return .noUnitsLeft(cpt)
    case .competing:
      return .competing(cpt, appointments: units.competing.filter { $0.cpts.contains(cpt) }.map(\.appointmentId))
    }
  }

  public static func isUsable(
    _ auth: Auth, on date: LocalDate, cpts: [String], uses: AuthUses = AuthUses(), excluding: Set<String> = []
  ) -> Bool {
    problem(auth, on: date, cpts: cpts, uses: uses, excluding: excluding) == nil
  }
}
