import Testing

@testable import PainDesk

/// Patients P1...P6 with the awkward coverage cases, each with one performed procedure
/// without an auth on 2026-10-05 (so revenue-model looks up the coverage's payer):
/// P1 one primary; P2 no primary (a tertiary with the lower id and a secondary); P3 two
/// primaries; P4 the primary ended the day before, the secondary still in effect; P5 the
/// primary starts the day after; P6 no coverage.
private func coverageLedger() throws -> Ledger {
  let ledger = try makeLedger()
  var records = [provider]
  for y in ["Y1", "Y2", "Y3"] {
    records.append(object(#"{"kind":"payer","id":"\#(y)","name":"Payer","type":"commercial","state":"TX"}"#))
  }
  func coverage(_ id: String, _ patient: String, _ payer: String, _ priority: String, from: String = "2026-01-01", to: String? = nil) {
    let end = to.map { #","effective_to":"\#($0)""# } ?? ""
    records.append(object(
      #"{"kind":"coverage","id":"\#(id)","patient_id":"\#(patient)","payer_id":"\#(payer)","member_id":"M","priority":"\#(priority)","effective_from":"\#(from)"\#(end)}"#))
  }
  for p in 1...6 {
    records.append(object(
      #"{"kind":"patient","id":"P\#(p)","given_name":"C","family_name":"D","dob":"1960-01-01","sex":"male","state":"TX","status":"active","provider_id":"DR1"}"#))
    records.append(object(
      #"{"kind":"procedure","id":"PR\#(p)","patient_id":"P\#(p)","provider_id":"DR1","cpt":"64483","date":"2026-10-05","status":"performed"}"#))
  }
  coverage("C1", "P1", "Y1", "primary")
  coverage("C2a", "P2", "Y3", "tertiary")
  coverage("C2b", "P2", "Y2", "secondary")
  coverage("C3b", "P3", "Y2", "primary")
  coverage("C3a", "P3", "Y1", "primary")
  coverage("C4a", "P4", "Y1", "primary", to: "2026-10-04")
  coverage("C4b", "P4", "Y2", "secondary")
  coverage("C5a", "P5", "Y1", "primary", from: "2026-10-06")
  coverage("C5b", "P5", "Y3", "tertiary")
  _ = try importRecords(ledger, records)
  return ledger
}

@Suite("primary coverage on a date") struct CoverageOrderTests {
  let day = LocalDate("2026-10-05")!

  @Test func handWorkedCases() throws {
    let coverages = Dictionary(grouping: try coverageLedger().all(Coverage.self), by: \.patientId)
    let primary = (1...6).map { CoverageOrder.primary(coverages["P\($0)"] ?? [], on: day)?.id }
    #expect(primary == ["C1", "C2b", "C3a", "C4b", "C5b", nil])
  }

  @Test func revenueModelsReadAgreesWithThePlainDefinition() throws {
    let ledger = try coverageLedger()
    let coverages = Dictionary(grouping: try ledger.all(Coverage.self), by: \.patientId)
    let procedures = Dictionary(uniqueKeysWithValues: try ledger.all(Procedure.self).map { ($0.id, $0) })
    let facts = try ledger.procedureFacts(from: "2026-10-01", to: "2026-10-31")
    #expect(facts.count == 6)
    for f in facts {
      let p = try #require(f.procedureId.flatMap { procedures[$0] })
      #expect(f.coveragePayerId == CoverageOrder.primary(coverages[p.patientId] ?? [], on: day)?.payerId, "\(p.id)")
    }
  }

  @Test func everyToolAsksTheSameDefinition() throws {
    let ledger = try coverageLedger()
    let coverages = try ledger.all(Coverage.self)
    let payers = try ledger.all(Payer.self)
    let controlled = ControlledSubstanceData(patients: try ledger.all(Patient.self), rx: [], coverages: coverages, payers: payers)
    var revenue = RevenueData()
    revenue.coverages = Dictionary(grouping: coverages, by: \.patientId)
    for y in payers { revenue.payers[y.id] = y }
    for p in 1...6 {
      let expected = CoverageOrder.primary(revenue.coverages["P\(p)"] ?? [], on: day)?.payerId
      #expect(controlled.primaryPayer("P\(p)", on: day)?.id == expected)
      #expect(revenue.primaryPayer(patient: "P\(p)", on: day)?.id == expected)
      #expect(CoverageVerification.active(revenue.coverages["P\(p)"] ?? [], on: day).first?.payerId == expected)
    }
  }
}
