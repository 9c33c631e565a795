import Foundation
import Testing

@testable import PainDesk

/// Profiles a clinic can find, read and copy: `--profiles`, `--show`, which columns a header
/// must have, and maps that do not care about case.
@Suite struct CSVProfileDiscoveryTests {
  func table(_ s: String) throws -> CSVParser.Table { try CSVParser.parse(Array(s.utf8), file: "p.csv") }

  @Test func requiredAndOptionalColumnsFollowTheFields() throws {
    let p = try CSVProfile.load("generic-patients")
    #expect(Set(p.requiredColumns) == ["Patient ID", "First Name", "Last Name", "DOB", "State"])
    #expect(Set(p.optionalColumns) == ["MRN", "Sex", "Phone", "Email", "Status"])
    // A date and a time in one template: both columns are required.
    let a = try CSVProfile.load("generic-appointments")
    #expect(a.requiredColumns.contains("Date") && a.requiredColumns.contains("Time"))
  }

  /// A header without the optional columns imports: the fields are left out or defaulted.
  @Test func optionalColumnsMayBeMissing() throws {
    let t = try table("Patient ID,First Name,Last Name,DOB,State\nP1,Alex,Doe,01/13/1960,TX\n")
    let r = try CSVImport.map(t, profile: try CSVProfile.load("generic-patients"), file: "p.csv")
    #expect(r.count == 1)
    #expect(r[0].string("sex") == "unknown")
    #expect(r[0].string("status") == "active")
    #expect(r[0]["mrn"] == nil && r[0]["phone"] == nil)
  }

  @Test func importWarnsOncePerMissingOptionalColumn() throws {
    let dir = try InteropFixtures.tempFolder([
      "p.csv": Array("Patient ID,First Name,Last Name,DOB,State,Sex\nP1,Alex,Doe,01/13/1960,TX,f\n".utf8)
    ])
    let ledger = try makeLedger()
    let (summary, interop) = try CSVImport.run(
      paths: ["\(dir)/p.csv"], profile: try CSVProfile.load("generic-patients"), ledger: ledger, options: InteropFixtures.options)
    #expect(summary.records == 1)
    #expect(interop.warnings.count == 4, "\(interop.warnings)")
    #expect(interop.warnings.contains { $0.contains("no column 'MRN'") })
    #expect(!interop.warnings.contains { $0.contains("'Sex'") })
  }

  /// Exports write `Female`, `FEMALE` or `female`: all map.
  @Test(arguments: ["F", "f", "female", "FEMALE", "Female"])
  func mapsIgnoreCase(_ sex: String) throws {
    let t = try table("Patient ID,MRN,First Name,Last Name,DOB,Sex,State,Phone,Email,Status\nP1,,Alex,Doe,01/13/1960,\(sex),TX,,,Active\n")
    let r = try CSVImport.map(t, profile: try CSVProfile.load("generic-patients"), file: "p.csv")
    #expect(r[0].string("sex") == "female")
  }

  @Test func mapKeysThatDifferOnlyInCaseMustAgree() {
    let json = #"{"profile":"x","kind":"patient","fields":{"id":"{a}","sex":{"from":"{s}","map":{"F":"female","f":"male"}}}}"#
    #expect(throws: ToolkitError.self) { try CSVProfile.parse(Array(json.utf8), source: "p.json") }
    let same = #"{"profile":"x","kind":"patient","fields":{"id":"{a}","sex":{"from":"{s}","map":{"F":"female","f":"female"}}}}"#
    #expect(throws: Never.self) { try CSVProfile.parse(Array(same.utf8), source: "p.json") }
  }

  /// `--show` prints a file that loads back as the same profile.
  @Test(arguments: CSVProfile.shippedNames)
  func shownProfileLoadsBackUnchanged(_ name: String) throws {
    let p = try CSVProfile.load(name)
    let q = try CSVProfile.parse(Array(p.fileText.utf8), source: "shown.json")
    #expect(q.name == p.name && q.kind == p.kind && q.dateFormat == p.dateFormat && q.description == p.description)
    #expect(q.fields.count == p.fields.count)
    for f in p.fields {
      let g = try #require(q.fields.first { $0.name == f.name })
      #expect(g.template == f.template && g.type == f.type && g.map == f.map)
      #expect(g.optional == f.optional && g.defaultValue == f.defaultValue)
    }
    #expect(p.fileText.contains(#""required": ["#))
  }

  @Test func listingNamesEveryShippedProfileWithItsColumns() throws {
    let rows = try CSVProfile.shippedListing()
    #expect(rows.map { $0.string("profile")! } == CSVProfile.shippedNames)
    let patients = try #require(rows.first { $0.string("profile") == "generic-patients" })
    #expect(patients.string("record_kind") == "patient")
    #expect(patients["required_columns"]?.arrayValue?.count == 5)
  }
}
