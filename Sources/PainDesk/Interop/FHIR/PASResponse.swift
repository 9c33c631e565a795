/// Reads a Da Vinci PAS ClaimResponse bundle into status changes: the review action
/// (X12 HCR01: A1 approved, A2 partial, A3 denied, A4 pended, A6 modified, C cancelled)
/// once for the response or per item, `preAuthRef` as the auth number, and
/// `preAuthPeriod` (or an item's authorized period) as the validity window.
public enum PASResponse {
  public struct Decoded: Sendable {
    /// The auth id the response names (Claim identifier, request identifier, Claim id).
    public var candidates: [String]
    public var change: StatusChange
  }

  static func ext(_ o: JSONObject, _ suffix: String) -> JSONObject? {
    (o["extension"]?.arrayValue ?? []).compactMap(\.objectValue).first { ($0.string("url") ?? "").hasSuffix(suffix) }
  }

  /// A code from an extension: valueString, valueCode, valueCodeableConcept, or a nested
  /// `code` extension.
  static func code(_ e: JSONObject?) -> String? {
    guard let e else { return nil }
    if let s = e.string("valueString") ?? e.string("valueCode") { return s }
    if let c = e["valueCodeableConcept"]?.objectValue?["coding"]?.arrayValue?.first?.objectValue?.string("code") { return c }
    if let nested = ext(e, "code") { return code(nested) }
    return nil
  }

  static func period(_ v: JSONValue?) -> (String?, String?) {
    guard let p = v?.objectValue else { return (nil, nil) }
    return (p.string("start").map { String($0.prefix(10)) }, p.string("end").map { String($0.prefix(10)) })
  }

  public static func outcome(_ hcr01: String) -> ItemOutcome? {
    switch hcr01 {
    case "A1": return .approved
    case "A2": return .partial
    case "A3": return .denied
    case "A4": return .pended
    case "A6": return .modified
    default: return nil
    }
  }

  public static func status(_ hcr01: String) -> AuthStatus? {
    switch hcr01 {
    case "A1": return .approved
    case "A2": return .partial
    case "A3": return .denied
    case "A4": return .pended
    case "A6": return .modified
    case "C": return .cancelled
    default: return nil
    }
  }

  public static func decode(_ bundle: JSONValue, file: String) throws(ToolkitError) -> Decoded {
    guard let b = bundle.objectValue else { throw ToolkitError(.dataError, "\(file): not a JSON object") }
    let resources: [JSONObject]
    if b.string("resourceType") == "Bundle" {
      resources = (b["entry"]?.arrayValue ?? []).compactMap { $0.objectValue?["resource"]?.objectValue }
    } else {
      resources = [b]
    }
    guard let cr = resources.first(where: { $0.string("resourceType") == "ClaimResponse" }) else {
      throw ToolkitError(.dataError, "\(file): no ClaimResponse in the bundle")
    }
    var candidates: [String] = []
    for r in resources where r.string("resourceType") == "Claim" {
      for i in r["identifier"]?.arrayValue ?? [] { if let v = i.objectValue?.string("value") { candidates.append(v) } }
      if let id = r.string("id") { candidates.append(id) }
    }
    for i in cr["identifier"]?.arrayValue ?? [] { if let v = i.objectValue?.string("value") { candidates.append(v) } }
    if let reqRef = cr["request"]?.objectValue {
      if let v = reqRef["identifier"]?.objectValue?.string("value") { candidates.append(v) }
      if let r = reqRef.string("reference") {
        if let q = r.range(of: "identifier=") {
          candidates.append(String(r[q.upperBound...].prefix { $0 != "&" }))
        } else if r.hasPrefix("Claim/") {
          candidates.append(String(r.dropFirst(6)))
        }
      }
    }
    var change = StatusChange(authId: candidates.first ?? "")
    let top = code(ext(cr, "reviewAction"))
    change.authNumber = cr.string("preAuthRef")
    (change.validFrom, change.validTo) = period(cr["preAuthPeriod"])
    if let created = cr.string("created"), let i = Instant(created) {
      change.decidedAt = i.description
    }
    for item in (cr["item"]?.arrayValue ?? []).compactMap(\.objectValue) {
      guard let seq = item["itemSequence"]?.intValue else { continue }
      let adj = (item["adjudication"]?.arrayValue ?? []).compactMap(\.objectValue)
      let action = code(ext(item, "reviewAction")) ?? adj.lazy.compactMap { code(ext($0, "reviewAction")) }.first
      guard let action, let oc = outcome(action) else { continue }
      var units: Int?
      if let q = ext(item, "AuthorizedQuantity")?["valueQuantity"]?.objectValue?["value"] ?? ext(item, "authorizedQuantity")?["valueQuantity"]?.objectValue?["value"] {
        units = NumericRange.units.number(q).map { Int($0.rounded(.towardZero)) }
      } else if let v = adj.first(where: { $0["value"] != nil })?["value"] {
        units = NumericRange.units.number(v).map { Int($0.rounded(.towardZero)) }
      }
      change.items.append(.init(seq: Int(seq), outcome: oc, approvedUnits: units))
      if change.validFrom == nil {
        let p = period(ext(item, "PreAuthPeriod")?["valuePeriod"] ?? ext(item, "AuthorizedDate")?["valuePeriod"] ?? ext(item, "authorizedDate")?["valuePeriod"])
        if p.0 != nil || p.1 != nil { (change.validFrom, change.validTo) = p }
      }
    }
    if let top { change.status = status(top) }
    if change.status == nil { change.status = StatusChange.overall(change.items.map(\.outcome)) }
    guard change.status != nil else {
      throw ToolkitError(.dataError, "\(file): the ClaimResponse carries no review action (extension-reviewAction)")
    }
    if change.status == .denied {
      let reason = code(ext(cr, "reviewActionReason")).map { "PAS review action reason \($0)" } ?? cr.string("disposition") ?? "denied by the payer"
      change.denial = DenialInfo(carc: nil, rarc: nil, hcr01: top ?? "A3", reason: reason)
    }
    if change.status == .pended, let d = cr.string("disposition") { change.requestedItems = [d] }
    return Decoded(candidates: candidates, change: change)
  }
}
