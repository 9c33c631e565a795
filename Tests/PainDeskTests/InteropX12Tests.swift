import Foundation
import Testing

@testable import PainDesk

@Suite("interop: X12 835") struct InteropX12Tests {
  static let sample = InteropFixtures.path("remit-sample.835")
  static let sampleText = (try? String(contentsOfFile: sample, encoding: .utf8)) ?? ""
  var text: String { Self.sampleText }

  func ledgerWithClaims() throws -> Ledger {
    let ledger = try makeLedger()
    let r = try RecordImporter(ledger: ledger, options: InteropFixtures.options).run(sources: [.file(InteropFixtures.path("remit-ledger.ndjson"))])
    #expect(r.rejects.isEmpty)
    return ledger
  }

  @Test func readsTheSample() throws {
    let (segments, d) = try X12Parser.parse(Array(text.utf8), file: "s")
    #expect(d.element == UInt8(ascii: "*") && d.segment == UInt8(ascii: "~") && d.component == UInt8(ascii: ":"))
    #expect(segments.first?.id == "ISA" && segments.last?.id == "IEA")
    let r = try Remittance835.read(Array(text.utf8), file: "s")
    #expect(r.claims.map(\.patientControlNumber) == ["PC1001", "PC1002", "PC1003", "PC9999"])
    #expect(r.claims[0].lines.map(\.cpt) == ["64483", "64484"])
    #expect(r.claims[0].lines[1].rarcs == ["N115"])
    #expect(r.claims[0].lines[0].paidCents == 30000)
    #expect(r.claims[1].adjustments == [.init(group: "CO", carc: "197", cents: 80000)])
    #expect(r.claims[0].noticeDate == "2026-03-01")
  }

  /// Other delimiters, as ISA declares them, and line breaks between segments.
  @Test func delimitersComeFromISA() throws {
    let withBreaks = text.replacingOccurrences(of: "*", with: "|").replacingOccurrences(of: "HC:", with: "HC>")
      .replacingOccurrences(of: "|P|:~", with: "|P|>~")
    let r = try Remittance835.read(Array(withBreaks.utf8), file: "s")
    #expect(r.claims.count == 4 && r.claims[0].lines[0].cpt == "64483")
  }

  /// The fixture is valid X12 by an independent validator (pyx12's x12valid, which has the
  /// 835 5010 map). Under CI the validator must be installed.
  @Test func fixtureIsValidPerPyx12() throws {
    let out = try x12valid(text, name: "remit.835")
    #expect(out.contains("remit.835: OK"), "x12valid: \(out.suffix(400))")
    // And it tells a broken one apart, so the check above means something.
    let bad = try x12valid(text.replacingOccurrences(of: "CAS*CO*45*700", with: "CAS*CO*45*7X0"), name: "bad.835")
    #expect(bad.contains("bad.835: Failure"))
  }

  @Test(arguments: [
    ("SE*35*0001", "SE*34*0001", "SE01 does not give the transaction set's 35 segments"),
    ("GE*1*101", "GE*2*101", "GE01 does not give the group's 1 transaction sets"),
    ("IEA*1*000000101", "IEA*3*000000101", "IEA01 does not give the interchange's 1 functional groups"),
    ("IEA*1*000000101", "IEA*1*000000999", "IEA02 control number"),
    ("SE*35*0001", "SE*35*0002", "SE02 control number"),
    ("CLP*PC1001*1*1500*300", "CLP*PC1001*1*15X0*300", "segment 15 (CLP): element 3 is not an amount"),
    ("DTM*405*20260301", "DTM*405*20261301", "DTM02 is not a date"),
    ("LQ*HE*N115", "lq*HE*N115", "malformed segment"),
    ("CAS*CO*50*500", "CAS*ZZ*50*500", "CAS01 is not a group code"),
    ("ST*835*0001", "ST*837*0001", "ST01 is not 835"),
    // Units that would trap in an integer conversion are rejected with the segment.
    ("SVC*HC:64483*1000*300**1~", "SVC*HC:64483*1000*300**nan~", "segment 18 (SVC): SVC05 is not a number of units"),
    ("SVC*HC:64483*1000*300**1~", "SVC*HC:64483*1000*300**inf~", "segment 18 (SVC): SVC05 is not a number of units"),
    ("SVC*HC:64483*1000*300**1~", "SVC*HC:64483*1000*300**1e20~", "segment 18 (SVC): SVC05 is not a number of units"),
    ("SVC*HC:64483*1000*300**1~", "SVC*HC:64483*1000*300**-1~", "segment 18 (SVC): SVC05 is not a number of units"),
    // A date PainDesk reads is named by its segment and element.
    ("DTM*472*20260215~\nCAS*CO*45", "DTM*472*2026021~\nCAS*CO*45", "segment 19 (DTM): DTM02 is not a date (CCYYMMDD)"),
    // Delimiters other than the ISA declares, named with the segment.
    ("P*:~", "P*>~", "segment 18 (SVC): SVC01 uses ':' as its component separator, but ISA16 declares '>'"),
    ("P*:~", "P*^~", "segment 18 (SVC): SVC01 uses ':' as its component separator, but ISA16 declares '^'"),
    ("CLP*PC1001*1*1500*300*0*12*PAYERCLM1*11*1~", "CLP|PC1001|1|1500|300|0|12|PAYERCLM1|11|1~", "segment 15: uses '|' as its element separator, but ISA declares '*'"),
  ])
  func malformedIsAnErrorWithTheSegmentNumber(_ from: String, _ to: String, _ message: String) {
    let bad = text.replacingOccurrences(of: from, with: to)
    let changed = bad != text
    #expect(changed)
    let error = readError(bad)
    let found = error?.message ?? "no error"
    let isData = error?.status == .dataError
    #expect(isData)
    #expect(found.contains("era.835: segment "), "\(found)")
    #expect(found.contains(message), "\(found)")
  }

  /// A malformed date PainDesk does not need (BPR16, the payment's effective date, which
  /// only stands in for a missing DTM*405) is a warning naming segment and element, never
  /// its value; the rest is read.
  @Test func aBadBPR16IsAWarning() throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: InteropFixtures.path("remit-bpr16-bad-date.835"))))
    let r = try Remittance835.read(bytes, file: "era.835")
    #expect(r.warnings == ["era.835: segment 4 (BPR): BPR16 is not a date (CCYYMMDD); passed over"])
    #expect(r.claims.count == 4 && r.claims.allSatisfy { $0.noticeDate == "2026-03-01" })
    let good = try Remittance835.read(Array(text.utf8), file: "era.835")
    #expect(good.warnings.isEmpty)
  }

  /// The fixture whose ISA16 is not the separator its segments use.
  @Test func theOtherComponentSeparatorIsNamed() throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: InteropFixtures.path("remit-isa16-other-separator.835"))))
    let e = #expect(throws: ToolkitError.self) { try Remittance835.read(bytes, file: "era.835") }
    #expect(e?.status == .dataError)
    #expect(e?.message == "era.835: segment 18 (SVC): SVC01 uses ':' as its component separator, but ISA16 declares '>': fix the ISA16 or the segment")
  }

  func readError(_ s: String) -> ToolkitError? {
    do {
      _ = try Remittance835.read(Array(s.utf8), file: "era.835")
      return nil
    } catch {
      return error
    }
  }

  @Test func truncatedFilesAreErrors() throws {
    let bytes = Array(text.utf8)
    for cut in [50, 200, bytes.count / 2, bytes.count - 3] {
      #expect(throws: ToolkitError.self) { try Remittance835.read(Array(bytes.prefix(cut)), file: "t") }
    }
    #expect(throws: ToolkitError.self) { try Remittance835.read(Array("hello".utf8), file: "t") }
  }

  @Test func updatesClaimsAndProceduresAndFilesDenials() throws {
    let ledger = try ledgerWithClaims()
    let (summary, interop) = try RemittanceImport.run(paths: [Self.sample], ledger: ledger, options: InteropFixtures.options)
    #expect(summary.rejects.isEmpty)
    let claims = Dictionary(uniqueKeysWithValues: try ledger.records(of: .claim).map { ($0.string("id")!, $0) })
    #expect(claims["c-1001"]?.string("status") == "partial")
    #expect(claims["c-1001"]?["paid_cents"] == .int(30000))
    #expect(claims["c-1002"]?.string("status") == "denied")
    #expect(claims["c-1003"]?.string("status") == "denied")
    let procs = Dictionary(uniqueKeysWithValues: try ledger.records(of: .procedure).map { ($0.string("id")!, $0) })
    #expect(procs["p-1"]?["paid_cents"] == .int(30000))
    #expect(procs["p-2"]?["paid_cents"] == .int(0))
    let denials = Dictionary(uniqueKeysWithValues: try ledger.records(of: .denial).map { ($0.string("id")!, $0) })
    #expect(denials["c-1001-denial-2"]?.string("category") == "medical_necessity")
    #expect(denials["c-1001-denial-2"]?["rarc"] == .array(["N115"]))
    #expect(denials["c-1002-denial"]?.string("category") == "authorization")
    // A code the toolkit does not list: kept, filed as other, warned about.
    #expect(denials["c-1003-denial-1"]?.string("carc") == "97")
    #expect(denials["c-1003-denial-1"]?.string("category") == "other")
    #expect(interop.warnings.contains { $0.contains("CARC 97") })
    // What could not be matched is reported.
    #expect(interop.notes.contains { $0.what == "CLP 'PC9999'" })
    #expect(interop.warnings.contains { $0.contains("PC9999") && $0.contains("not matched") })
    // A second run adds nothing.
    let (again, _) = try RemittanceImport.run(paths: [Self.sample], ledger: ledger, options: InteropFixtures.options)
    #expect(again.totals.added == 0 && again.totals.updated == 0)
  }

  static let reversal = InteropFixtures.path("remit-reversal.835")
  static let reversalText = (try? String(contentsOfFile: reversal, encoding: .utf8)) ?? ""

  /// The reversal fixture without its corrected claim (the envelope counts fixed).
  static var reversalOnly: String {
    var segs = reversalText.split(separator: "\n").map(String.init)
    let start = segs.firstIndex { $0.hasPrefix("CLP*PC1001*1*") }!
    let end = segs.firstIndex { $0.hasPrefix("SE*") }!
    segs.removeSubrange(start..<end)
    let st = segs.firstIndex { $0.hasPrefix("ST*") }!
    let se = segs.firstIndex { $0.hasPrefix("SE*") }!
    segs[se] = "SE*\(se - st + 1)*0002~"
    return segs.joined(separator: "\n") + "\n"
  }

  func claims(_ ledger: Ledger) throws -> [String: JSONObject] {
    Dictionary(uniqueKeysWithValues: try ledger.records(of: .claim).map { ($0.string("id")!, $0) })
  }
  func procedures(_ ledger: Ledger) throws -> [String: JSONObject] {
    Dictionary(uniqueKeysWithValues: try ledger.records(of: .procedure).map { ($0.string("id")!, $0) })
  }

  @Test func readsAReversalWithNegativeAmounts() throws {
    let r = try Remittance835.read(Array(Self.reversalText.utf8), file: "r")
    #expect(r.claims.map(\.status) == ["22", "1"])
    #expect(r.claims[0].isReversal && !r.claims[1].isReversal)
    #expect(r.claims[0].paidCents == -30000 && r.claims[0].chargeCents == -150000)
    #expect(r.claims[0].lines.map(\.paidCents) == [-30000, 0])
    #expect(r.claims[0].lines[0].adjustments == [.init(group: "CO", carc: "45", cents: -70000)])
    #expect(r.claims[1].paidCents == 45000)
    #expect(r.claims[0].noticeDate == "2026-03-15")
  }

  @Test func reversalFixtureIsValidPerPyx12() throws {
    let out = try x12valid(Self.reversalText, name: "reversal.835")
    #expect(out.contains("reversal.835: OK"), "x12valid: \(out.suffix(400))")
    let only = try x12valid(Self.reversalOnly, name: "only.835")
    #expect(only.contains("only.835: OK"), "x12valid: \(only.suffix(400))")
  }

  /// x12valid's report on a text; where it is not installed the test is skipped (failed
  /// under CI). It prints 'FILE: OK' or 'FILE: Failure' (its exit status is not reliable).
  func x12valid(_ text: String, name: String) throws -> String {
    let dir = try InteropFixtures.tempFolder([name: Array(text.utf8)])
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["x12valid", "\(dir)/\(name)"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    func missing() throws -> Never { try OptionalValidator.missing("x12valid", install: "pip install pyx12") }
    guard (try? p.run()) != nil else { try missing() }
    let out = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    if p.terminationStatus == 127 { try missing() }
    return out
  }

  /// A reversal and its corrected claim: the payment taken back, the new one applied,
  /// and a second import of the same file changes nothing.
  @Test func reversalThenCorrectedClaim() throws {
    let ledger = try ledgerWithClaims()
    _ = try RemittanceImport.run(paths: [Self.sample], ledger: ledger, options: InteropFixtures.options)
    #expect(try claims(ledger)["c-1001"]?["paid_cents"] == .int(30000))
    let (summary, interop) = try RemittanceImport.run(paths: [Self.reversal], ledger: ledger, options: InteropFixtures.options)
    #expect(summary.rejects.isEmpty)
    #expect(interop.notes.isEmpty, "\(interop.notes)")
    let c = try #require(try claims(ledger)["c-1001"])
    #expect(c["paid_cents"] == .int(45000))
    #expect(c.string("status") == "paid")
    let p = try procedures(ledger)
    #expect(p["p-1"]?["paid_cents"] == .int(30000))
    #expect(p["p-2"]?["paid_cents"] == .int(15000))
    // The denial of the reversed payment stays.
    #expect(try ledger.records(of: .denial).contains { $0.string("id") == "c-1001-denial-2" })
    let (again, againInterop) = try RemittanceImport.run(paths: [Self.reversal], ledger: ledger, options: InteropFixtures.options)
    #expect(again.changed == 0)
    #expect(againInterop.reasons.keys.contains { $0.hasPrefix("reversal (CLP02 22) does not match") })
  }

  /// A reversal alone: the claim's payment and its procedures' go back to zero, the claim
  /// to submitted; a rerun finds nothing more to take back.
  @Test func reversalAloneTakesThePaymentBack() throws {
    let ledger = try ledgerWithClaims()
    _ = try RemittanceImport.run(paths: [Self.sample], ledger: ledger, options: InteropFixtures.options)
    let dir = try InteropFixtures.tempFolder(["only.835": Array(Self.reversalOnly.utf8)])
    let (summary, _) = try RemittanceImport.run(paths: ["\(dir)/only.835"], ledger: ledger, options: InteropFixtures.options)
    #expect(summary.rejects.isEmpty)
    #expect(summary.counts[.claim]?.updated == 1)
    #expect(summary.counts[.procedure]?.updated == 1)  // p-2 was paid 0 and stays 0
    let c = try #require(try claims(ledger)["c-1001"])
    #expect(c["paid_cents"] == .int(0) && c.string("status") == "submitted")
    let p = try procedures(ledger)
    #expect(p["p-1"]?["paid_cents"] == .int(0) && p["p-2"]?["paid_cents"] == .int(0))
    let (again, interop) = try RemittanceImport.run(paths: ["\(dir)/only.835"], ledger: ledger, options: InteropFixtures.options)
    #expect(again.changed == 0)
    #expect(interop.notes.count == 1 && interop.notes[0].what == "CLP 'PC1001'")
  }

  /// A reversal of a payment the ledger never saw is not applied (no negative amounts);
  /// its corrected claim still is.
  @Test func reversalWithoutAnEarlierPaymentIsNotApplied() throws {
    let ledger = try ledgerWithClaims()
    let (summary, interop) = try RemittanceImport.run(paths: [Self.reversal], ledger: ledger, options: InteropFixtures.options)
    #expect(summary.rejects.isEmpty)
    #expect(interop.notes.map(\.unit) == ["segment"])
    #expect(try claims(ledger)["c-1001"]?["paid_cents"] == .int(45000))
    let dir = try InteropFixtures.tempFolder(["only.835": Array(Self.reversalOnly.utf8)])
    let fresh = try ledgerWithClaims()
    let (s2, _) = try RemittanceImport.run(paths: ["\(dir)/only.835"], ledger: fresh, options: InteropFixtures.options)
    #expect(s2.changed == 0)
    #expect(try claims(fresh)["c-1001"]?["paid_cents"] == nil)
  }

  @Test(arguments: [
    ("CLP*PC1001*22*-1500*-300", "CLP*PC1001*22*-1500*--300", "element 4 is not an amount"),
    ("SVC*HC:64483*-1000*-300", "SVC*HC:64483*-1000*-3.000", "element 3 is not an amount"),
    ("CLP*PC1001*22*", "CLP*PC1001**", "CLP02 (claim status) is empty"),
    ("SE*31*0002", "SE*32*0002", "SE01 does not give the transaction set's 31 segments"),
  ])
  func malformedReversalIsAnError(_ from: String, _ to: String, _ message: String) {
    let bad = Self.reversalText.replacingOccurrences(of: from, with: to)
    #expect(bad != Self.reversalText)
    let found = readError(bad)?.message ?? "no error"
    #expect(found.contains(message), "\(found)")
  }

  @Test func truncatedReversalIsAnErrorAndImportsNothing() throws {
    let bytes = Array(Self.reversalText.utf8)
    for cut in [100, bytes.count / 2, bytes.count - 5] {
      #expect(throws: ToolkitError.self) { try Remittance835.read(Array(bytes.prefix(cut)), file: "t") }
    }
    let ledger = try ledgerWithClaims()
    let dir = try InteropFixtures.tempFolder(["cut.835": Array(bytes.prefix(bytes.count / 2))])
    #expect(throws: ToolkitError.self) {
      try RemittanceImport.run(paths: [Self.sample, "\(dir)/cut.835"], ledger: ledger, options: InteropFixtures.options)
    }
    #expect(try ledger.records(of: .claim).allSatisfy { $0.string("status") == "submitted" })
  }

  @Test func malformedFileImportsNothing() throws {
    let ledger = try ledgerWithClaims()
    let before = try InteropFixtures.totalRecords(ledger)
    let bad = text.replacingOccurrences(of: "SE*35*0001", with: "SE*12*0001")
    let dir = try InteropFixtures.tempFolder(["bad.835": Array(bad.utf8)])
    #expect(throws: ToolkitError.self) {
      try RemittanceImport.run(paths: [Self.sample, "\(dir)/bad.835"], ledger: ledger, options: InteropFixtures.options)
    }
    #expect(try InteropFixtures.totalRecords(ledger) == before)
    #expect(try ledger.records(of: .claim).allSatisfy { $0.string("status") == "submitted" })
  }

  @Test func claimsSharingANumberMatchByDateAndCPT() {
    func claim(_ id: String, _ date: String, _ cpt: String) -> JSONObject {
      object(#"{"kind":"claim","id":"\#(id)","claim_number":"N1","service_date":"\#(date)","lines":[{"cpt":"\#(cpt)","units":1,"charge_cents":1}]}"#)
    }
    var clp = Remittance835.Claim(segment: 1, file: "f", patientControlNumber: "N1", status: "1", chargeCents: 1, paidCents: 1)
    clp.lines = [.init(segment: 2, cpt: "64483", chargeCents: 1, paidCents: 1, units: 1, date: "2026-02-02")]
    let m = RemittanceImport.match(clp, [claim("a", "2026-02-01", "64483"), claim("b", "2026-02-02", "64483"), claim("c", "2026-02-02", "64490")])
    #expect(m?.string("id") == "b")
  }

  @Test func carcCategories() {
    #expect(CARCCategory.category("50").0 == .medicalNecessity)
    #expect(CARCCategory.category("197").0 == .authorization)
    #expect(CARCCategory.category("151").0 == .frequency)
    #expect(CARCCategory.category("252").0 == .documentation)
    #expect(CARCCategory.category("A1") == (.other, false))
  }

  @Test func money() {
    #expect(Money.cents("1500") == 150000)
    #expect(Money.cents("12.5") == 1250)
    #expect(Money.cents(".75") == 75)
    #expect(Money.cents("-20.00") == -2000)
    #expect(Money.cents("1.234") == nil)
    #expect(Money.cents("") == nil)
    #expect(Money.cents("1e5") == nil)
  }
}
