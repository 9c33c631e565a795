/// `Auth` from a parsed record by hand: `pa-submit` decodes every draft, and the generic
/// `JSONValueDecoder` (a container, a key lookup and a dynamic cast per field) was about a
/// seventh of `--check`'s time over 10,000 drafts. One pass over the members (sorted by
/// key), with `StrictMember`'s rules, the decoder's; nil when a member is not what the
/// decoder wants, so the caller falls back to the decoder for its error (tested: the same
/// value as the decoder's, or nil).
extension Auth {
  public init?(record o: JSONObject) {
    do throws(StrictMember.Mismatch) {
      try self.init(strict: o)
    } catch {
      return nil
    }
  }

  private init(strict o: JSONObject) throws(StrictMember.Mismatch) {
    typealias M = StrictMember
    var kind: RecordKind?
    var id: String?
    var patientId: String?
    var payerId: String?
    var providerId: String?
    var items: [AuthItem]?
    var icd10: [String]?
    var urgency: Urgency?
    var status: AuthStatus?
    var denial: DenialInfo?
    var coverageId, caseId, serviceDate, locationId, placeOfService: String?
    var channel: SubmissionChannel?
    var reference, submittedAt, decidedAt, authNumber, validFrom, validTo, reauthOf: String?
    var requestedItems, documentIds: [String]?
    for (key, v) in o {
      switch key {
      case "kind": kind = try M.value(v, RecordKind.self)
      case "id": id = try M.string(v)
      case "patient_id": patientId = try M.string(v)
      case "payer_id": payerId = try M.string(v)
      case "provider_id": providerId = try M.string(v)
      case "items":
        guard case .array(let list) = v else { throw M.Mismatch() }
        var out: [AuthItem] = []
        out.reserveCapacity(list.count)
        for item in list { out.append(try AuthItem(strict: try M.object(item))) }
        items = out
      case "icd10": icd10 = try M.strings(v)
      case "urgency": urgency = try M.value(v, Urgency.self)
      case "status": status = try M.value(v, AuthStatus.self)
      case "denial": denial = v == .null ? nil : try DenialInfo(strict: try M.object(v))
      case "coverage_id": coverageId = try M.optionalString(v)
      case "case_id": caseId = try M.optionalString(v)
      case "service_date": serviceDate = try M.optionalString(v)
      case "location_id": locationId = try M.optionalString(v)
      case "place_of_service": placeOfService = try M.optionalString(v)
      case "channel": channel = try M.optionalValue(v, SubmissionChannel.self)
      case "reference": reference = try M.optionalString(v)
      case "submitted_at": submittedAt = try M.optionalString(v)
      case "decided_at": decidedAt = try M.optionalString(v)
      case "auth_number": authNumber = try M.optionalString(v)
      case "valid_from": validFrom = try M.optionalString(v)
      case "valid_to": validTo = try M.optionalString(v)
      case "requested_items": requestedItems = try M.optionalStrings(v)
      case "reauth_of": reauthOf = try M.optionalString(v)
      case "document_ids": documentIds = try M.optionalStrings(v)
      default: continue
      }
    }
    guard let kind, let id, let patientId, let payerId, let providerId, let items, let icd10, let urgency, let status
    else { throw M.Mismatch() }
    self.init(
      kind: kind, id: id, patientId: patientId, payerId: payerId, coverageId: coverageId, caseId: caseId,
      providerId: providerId, items: items, icd10: icd10, urgency: urgency, serviceDate: serviceDate,
      locationId: locationId, placeOfService: placeOfService, status: status, channel: channel, reference: reference,
      submittedAt: submittedAt, decidedAt: decidedAt, authNumber: authNumber, validFrom: validFrom, validTo: validTo,
      requestedItems: requestedItems, reauthOf: reauthOf, documentIds: documentIds, denial: denial)
  }
}

extension AuthItem {
  fileprivate init(strict o: JSONObject) throws(StrictMember.Mismatch) {
    typealias M = StrictMember
    self.init(
      seq: try M.int(o["seq"]), cpt: try M.string(o["cpt"]), units: try M.int(o["units"]),
      region: try M.optionalValue(o["region"], SpinalRegion.self), side: try M.optionalValue(o["side"], Side.self),
      levels: try M.optionalStrings(o["levels"]), outcome: try M.optionalValue(o["outcome"], ItemOutcome.self),
      approvedUnits: try M.optionalInt(o["approved_units"]), unitsUsed: try M.optionalInt(o["units_used"]))
  }
}

extension DenialInfo {
  fileprivate init(strict o: JSONObject) throws(StrictMember.Mismatch) {
    typealias M = StrictMember
    self.init(
      carc: try M.optionalString(o["carc"]), rarc: try M.optionalStrings(o["rarc"]), hcr01: try M.optionalString(o["hcr01"]),
      reason: try M.string(o["reason"]))
  }
}
