/// The public rules PainDesk ships as defaults, one row per rule of domain.md
/// ("Defaults to ship" and the sections it cites), with its source and confidence
/// exactly as domain.md tags them. A clinic overrides any parameter in its config
/// (design.md §4); ids are stable because findings and configs name them.
public enum ShippedRules {
  public static let all: [RuleDefinition] = procedures + priorAuthorization + appeals + controlledSubstances
    + clinicProtocol + recall + backOffice

  /// `all` by id.
  public static let byId: [String: RuleDefinition] = {
    var d: [String: RuleDefinition] = [:]
    for r in all {
      precondition(d[r.id] == nil, "duplicate shipped rule id \(r.id)")
      d[r.id] = r
    }
    return d
  }()

  public static func rule(_ id: String) -> RuleDefinition? { byId[id] }

  /// A parameters literal.
  static func p(_ v: JSONValue) -> JSONObject { v.objectValue ?? JSONObject() }
}
