/// `coverage-check verify`: a verification as an update of the coverage record (design.md
/// §3: the whole record replaces the old one, so the ledger keeps who verified, when and
/// how as an event). Unknown fields of the stored record are kept.
public enum CoverageVerify {
  /// A verification by portal, phone or 271 on a date, by a person.
  public static func apply(
    to coverage: JSONObject, on date: LocalDate, via: VerificationChannel, by: String, eligibility: Eligibility? = nil
  ) -> JSONObject {
    var o = coverage
    o["verified_on"] = .string(date.description)
    o["verified_by"] = .string(by)
    o["verified_via"] = .string(via.rawValue)
    if let e = eligibility {
      var j = JSONObject([("active", .bool(e.active)), ("checked_on", .string(e.checkedOn))])
      if let v = e.planBegin { j["plan_begin"] = .string(v) }
      if let v = e.planEnd { j["plan_end"] = .string(v) }
      if let v = e.authRequiredCpts { j["auth_required_cpts"] = .array(v.map { .string($0) }) }
      if let v = e.trace { j["trace"] = .string(v) }
      o["eligibility"] = .object(j)
    }
    return o
  }

  /// A saved eligibility response, applied to its coverage (x12_271 on its date).
  public static func apply(_ r: EligibilityResponse, to coverage: JSONObject, by: String) -> JSONObject {
    apply(to: coverage, on: LocalDate(r.eligibility.checkedOn)!, via: .x12, by: by, eligibility: r.eligibility)
  }

  /// Saved eligibility responses (each with its `file:line`) applied to the coverages they
  /// answer and stored, in one transaction (`RecordImporter.update`); several responses
  /// for one coverage apply in order. A response that names no stored coverage is a data
  /// error naming its place. Returns the coverages in the order first answered.
  public static func record(
    _ responses: [(EligibilityResponse, String)], by: String, importer: RecordImporter, source: String
  ) throws(ToolkitError) -> (records: [JSONObject], summary: ImportSummary) {
    try importer.update(source: source) { stored throws(ToolkitError) in
      guard !responses.isEmpty else { return [] }
      let coverages = try stored.all(of: .coverage)
      var out: [JSONObject] = []
      var byId: [String: Int] = [:]
      for (r, place) in responses {
        guard let c = r.coverage(in: coverages), let id = c.string("id") else {
          throw ToolkitError(.dataError, "\(place): the response names no coverage in the ledger")
        }
        let next = apply(r, to: byId[id].map { out[$0] } ?? c, by: by)
        if let k = byId[id] { out[k] = next } else {
          byId[id] = out.count
          out.append(next)
        }
      }
      return out
    }
  }
}
