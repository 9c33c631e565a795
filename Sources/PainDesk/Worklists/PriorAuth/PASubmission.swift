import Crypto
import Foundation

/// One request on its way to the payer: the draft as it came (unknown fields kept), its
/// typed view, the records around it, and what the paperwork shows.
public struct PARequest: Sendable {
  public var record: JSONObject
  public var auth: Auth
  public var payer: Payer?
  public var location: Location?
  public var evidence: PatientEvidence
  public var report: ReadinessReport
}

/// `pa-submit`: readiness of draft auths, and their submission as events.
public enum PASubmission {
  /// Decodes drafts, loads their evidence in one pass per kind, and checks each. With
  /// `readinessOnly` (`pa-submit --check`) only what the criteria read is loaded: not the
  /// patients' earlier auths (only the submission's `reauth_of` uses them), nor their
  /// documents (only packets and bundles list them), and a patient's record only when the
  /// request's state comes from it (no location or payer state).
  public static func prepare(
    drafts: [(record: JSONObject, where: String)], ledger: Ledger, rules: EffectiveRules, asOf: AsOf, readinessOnly: Bool = false
  ) throws(ToolkitError) -> [PARequest] {
    let decoder = JSONValueDecoder()
    var typed: [(JSONObject, Auth)] = []
    for (o, place) in drafts {
      guard o.string("kind") == "auth" else {
        throw ToolkitError(.dataError, "\(place): expected kind 'auth'; this record is another kind or has none")
      }
      let issues = RecordValidator.validate(o)
      if let first = issues.first {
        throw ToolkitError(.dataError, "\(place): auth '\(o.string("id") ?? "?")': \(first.message)")
      }
      // By hand first (Auth(record:)); the decoder for what that does not take, and its error.
      if let auth = Auth(record: o) {
        typed.append((o, auth))
        continue
      }
      do { typed.append((o, try decoder.decode(Auth.self, from: o))) } catch {
        throw ToolkitError(.dataError, "\(place): auth '\(o.string("id") ?? "?")' does not match the auth kind")
      }
    }
    try checkReferences(drafts: drafts, ledger: ledger)
    let payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    let locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
    let patientRecords = readinessOnly
      ? typed.filter { PAContext.state(location: $0.1.locationId.flatMap { locations[$0] }, payer: payers[$0.1.payerId], patient: nil) == nil }
        .map(\.1.patientId)
      : nil
    let evidence = try ledger.evidence(patientIds: typed.map(\.1.patientId), auths: !readinessOnly, documents: !readinessOnly, patients: patientRecords)
    let evaluator = ReadinessEvaluator(rules: rules)
    return typed.map { o, a in
      let ev = evidence[a.patientId] ?? PatientEvidence()
      let payer = payers[a.payerId]
      let loc = a.locationId.flatMap { locations[$0] }
      let report = evaluator.evaluate(auth: a, intent: o.string("intent"), evidence: ev, payer: payer, location: loc, asOf: asOf.date)
      return PARequest(record: o, auth: a, payer: payer, location: loc, evidence: ev, report: report)
    }
  }

  /// Every id a draft names (payer, patient, provider, location, coverage...) must be in
  /// the ledger, or be another draft of the batch: 65 naming the field otherwise, in every
  /// mode, so that `--check` never answers for a payer or patient it does not know.
  static func checkReferences(drafts: [(record: JSONObject, where: String)], ledger: Ledger) throws(ToolkitError) {
    let batch = Set(drafts.compactMap { $0.record.string("id") })
    var known: [RecordKind: Set<String>] = [:]
    for (o, place) in drafts {
      for ref in RecordSpecs.references(of: o) {
        if ref.kind == .auth && batch.contains(ref.id) { continue }
        let ids: Set<String>
        if let cached = known[ref.kind] { ids = cached } else { ids = try ledger.ids(of: ref.kind) }
        known[ref.kind] = ids
        guard ids.contains(ref.id) else {
          throw ToolkitError(
            .dataError,
            "\(place): auth '\(o.string("id") ?? "?")': '\(ref.field)' names \(ref.kind.rawValue) '\(ref.id)', which is not in the ledger; import it first or fix the id")
        }
      }
    }
  }

  /// The submitted record: status, submitted_at, channel, reference, `reauth_of` for a
  /// repeat of an earlier approved auth of the same family and region, and with `force`
  /// the reason it went out despite blocking findings.
  public static func submitted(
    _ r: PARequest, at: Instant, channel: String?, reference: String?, forceReason: String?
  ) -> JSONObject {
    var o = r.record
    o["status"] = "submitted"
    o["submitted_at"] = .string(at.description)
    if let c = channel ?? r.record.string("channel") ?? r.payer?.submissionChannel?.rawValue { o["channel"] = .string(c) }
    if let ref = reference { o["reference"] = .string(ref) }
    if let forceReason, !r.report.ready {
      o["force_reason"] = .string(forceReason)
      o["forced_blocking"] = .int(Int64(r.report.blocking))
    }
    if o["reauth_of"] == nil, let prior = earlierApproved(r) { o["reauth_of"] = .string(prior) }
    return o
  }

  /// The latest approved auth of the patient for the same family and region.
  static func earlierApproved(_ r: PARequest) -> String? {
    func key(_ a: Auth) -> Set<String> {
      Set(a.items.compactMap { i in
        ProcedureCatalog.entry(i.cpt).map { "\($0.family.rawValue)/\((i.region?.frequencyRegion ?? $0.region)?.rawValue ?? "-")" }
      })
    }
    let mine = key(r.auth)
    let approved: Set<AuthStatus> = [.approved, .partial, .modified, .expired]
    return r.evidence.auths.filter { $0.id != r.auth.id && approved.contains($0.status) && !key($0).isDisjoint(with: mine) }
      .max { ($0.decidedAt ?? $0.submittedAt ?? "") < ($1.decidedAt ?? $1.submittedAt ?? "") }?.id
  }

  /// The folder name of a request's packet: 65 for an id that is not one path component.
  /// Checked before anything is recorded, so a bad id writes nothing at all.
  @discardableResult
  public static func packetFolderName(_ r: PARequest) throws(ToolkitError) -> String {
    try PathComponent.checked(PASRequestBundle.fhirID(r.auth.id), kind: "auth", id: r.auth.id)
  }

  /// Writes the packet of one request into `dir/<auth id>/`: cover.txt, cover.html,
  /// documents.tsv (attached documents with SHA-256, their files read under `documentRoot`,
  /// the ledger's folder) and request.json; every file with the
  /// ledger's sharing (0600, or 0660 for a group ledger), each written whole or not at all.
  public static func writePacket(
    _ r: PARequest, submitted: JSONObject, into dir: String, documentRoot: String, sharing: FileSharing
  ) throws(ToolkitError) -> [String] {
    let folder = PathText.join(dir, try packetFolderName(r))
    try ProtectedFolder.ensure(folder, sharing: sharing)
    let met = r.report.met
    let open = r.report.results.filter { !$0.met }
    var text = "PRIOR AUTHORIZATION REQUEST \(r.auth.id)\n"
    text += "Patient: \(r.auth.patientId)   Payer: \(r.auth.payerId)   Provider: \(r.auth.providerId)\n"
    text += "Service date: \(r.auth.serviceDate ?? "-")   Urgency: \(r.auth.urgency.rawValue)   PA required: \(r.report.requirement.required ? "yes" : "no") (\(r.report.requirement.rule))\n"
    text += "Diagnoses: \(r.auth.icd10.joined(separator: ", "))\n\nLines:\n"
    for i in r.auth.items {
      text += "  \(i.seq). \(i.cpt) x\(i.units)  \(ProcedureCatalog.entry(i.cpt)?.label ?? "")\(i.region.map { "  \($0.rawValue)" } ?? "")\(i.levels.map { "  " + $0.joined(separator: ",") } ?? "")\n"
    }
    text += "\nCriteria met:\n"
    for m in met {
      text += "  [\(m.rule), \(m.source)] \(m.message)\(m.evidence.isEmpty ? "" : "  evidence: " + m.evidence.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", "))\n"
    }
    if !open.isEmpty {
      text += "\nOpen findings:\n"
      for f in open { text += "  \(f.severity!.rawValue.uppercased()) [\(f.rule), \(f.source)] \(f.message)\n" }
    }
    var html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>PA \(esc(r.auth.id))</title></head><body>\n"
    html += "<h1>Prior authorization request \(esc(r.auth.id))</h1>\n<p>Patient \(esc(r.auth.patientId)), payer \(esc(r.auth.payerId)), service date \(esc(r.auth.serviceDate ?? "-"))</p>\n"
    html += "<h2>Criteria met</h2>\n<table>\n<tr><th>Rule</th><th>Source</th><th>Finding</th><th>Evidence</th></tr>\n"
    for m in met {
      html += "<tr><td>\(esc(m.rule))</td><td>\(esc(m.source))</td><td>\(esc(m.message))</td><td>\(esc(m.evidence.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", ")))</td></tr>\n"
    }
    html += "</table>\n"
    if !open.isEmpty {
      html += "<h2>Open findings</h2>\n<ul>\n"
      for f in open { html += "<li>\(esc(f.severity!.rawValue)): \(esc(f.message)) (\(esc(f.rule)), \(esc(f.source)))</li>\n" }
      html += "</ul>\n"
    }
    html += "</body></html>\n"
    var index = "document_id\ttype\tdate\tsha256\tpath\tstatus\n"
    let docs = Dictionary(r.evidence.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for id in r.auth.documentIds ?? [] {
      guard let d = docs[id] else {
        index += "\(id)\t-\t-\t-\t-\tnot in the ledger\n"
        continue
      }
      var sha = d.sha256
      var status = "recorded hash (file not found)"
      switch DocumentStore.resolve(d.path, root: documentRoot) {
      case .file(let real):
        if let data = FileManager.default.contents(atPath: real) {
          sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
          status = sha == d.sha256 ? "verified" : "hash differs from the ledger"
        }
      case .missing: break
      case .outside: status = "recorded hash (path outside the ledger's folder, not read)"
      }
      index += "\(d.id)\t\(d.type.rawValue)\t\(d.date)\t\(sha)\t\(d.path)\t\(status)\n"
    }
    let request = String(decoding: JSONWriter.canonicalBytes(.object(submitted)), as: UTF8.self) + "\n"
    var written: [String] = []
    for (name, body) in [("cover.txt", text), ("cover.html", html), ("documents.tsv", index), ("request.json", request)] {
      let path = PathText.join(folder, name)
      try ProtectedFile.write(Array(body.utf8), to: path, sharing: sharing)
      written.append(path)
    }
    return written
  }

  static func esc(_ s: String) -> String {
    HTMLText.escape(s)
  }
}
