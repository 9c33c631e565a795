/// `records-track send` and `close`: what was released (documents by id with their
/// SHA-256) and when, and the closing of a request, as updates of the request record, so
/// the ledger's events keep the history. Sending the same documents on the same date
/// again changes nothing; a request blocked for want of a HIPAA authorization is refused
/// (45 CFR 164.508) unless the authorization's date is given.
public enum RecordsRelease {
  public static func send(
    _ request: JSONObject, documents: [Document], on date: LocalDate, authorizedOn: LocalDate?,
    rules: EffectiveRules, asOf: LocalDate
  ) throws(ToolkitError) -> JSONObject {
    let decoder = JSONValueDecoder()
    let id = request.string("id") ?? "?"
    var o = request
    if let authorizedOn { o["hipaa_authorization_on"] = .string(authorizedOn.description) }
    let r: RecordsRequest
    do { r = try decoder.decode(RecordsRequest.self, from: o) } catch {
      throw ToolkitError(.dataError, "stored records_request '\(id)' does not match its kind; run 'paindesk verify'")
    }
    guard r.direction == .incoming else {
      throw ToolkitError(.dataError, "records_request '\(id)' is outgoing: nothing to send; close it when the records arrive")
    }
    guard r.status == .open || r.status == .sent else {
      throw ToolkitError(.dataError, "records_request '\(id)' is \(r.status.rawValue): nothing to send")
    }
    if RecordsTrack.blockReason(r, rules: rules, asOf: max(asOf, date)) != nil {
      throw ToolkitError(
        .dataError, "records_request '\(id)' is blocked: no HIPAA authorization on file for the \(r.party.rawValue); give --authorized-on DATE once it is")
    }
    for d in documents where d.patientId != r.patientId {
      throw ToolkitError(.dataError, "document '\(d.id)' is not of the patient of records_request '\(id)'")
    }
    var sent = r.sentDocuments ?? []
    for d in documents where !sent.contains(where: { $0.documentId == d.id && $0.sha256 == d.sha256 }) {
      sent.append(SentDocument(documentId: d.id, sha256: d.sha256))
    }
    o["status"] = "sent"
    o["sent_on"] = .string(date.description)
    o["sent_documents"] = .array(sent.map { .object(JSONObject([("document_id", .string($0.documentId)), ("sha256", .string($0.sha256))])) })
    return o
  }

  /// The request closed on `date`; a closed request is returned as it is.
  public static func close(_ request: JSONObject, on date: LocalDate) -> JSONObject {
    if request.string("status") == "closed" { return request }
    var o = request
    o["status"] = "closed"
    o["closed_on"] = .string(date.description)
    return o
  }

  /// `send` of the stored request `id` with the stored documents `documents`, read and
  /// stored in one transaction (`RecordImporter.update`).
  public static func recordSending(
    request id: String, documents: [String], on date: LocalDate, authorizedOn: LocalDate?, rules: EffectiveRules,
    asOf: LocalDate, importer: RecordImporter
  ) throws(ToolkitError) -> (records: [JSONObject], summary: ImportSummary) {
    try importer.update(source: "flags") { stored throws(ToolkitError) in
      let request = try stored.byId(of: .recordsRequest, ids: [(id, nil)])[id]!
      let found = try stored.byId(of: .document, ids: documents.map { ($0, nil) })
      let docs = try Ledger.decodeAll(documents.compactMap { found[$0] }, as: Document.self)
      return [try send(request, documents: docs, on: date, authorizedOn: authorizedOn, rules: rules, asOf: asOf)]
    }
  }

  /// `close` of the stored requests `ids` on `date`, in one transaction.
  public static func recordClosing(
    _ ids: [StoredRecordChange<Void>], on date: LocalDate, importer: RecordImporter, source: String
  ) throws(ToolkitError) -> (records: [JSONObject], summary: ImportSummary) {
    try importer.change(.recordsRequest, ids, source: source) { _, request in close(request, on: date) }
  }
}
