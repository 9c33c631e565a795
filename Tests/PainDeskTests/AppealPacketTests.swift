import Foundation
import Testing

@testable import PainDesk

@Suite("appeal packets on a ledger") struct AppealPacketTests {
  let asOf = LocalDate("2026-11-29")!

  /// A ledger with a commercial payer, a denied ESI request, its evidence and one
  /// document whose file is `docFile` (relative to the ledger's folder).
  func clinic(writeFile: Bool) throws -> (Ledger, String) {
    let ledger = try makeLedger()
    let root = (ledger.path as NSString).deletingLastPathComponent
    if writeFile {
      try FileManager.default.createDirectory(atPath: root + "/docs", withIntermediateDirectories: true)
      try Data("MRI report".utf8).write(to: URL(fileURLWithPath: root + "/docs/mri.pdf"))
    }
    _ = try importRecords(ledger, [
      provider, patient,
      object(#"{"kind":"payer","id":"PY","name":"Acme PPO","type":"commercial","state":"TX","p2p_window_days":14}"#),
      object(#"{"kind":"document","id":"DOC1","patient_id":"P1","type":"imaging_report","path":"docs/mri.pdf","sha256":"\#(String(repeating: "0", count: 64))","date":"2026-09-01"}"#),
      object(#"{"kind":"diagnosis","id":"DX1","patient_id":"P1","icd10":"M54.16","noted_on":"2026-06-01","onset":"2026-05-01","region":"lumbar"}"#),
      object(#"{"kind":"imaging","id":"IM1","patient_id":"P1","modality":"mri","region":"lumbar","date":"2026-09-01","summary":"L5-S1 disc protrusion","document_id":"DOC1"}"#),
      object(#"{"kind":"conservative_care","id":"CC1","patient_id":"P1","type":"physical_therapy","start":"2026-06-01","end":"2026-08-15","outcome":"failed"}"#),
      object(#"{"kind":"auth","id":"A1","patient_id":"P1","payer_id":"PY","provider_id":"DR1","items":[{"seq":1,"cpt":"64483","units":1,"region":"lumbar"}],"icd10":["M54.16"],"urgency":"standard","service_date":"2026-11-20","status":"denied","document_ids":["DOC1"]}"#),
      object(#"{"kind":"denial","id":"A1-denial-1","patient_id":"P1","payer_id":"PY","auth_id":"A1","notice_date":"2026-11-20","carc":"50","rarc":["N115"],"reason":"not medically necessary"}"#),
    ])
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("packets-\(UUID().uuidString)").path
    return (ledger, out)
  }

  func build(_ ledger: Ledger, _ out: String) throws -> (AppealPacketResult, ImportSummary) {
    let rules = EffectiveRules()
    let denials = try AppealPack.denials(from: [(object(#"{"kind":"auth","id":"A1"}"#), "stdin:1")], ledger: ledger).denials
    let cases = try AppealPack.triage(denials, ledger: ledger, rules: rules, asOf: asOf)
    let summary = try importRecords(ledger, cases.flatMap(\.toRecord))
    let writer = AppealPacketWriter(
      templatesFolder: nil, documentRoot: (ledger.path as NSString).deletingLastPathComponent, limits: PortalLimits(), asOf: asOf, pdf: false)
    let input = try AppealPack.packetInputs(cases, ledger: ledger, rules: rules)[0]
    return (try writer.write(input, into: out), summary)
  }

  @Test func packetHoldsLetterExhibitsManifestAndPrepSheet() throws {
    let (ledger, out) = try clinic(writeFile: true)
    let (r, summary) = try build(ledger, out)
    #expect(summary.counts[.appeal]?.added == 2)
    #expect(r.files.contains("letter.txt") && r.files.contains("letter.html") && r.files.contains("p2p-prep.txt"))
    #expect(r.files.contains("exhibits/01-DOC1.pdf") && r.files.contains("manifest.tsv") && r.files.contains("portal-check.tsv"))
    let letter = try String(contentsOfFile: r.folder + "/letter.txt", encoding: .utf8)
    #expect(letter.contains("Acme PPO") && letter.contains("A1-denial-1") && letter.contains("internal_1"))
    #expect(letter.contains("esi.first") || letter.contains("esi."))
    #expect(letter.contains("Exhibit 1"))
    let manifest = try String(contentsOfFile: r.folder + "/manifest.tsv", encoding: .utf8)
    #expect(manifest.contains("exhibits/01-DOC1.pdf\t10\t"))
    #expect(manifest.contains("\tno\n"))  // the ledger's hash differs from the file's
    let prep = try String(contentsOfFile: r.folder + "/p2p-prep.txt", encoding: .utf8)
    #expect(prep.contains("not medically necessary") && prep.contains("CARC 50"))
    let attrs = try FileManager.default.attributesOfItem(atPath: r.folder)
    #expect((attrs[.posixPermissions] as? Int) == 0o700)
    let fileAttrs = try FileManager.default.attributesOfItem(atPath: r.folder + "/letter.txt")
    #expect((fileAttrs[.posixPermissions] as? Int) == 0o600)
  }

  @Test func rerunRebuildsThePacketAndAddsNoEvents() throws {
    let (ledger, out) = try clinic(writeFile: true)
    let (first, _) = try build(ledger, out)
    try "stale".write(toFile: first.folder + "/stale.txt", atomically: true, encoding: .utf8)
    let (second, summary) = try build(ledger, out)
    #expect(summary.changed == 0)
    #expect(!FileManager.default.fileExists(atPath: second.folder + "/stale.txt"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["A1-denial-1"])
  }

  @Test func aMissingDocumentFileNamesTheDocumentAndWritesNothing() throws {
    let (ledger, out) = try clinic(writeFile: false)
    #expect {
      _ = try build(ledger, out)
    } throws: { e in
      guard let e = e as? ToolkitError else { return false }
      return e.status == .noInput && e.message.contains("'DOC1'") && !e.message.contains("mri")
    }
    let left = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
    #expect(left.isEmpty)
  }

  /// A document file that is a symlink out of the ledger's folder (an SSH key, say) is
  /// refused, not copied into the payer's packet.
  @Test func aDocumentSymlinkedOutOfTheFolderIsRefused() throws {
    let (ledger, out) = try clinic(writeFile: false)
    let root = (ledger.path as NSString).deletingLastPathComponent
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString)").path
    try Data("PRIVATE KEY".utf8).write(to: URL(fileURLWithPath: outside))
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try FileManager.default.createDirectory(atPath: root + "/docs", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: root + "/docs/mri.pdf", withDestinationPath: outside)
    #expect {
      _ = try build(ledger, out)
    } throws: { e in
      guard let e = e as? ToolkitError else { return false }
      return e.status == .dataError && e.message.contains("'DOC1'") && e.message.contains("leaves the documents folder")
    }
    let left = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
    #expect(left.isEmpty)
  }

  @Test func aDenialWithoutARequestSaysWhatIsMissing() throws {
    let (ledger, out) = try clinic(writeFile: true)
    _ = try importRecords(ledger, [
      object(#"{"kind":"denial","id":"DN9","patient_id":"P1","payer_id":"PY","notice_date":"2026-11-20","carc":"50","reason":"no"}"#)
    ])
    let rules = EffectiveRules()
    let cases = try AppealPack.triage(try ledger.all(Denial.self).filter { $0.id == "DN9" }, ledger: ledger, rules: rules, asOf: asOf)
    let input = try AppealPack.packetInputs(cases, ledger: ledger, rules: rules)[0]
    let r = try AppealPacketWriter(templatesFolder: nil, documentRoot: "/", limits: PortalLimits(), asOf: asOf, pdf: false).write(input, into: out)
    let notes = try String(contentsOfFile: r.folder + "/notes.txt", encoding: .utf8)
    #expect(notes.contains("names no auth and no claim"))
  }

  @Test func portalLimits() {
    let l = PortalLimits(maxFiles: 2, maxFileMB: 1, maxTotalMB: 1)
    #expect(l.check([("a", 10), ("b", 10)]).problems.isEmpty)
    #expect(l.check([("a", 10), ("b", 10), ("c", 10)]).problems.count == 1)
    #expect(l.check([("a", 2_000_000)]).problems.count == 2)
  }
}
