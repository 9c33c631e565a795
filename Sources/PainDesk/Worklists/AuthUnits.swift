/// Units left on an auth, per approved CPT code: the one definition every tool uses
/// (records.md auth). A code's approved units are those of its approved lines
/// (`approved_units`, else `units`; a line is approved by its `outcome`, or by the auth's
/// status `approved` when it has none). What was used of a code is the greater of the
/// lines' recorded `units_used` and the units of procedures performed under the auth
/// (`AuthUses.performed`): both count the same uses, so they are not added. Scheduled
/// appointments naming the auth have not used anything; they compete for the units left.
///
/// An add-on code is billed only with its primary code (CPT add-on convention, CMS NCCI
/// Policy Manual ch. 1 §E): when the auth approves a primary code of the add-on's family,
/// the add-on's units are usable only while that primary has units left.
public struct AuthUnits: Sendable, Equatable {
  /// One approved code of the auth.
  public struct Code: Sendable, Equatable {
    public var cpt: String
    public var approved: Int
    /// Recorded or performed, whichever is more.
    public var used: Int
    /// Units of other scheduled appointments naming the auth (one per code each).
    public var scheduled: Int
    public var addOn: Bool

    /// Units not yet used (negative when more was used than approved).
    public var left: Int { approved.saturatingSubtracting(used) }
    /// Units left that no other scheduled appointment already counts on.
    public var free: Int { left.saturatingSubtracting(scheduled) }
  }

  /// The approved codes, in the order of their first line.
  public let codes: [Code]
  /// Other scheduled appointments naming the auth, for showing who competes for the units.
  public let competing: [AuthUses.Scheduled]

  static let approvedOutcomes: Set<ItemOutcome> = [.approved, .partial, .modified]

  /// Whether a line is approved: by its own outcome, else by the auth's status.
  public static func isApproved(_ item: AuthItem, authStatus: AuthStatus) -> Bool {
    if let o = item.outcome { return approvedOutcomes.contains(o) }
    return authStatus == .approved
  }

  /// `uses`: what the ledger has of the auth; the appointments in `excluding` (the one
  /// being checked or moved) do not compete with themselves.
  public init(_ auth: Auth, uses: AuthUses = AuthUses(), excluding: Set<String> = []) {
    let others = uses.scheduled.filter { !excluding.contains($0.appointmentId) }
    var order: [String] = []
    var approved: [String: Int] = [:]
    var recorded: [String: Int] = [:]
    for item in auth.items where Self.isApproved(item, authStatus: auth.status) {
      if approved[item.cpt] == nil { order.append(item.cpt) }
      approved[item.cpt, default: 0].addSaturating(max(0, item.approvedUnits ?? item.units))
      recorded[item.cpt, default: 0].addSaturating(max(0, item.unitsUsed ?? 0))
    }
    codes = order.map { cpt in
      Code(
        cpt: cpt, approved: approved[cpt] ?? 0, used: max(recorded[cpt] ?? 0, uses.performed[cpt] ?? 0),
        scheduled: others.reduce(0) { $0 + $1.cpts.filter { $0 == cpt }.count },
        addOn: ProcedureCatalog.entry(cpt)?.addOn ?? false)
    }
    competing = others.filter { s in s.cpts.contains { approved[$0] != nil } }
  }

  public func code(_ cpt: String) -> Code? { codes.first { $0.cpt == cpt } }

  /// The primary codes of the auth that an add-on code rides on (same catalog family).
  public func primaries(of cpt: String) -> [Code] {
    guard let family = ProcedureCatalog.entry(cpt)?.family, ProcedureCatalog.entry(cpt)?.addOn == true else { return [] }
    return codes.filter { !$0.addOn && ProcedureCatalog.entry($0.cpt)?.family == family }
  }

  /// Units of a code that can still be billed (by `units`: `left` or `free`): an add-on
  /// code's are zero once every primary code it rides on has none.
  public func usable(_ c: Code, _ units: (Code) -> Int = \.left) -> Int {
    let p = primaries(of: c.cpt)
    if !p.isEmpty, !p.contains(where: { units($0) > 0 }) { return 0 }
    return max(0, units(c))
  }

  /// Usable units left over every approved code, or nil when the auth approves none.
  public func total(_ units: (Code) -> Int = \.left) -> Int? {
    codes.isEmpty ? nil : codes.reduce(0) { $0.saturatingAdding(usable($1, units)) }
  }

  /// The code blocking a service of `cpts`: the first one not approved (`.notApproved`),
  /// used up (`.usedUp`, or its primary code used up), or whose units left other
  /// scheduled appointments already count on (`.competing`). Nil when all can be done.
  public func blocking(_ cpts: [String]) -> (cpt: String, reason: Shortfall)? {
    for cpt in cpts {
      guard let c = code(cpt) else { return (cpt, .notApproved) }
      let p = primaries(of: cpt)
      if c.left <= 0 { return (cpt, .usedUp) }
      if !p.isEmpty, !p.contains(where: { $0.left > 0 }) { return (p[0].cpt, .usedUp) }
      if c.free <= 0 || (!p.isEmpty && !p.contains(where: { $0.free > 0 })) { return (cpt, .competing) }
    }
    return nil
  }

  public enum Shortfall: Sendable, Equatable {
    case notApproved, usedUp, competing
  }
}
