/// A record a criterion relied on.
public struct EvidenceRef: Sendable, Hashable {
  public let kind: RecordKind
  public let id: String
  public init(_ kind: RecordKind, _ id: String) {
    self.kind = kind
    self.id = id
  }
  public var json: JSONValue { .object(JSONObject([("kind", .string(kind.rawValue)), ("id", .string(id))])) }
}

/// One criterion's verdict: met (severity nil) or a finding of the given severity.
public struct CriterionResult: Sendable, Hashable {
  public let rule: String
  public let source: String
  public let severity: Severity?
  public let message: String
  public let evidence: [EvidenceRef]

  public var met: Bool { severity == nil }
}

/// What the paperwork shows for one request: never a clinical decision.
public struct ReadinessReport: Sendable {
  public let authId: String
  public let requirement: PARequirement
  public let results: [CriterionResult]

  public var blocking: Int { results.filter { $0.severity == .block }.count }
  public var warnings: Int { results.filter { $0.severity == .warn }.count }
  public var ready: Bool { blocking == 0 }
  public var met: [CriterionResult] { results.filter(\.met) }

  /// One `finding` per failed, warned or informational criterion, ids derived from the
  /// auth and the rule (`A1-esi.first`, then `-2`...).
  public func findings() -> [Finding] {
    var seen: [String: Int] = [:]
    return results.compactMap { r in
      guard let sev = r.severity else { return nil }
      let n = (seen[r.rule] ?? 0) + 1
      seen[r.rule] = n
      return Finding(
        id: "\(authId)-\(r.rule)" + (n > 1 ? "-\(n)" : ""), subjectKind: .auth, subjectId: authId, rule: r.rule,
        source: r.source, severity: sev, message: r.message,
        evidence: r.evidence.isEmpty ? nil : .array(r.evidence.map(\.json)))
    }
  }

  public func readiness() -> Readiness {
    Readiness(
      id: "\(authId)-readiness", authId: authId, ready: ready, paRequired: requirement.required, blocking: blocking,
      warnings: warnings)
  }
}
