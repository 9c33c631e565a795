/// An eligibility response saved from a clearinghouse as JSON (our own small shape, a
/// summary of an X12 271; documented in coverage-check(1)):
///
///     {"coverage_id": "P0001-cov-1",            // or payer_id + member_id
///      "checked_on": "2026-11-28",               // date of the response (required)
///      "active": true,                           // EB01 1-5 active, 6-8 inactive (required)
///      "plan_begin": "2026-01-01", "plan_end": "2026-12-31",   // DTP 346/347 (optional)
///      "authorization_required": [{"cpt": "64483", "required": true}],  // EB11 (optional)
///      "trace": "TRN-0001"}                      // TRN02 (optional)
///
/// Unknown fields are ignored.
public struct EligibilityResponse: Sendable, Equatable {
  public var coverageId: String?
  public var payerId: String?
  public var memberId: String?
  public var eligibility: Eligibility

  /// Reads one response; a missing or mistyped field is a data error naming `place`.
  public init(_ o: JSONObject, place: String) throws(ToolkitError) {
    func fail(_ what: String) -> ToolkitError { ToolkitError(.dataError, "\(place): eligibility response: \(what)") }
    coverageId = o.string("coverage_id")
    payerId = o.string("payer_id")
    memberId = o.string("member_id")
    if coverageId == nil && (payerId == nil || memberId == nil) { throw fail("name coverage_id, or payer_id and member_id") }
    guard let checked = o.string("checked_on"), LocalDate(checked) != nil else { throw fail("'checked_on' must be a date (YYYY-MM-DD)") }
    guard let active = o["active"]?.boolValue else { throw fail("'active' must be true or false") }
    for key in ["plan_begin", "plan_end"] {
      if let v = o[key], v.stringValue.flatMap(LocalDate.init) == nil { throw fail("'\(key)' must be a date (YYYY-MM-DD)") }
    }
    var cpts: [String]?
    if let list = o["authorization_required"] {
      guard let items = list.arrayValue else { throw fail("'authorization_required' must be a list") }
      cpts = []
      for item in items {
        guard let cpt = item["cpt"]?.stringValue, let req = item["required"]?.boolValue else {
          throw fail("each 'authorization_required' entry needs 'cpt' and 'required'")
        }
        if req { cpts!.append(cpt) }
      }
    }
    eligibility = Eligibility(
      active: active, checkedOn: checked, planBegin: o.string("plan_begin"), planEnd: o.string("plan_end"),
      authRequiredCpts: cpts.map { Array(Set($0)).sorted() }, trace: o.string("trace"))
  }

  /// The coverage the response answers.
  public func coverage(in coverages: [JSONObject]) -> JSONObject? {
    if let coverageId { return coverages.first { $0.string("id") == coverageId } }
    return coverages.first { $0.string("payer_id") == payerId && $0.string("member_id") == memberId }
  }
}
