/// records-track: one row per open records request. Due dates: a patient's own request
/// 30 days from the request (`records.request.response`, 45 CFR 164.524; an earlier
/// `due_on` on the request wins); other incoming requests the request's `due_on`, else
/// `records.request.third_party` days (clinic config); outgoing requests follow up after
/// `intake.follow_up` days. Releasing to a party in `records.request.authorization`
/// (attorney, employer, insurer; 45 CFR 164.508) is blocked until a HIPAA authorization
/// dated on or before --as-of is on file.
public enum RecordsTrack {
  public struct Options: Sendable {
    public var direction: RecordsDirection?
    public var overdueOnly = false
    public var blockedOnly = false
    public var patient: String?

    public init(direction: RecordsDirection? = nil, overdueOnly: Bool = false, blockedOnly: Bool = false, patient: String? = nil) {
      self.direction = direction
      self.overdueOnly = overdueOnly
      self.blockedOnly = blockedOnly
      self.patient = patient
    }
  }

  /// The due date of a request and the rule that set it.
  public static func due(_ r: RecordsRequest, rules: EffectiveRules) -> (date: LocalDate, rule: String) {
    let requested = LocalDate(r.requestedOn)!
    let given = r.dueOn.flatMap(LocalDate.init)
    switch (r.direction, r.party) {
    case (.incoming, .patient):
      let id = "records.request.response"
      let legal = requested.adding(days: rules.int(id, "response_days"))
      return (min(given ?? legal, legal), id)
    case (.incoming, _):
      let id = "records.request.third_party"
      return (given ?? requested.adding(days: rules.int(id, "response_days")), id)
    case (.outgoing, _):
      let id = IntakeCheck.followUpRule
      return (given ?? requested.adding(days: rules.int(id, "after_days")), id)
    }
  }

  /// Why releasing is blocked, or nil.
  public static func blockReason(_ r: RecordsRequest, rules: EffectiveRules, asOf: LocalDate) -> String? {
    let id = "records.request.authorization"
    guard r.direction == .incoming, rules.strings(id, "parties").contains(r.party.rawValue) else { return nil }
    if let on = r.hipaaAuthorizationOn.flatMap(LocalDate.init), on <= asOf { return nil }
    return "blocked: no HIPAA authorization on file for the \(r.party.rawValue) [\(id)]"
  }

  public static func status(_ r: RecordsRequest, rules: EffectiveRules, asOf: LocalDate) -> RecordsStatus {
    let (dueOn, rule) = due(r, rules: rules)
    let left = asOf.days(to: dueOn)
    let block = blockReason(r, rules: rules, asOf: asOf)
    var parts: [String] = []
    if let block { parts.append(block) }
    let when = left < 0 ? "overdue by \(-left) days" : left == 0 ? "due today" : "due in \(left) days"
    if r.direction == .outgoing {
      let waited = (LocalDate(r.requestedOn) ?? asOf).days(to: asOf)
      parts.append((left < 0 ? "follow up with the provider" : "waiting for the provider") + ": requested \(waited) days ago [\(rule)]")
    } else {
      parts.append("\(when) [\(rule)]")
    }
    return RecordsStatus(
      requestId: r.id, patientId: r.patientId, direction: r.direction, party: r.party, purpose: r.purpose,
      requestedOn: r.requestedOn, dueOn: dueOn.description, overdue: left < 0, daysLeft: left, blocked: block != nil,
      reason: parts.joined(separator: "; "), rule: block != nil ? "records.request.authorization" : rule, feeCents: r.feeCents)
  }

  /// Open requests, overdue and due-soon first (by due date, then id).
  public static func rows(_ requests: [RecordsRequest], options: Options, rules: EffectiveRules, asOf: AsOf) -> [RecordsStatus] {
    requests.filter {
      $0.status == .open && (options.direction == nil || $0.direction == options.direction)
        && (options.patient == nil || $0.patientId == options.patient)
    }
    .map { status($0, rules: rules, asOf: asOf.date) }
    .filter { (!options.overdueOnly || $0.overdue) && (!options.blockedOnly || $0.blocked) }
    .sorted { ($0.dueOn, $0.requestId) < ($1.dueOn, $1.requestId) }
  }
}
