import Crypto
import Foundation

/// What one denial's packet is made of: the triage, the denied request (the auth, or
/// one built from the claim's lines), the patient's evidence, the readiness report of
/// pa-submit's rules engine on that request, and what the ledger lacks.
public struct AppealPacketInput: Sendable {
  public var appeal: AppealCase
  public var request: Auth?
  public var evidence: PatientEvidence?
  public var report: ReadinessReport?
  public var missing: [String]

  public init(appeal: AppealCase, request: Auth?, evidence: PatientEvidence?, report: ReadinessReport?, missing: [String]) {
    self.appeal = appeal
    self.request = request
    self.evidence = evidence
    self.report = report
    self.missing = missing
  }
}

/// A packet on disk and what did not fit the portal.
public struct AppealPacketResult: Sendable {
  public let folder: String
  public let files: [String]
  public let portalProblems: [String]
  public let notes: [String]
}

/// Writes one folder per denial (0700 and files 0600, or the group's 2770 and 0660):
/// letter.txt and letter.html (and letter.pdf when a PDF tool is on PATH), exhibits.txt, the documents under exhibits/,
/// manifest.tsv (SHA-256 of every file), p2p-prep.txt, portal-check.tsv, appeal.ndjson,
/// and notes.txt (what is missing, what was skipped). The folder is built under a
/// temporary name and renamed into place, so a failure leaves nothing half-written and
/// a rerun replaces the packet.
public struct AppealPacketWriter: Sendable {
  public var templatesFolder: String?
  /// Document paths are taken from this folder (the ledger's, `DocumentStore.root`) and
  /// must resolve inside it.
  public var documentRoot: String
  public var limits: PortalLimits
  public var asOf: LocalDate
  /// Whether to look for a PDF tool (chromium, wkhtmltopdf) on PATH.
  public var pdf: Bool
  public var environment: [String: String]
  /// The ledger's sharing: folders 0700 and files 0600, or 2770 and 0660 for a group.
  public var sharing: FileSharing

  public init(
    templatesFolder: String?, documentRoot: String, limits: PortalLimits, asOf: LocalDate, pdf: Bool = true,
    environment: [String: String] = [:], sharing: FileSharing = .owner
  ) {
    self.sharing = sharing
    self.templatesFolder = templatesFolder
    self.documentRoot = documentRoot
    self.limits = limits
    self.asOf = asOf
    self.pdf = pdf
    self.environment = environment
  }

  struct Exhibit {
    let number: Int
    let document: Document
    let data: Data
    let fileName: String
    let sha256: String
  }

  /// The folder name of a denial's packet.
  public static func folderName(_ denialId: String) -> String {
    String(denialId.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
  }

  public func write(_ p: AppealPacketInput, into out: String) throws(ToolkitError) -> AppealPacketResult {
    let d = p.appeal.denial
    var missing = p.missing
    // Documents first: a missing file stops this packet before anything is written.
    var exhibits: [Exhibit] = []
    let docs = Dictionary((p.evidence?.documents ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for id in exhibitIds(p) {
      guard let doc = docs[id] else {
        missing.append("document \(id): named by the request but not in the ledger")
        continue
      }
      let path: String
      switch DocumentStore.resolve(doc.path, root: documentRoot) {
      case .file(let real): path = real
      case .missing:
        throw ToolkitError(.noInput, "denial '\(d.id)': the file of document '\(doc.id)' is missing; no packet written for this denial")
      case .outside:
        throw ToolkitError(
          .dataError,
          "denial '\(d.id)': the 'path' of document '\(doc.id)' leaves the documents folder (absolute, '..' or a symlink out); not copied, no packet written for this denial")
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ToolkitError(.noInput, "denial '\(d.id)': the file of document '\(doc.id)' cannot be read; no packet written for this denial")
      }
      let ext = (doc.path as NSString).pathExtension
      let n = exhibits.count + 1
      let name = String(format: "%02d-", n) + AppealPacketWriter.folderName(doc.id) + (ext.isEmpty ? "" : "." + ext)
      exhibits.append(Exhibit(number: n, document: doc, data: data, fileName: name, sha256: Self.hex(data)))
    }
    let values = placeholderValues(p, exhibits: exhibits, missing: missing, html: false)
    let htmlValues = placeholderValues(p, exhibits: exhibits, missing: missing, html: true)
    let letter = try AppealTemplate.load(AppealTemplate.letterText, folder: templatesFolder).render(values)
    let html = try AppealTemplate.load(AppealTemplate.letterHTML, folder: templatesFolder).render(htmlValues)
    let prep = try AppealTemplate.load(AppealTemplate.peerToPeer, folder: templatesFolder).render(values)

    let fm = FileManager.default
    let finalName = try PathComponent.checked(AppealPacketWriter.folderName(d.id), kind: "denial", id: d.id)
    let final = (out as NSString).appendingPathComponent(finalName)
    let temp = (out as NSString).appendingPathComponent(".\(finalName).tmp-\(getpid())")
    try ProtectedFolder.ensure(out, sharing: sharing)
    try? fm.removeItem(atPath: temp)
    try ProtectedFolder.ensure(temp + "/exhibits", sharing: sharing)
    do {
      var notes: [String] = missing.map { "missing: \($0)" }
      var files: [(String, Data)] = [
        ("letter.txt", Data(letter.utf8)), ("letter.html", Data(html.utf8)), ("p2p-prep.txt", Data(prep.utf8)),
      ]
      var index = "exhibit\tdocument_id\ttype\tdate\tfile\n"
      for e in exhibits {
        index += "\(e.number)\t\(e.document.id)\t\(e.document.type.rawValue)\t\(e.document.date)\texhibits/\(e.fileName)\n"
        files.append(("exhibits/" + e.fileName, e.data))
      }
      files.append(("exhibits.txt", Data(index.utf8)))
      let records = p.appeal.printed.map { String(decoding: JSONWriter.canonicalBytes(.object($0)), as: UTF8.self) }
      files.append(("appeal.ndjson", Data((records.joined(separator: "\n") + "\n").utf8)))
      for (name, data) in files { try put(data, temp + "/" + name) }
      var uploads: [(name: String, bytes: Int)] = []
      if pdf, let tool = pdfTool() {
        if renderPDF(tool, html: temp + "/letter.html", pdf: temp + "/letter.pdf") {
          chmod(temp + "/letter.pdf", sharing.fileMode)
          uploads.append(("letter.pdf", (try? Data(contentsOf: URL(fileURLWithPath: temp + "/letter.pdf")).count) ?? 0))
        } else {
          notes.append("letter.pdf skipped: \((tool as NSString).lastPathComponent) failed; print letter.html")
        }
      } else {
        notes.append("letter.pdf skipped: no PDF tool (chromium, wkhtmltopdf) on PATH; print letter.html")
      }
      if uploads.isEmpty { uploads.append(("letter.html", html.utf8.count)) }
      uploads += exhibits.map { ("exhibits/" + $0.fileName, $0.data.count) }
      let check = limits.check(uploads)
      try put(Data(("check\tvalue\tlimit\tresult\n" + check.lines.joined(separator: "\n") + "\n").utf8), temp + "/portal-check.tsv")
      notes += check.problems.map { "portal: \($0)" }
      try put(Data((notes.isEmpty ? "nothing missing\n" : notes.joined(separator: "\n") + "\n").utf8), temp + "/notes.txt")
      var manifest = "file\tbytes\tsha256\tledger_sha256\tmatch\n"
      let ledgerSha = Dictionary(uniqueKeysWithValues: exhibits.map { ("exhibits/" + $0.fileName, $0.document.sha256) })
      let names = (try fm.subpathsOfDirectory(atPath: temp)).sorted()
      for name in names where name != "manifest.tsv" {
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: temp + "/" + name, isDirectory: &isDir), !isDir.boolValue,
          let data = fm.contents(atPath: temp + "/" + name)
        else { continue }
        let sha = Self.hex(data)
        let recorded = ledgerSha[name]
        manifest += "\(name)\t\(data.count)\t\(sha)\t\(recorded ?? "-")\t\(recorded.map { $0.lowercased() == sha ? "yes" : "no" } ?? "-")\n"
      }
      try put(Data(manifest.utf8), temp + "/manifest.tsv")
      // Swap into place: the old packet goes only once the new one is complete.
      let old = (out as NSString).appendingPathComponent(".\(finalName).old-\(getpid())")
      if fm.fileExists(atPath: final) { try fm.moveItem(atPath: final, toPath: old) }
      try fm.moveItem(atPath: temp, toPath: final)
      try? fm.removeItem(atPath: old)
      let written = try fm.subpathsOfDirectory(atPath: final).sorted()
      return AppealPacketResult(folder: final, files: written, portalProblems: check.problems, notes: notes)
    } catch let e as ToolkitError {
      try? fm.removeItem(atPath: temp)
      throw e
    } catch {
      try? fm.removeItem(atPath: temp)
      throw ToolkitError(.cantCreate, "cannot write the packet of denial '\(d.id)' under '\(out)'")
    }
  }

  func put(_ data: Data, _ path: String) throws {
    try ProtectedFile.write(Array(data), to: path, sharing: sharing)
  }

  /// The request's documents, then the documents behind the imaging a met criterion cites.
  func exhibitIds(_ p: AppealPacketInput) -> [String] {
    var ids: [String] = p.request?.documentIds ?? []
    let imaging = Dictionary((p.evidence?.imaging ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for r in p.report?.met ?? [] {
      for e in r.evidence where e.kind == .imaging {
        if let doc = imaging[e.id]?.documentId, !ids.contains(doc) { ids.append(doc) }
      }
    }
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }

  func placeholderValues(_ p: AppealPacketInput, exhibits: [Exhibit], missing: [String], html: Bool) -> [String: String] {
    let d = p.appeal.denial
    let formal = p.appeal.formal
    func esc(_ s: String) -> String { html ? AppealPacketWriter.escape(s) : s }
    let docByImaging = Dictionary(
      (p.evidence?.imaging ?? []).compactMap { i in i.documentId.map { (i.id, $0) } }, uniquingKeysWith: { a, _ in a })
    let exhibitOf = Dictionary(uniqueKeysWithValues: exhibits.map { ($0.document.id, $0.number) })
    func cite(_ e: EvidenceRef) -> String {
      var s = "\(e.kind.rawValue) \(e.id)"
      if let doc = e.kind == .document ? e.id : docByImaging[e.id], let n = exhibitOf[doc] { s += " (Exhibit \(n))" }
      return s
    }
    let met = p.report?.met ?? []
    let open = p.report?.results.filter { !$0.met } ?? []
    let items = p.request?.items ?? []
    func line(_ i: AuthItem) -> String {
      var s = "\(i.seq). \(i.cpt) x\(i.units)"
      if let label = ProcedureCatalog.entry(i.cpt)?.label { s += " \(label)" }
      if let r = i.region { s += ", \(r.rawValue)" }
      if let l = i.levels, !l.isEmpty { s += " " + l.joined(separator: ",") }
      return s
    }
    func list(_ xs: [String], none: String) -> String {
      if xs.isEmpty { return html ? "<p>\(esc(none))</p>" : "  " + none }
      return html ? "<ul>\n" + xs.map { "<li>\(esc($0))</li>" }.joined(separator: "\n") + "\n</ul>" : xs.map { "  " + $0 }.joined(separator: "\n")
    }
    let criteria: String
    if met.isEmpty {
      criteria = html ? "<p>No criterion could be shown from the ledger; see the open items.</p>" : "  No criterion could be shown from the ledger; see the open items."
    } else if html {
      criteria = "<table>\n<tr><th>#</th><th>Criterion (rule, source)</th><th>What the record shows</th><th>Evidence</th></tr>\n"
        + met.enumerated().map { k, r in
          "<tr><td>\(k + 1)</td><td>\(esc(r.rule)), \(esc(r.source))</td><td>\(esc(r.message))</td><td>\(esc(r.evidence.map(cite).joined(separator: "; ")))</td></tr>"
        }.joined(separator: "\n") + "\n</table>"
    } else {
      criteria = met.enumerated().map { k, r in
        "  \(k + 1). [\(r.rule), \(r.source)] \(r.message)" + (r.evidence.isEmpty ? "" : "\n     evidence: " + r.evidence.map(cite).joined(separator: "; "))
      }.joined(separator: "\n")
    }
    let exhibitLines = exhibits.map { "Exhibit \($0.number): document \($0.document.id), \($0.document.type.rawValue), \($0.document.date)" }
    let rarcText = (d.rarc ?? []).joined(separator: ",")
    let requested = items.isEmpty ? "no request in the ledger" : items.map { "\($0.cpt) x\($0.units)" }.joined(separator: ", ")
    let dxText = p.request.map { $0.icd10.isEmpty ? "none on the request" : $0.icd10.joined(separator: ", ") } ?? "-"
    let payerText = "\(p.appeal.payer?.name ?? d.payerId) (\(p.appeal.payer?.type.rawValue ?? "unknown type"))"
    let summaryLines: [String] = [
      "Patient \(d.patientId), payer \(payerText); denial \(d.id) dated \(d.noticeDate).",
      "Requested: \(requested); service date \(p.request?.serviceDate ?? "-").",
      "Diagnoses: \(dxText).",
      "Denied as \(p.appeal.category.rawValue): CARC \(d.carc ?? "-"), RARC \(rarcText.isEmpty ? "-" : rarcText); \"\(d.reason)\".",
      "Evidence: \(met.count) criteria met, \(open.count) open items, \(exhibits.count) exhibits; route \(p.appeal.route.rawValue), \(formal.level.rawValue) due \(formal.date).",
    ]
    let summary = summaryLines.map { "  " + $0 }.joined(separator: "\n")
    return [
      "date": asOf.description, "denial_id": esc(d.id), "patient_id": esc(d.patientId), "payer_id": esc(d.payerId),
      "payer_name": esc(p.appeal.payer?.name ?? d.payerId), "provider_id": esc(p.request?.providerId ?? "-"),
      "auth_id": esc(d.authId ?? "-"), "claim_id": esc(d.claimId ?? "-"), "notice_date": d.noticeDate,
      "received_on": d.receivedOn ?? "unknown", "level": formal.level.rawValue, "deadline": formal.date.description,
      "deadline_rule": formal.rule, "deadline_source": esc(formal.source), "carc": esc(d.carc ?? "-"),
      "rarc": esc((d.rarc ?? []).isEmpty ? "-" : (d.rarc ?? []).joined(separator: ",")), "hcr01": esc(d.hcr01 ?? "-"),
      "reason": esc(d.reason), "category": p.appeal.category.rawValue, "route": p.appeal.route.rawValue,
      "services": list(items.map(line), none: "no request in the ledger"),
      "diagnoses": esc(p.request.map { $0.icd10.joined(separator: ", ") } ?? "-"),
      "criteria": criteria,
      "open_findings": list(open.map { "\($0.severity?.rawValue ?? "info"): \($0.message) (\($0.rule), \($0.source))" }, none: "none"),
      "exhibits": list(exhibitLines, none: "none"),
      "missing": list(missing, none: "nothing"),
      "case_summary": esc(summary),
    ]
  }

  static func escape(_ s: String) -> String {
    HTMLText.escape(s)
  }

  static func hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  /// The first PDF tool on PATH.
  func pdfTool() -> String? {
    let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser", "google-chrome", "wkhtmltopdf"] {
      for dir in path.split(separator: ":") {
        let p = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
      }
    }
    return nil
  }

  func renderPDF(_ tool: String, html: String, pdf: String) -> Bool {
    let proc = Process()
    proc.executableURL = URL(fileURLWithPath: tool)
    proc.arguments = tool.hasSuffix("wkhtmltopdf")
      ? ["--quiet", html, pdf]
      : ["--headless", "--disable-gpu", "--no-sandbox", "--print-to-pdf=\(pdf)", "file://" + html]
    proc.standardOutput = FileHandle.nullDevice
    proc.standardError = FileHandle.nullDevice
    do { try proc.run() } catch { return false }
    proc.waitUntilExit()
    return proc.terminationStatus == 0 && FileManager.default.fileExists(atPath: pdf)
  }
}
