import Foundation
import Testing

@testable import PainDesk

/// A typed record from JSON text (test literals).
func typed<T: TypedRecord>(_ type: T.Type, _ json: String) -> T {
  try! JSONValueDecoder().decode(T.self, from: RecordFixtures.record(json))
}

func rxJSON(
  id: String = "RX1", patient: String = "P1", drug: String, rxnorm: String? = nil, strength: Double, unit: String = "mg",
  form: String = "tablet", perDay: Double, schedule: String = "cii", written: String = "2026-11-01",
  filled: String? = "2026-11-01", refills: Int = 0, concurrent: Int? = nil, ndc: String? = nil, fills: String? = nil
) -> Rx {
  var o = """
    {"kind":"rx","id":"\(id)","patient_id":"\(patient)","prescriber_id":"DR1","drug":"\(drug)","strength":\(strength),"strength_unit":"\(unit)","form":"\(form)","units_per_day":\(perDay),"quantity":30,"days_supply":30,"schedule":"\(schedule)","written_on":"\(written)","refills":\(refills),"status":"active"
    """
  if let rxnorm { o += ",\"rxnorm\":\"\(rxnorm)\"" }
  if let filled { o += ",\"filled_on\":\"\(filled)\"" }
  if let concurrent { o += ",\"concurrent_units\":\(concurrent)" }
  if let ndc { o += ",\"ndc\":\"\(ndc)\"" }
  if let fills { o += ",\"fills\":\(fills)" }
  return typed(Rx.self, o + "}")
}

@Suite("MME (CDC 2022 clinical)") struct MMETests {
  let calc = MMECalculator()

  @Test(arguments: CDCClinicalMMETable.factors)
  func everyIngredientByNameAndCode(_ f: MMEFactor) {
    let byName = calc.mme(rxJSON(drug: f.ingredient.capitalized + " HCl", strength: 10, perDay: 3))
    #expect(byName.basis == .ingredient)
    #expect(byName.mmePerDay == MMECalculator.rounded(10 * 3 * f.factor))
    let byCode = calc.mme(rxJSON(drug: "brand name", rxnorm: f.rxnorm, strength: 10, perDay: 3))
    #expect(byCode.mmePerDay == byName.mmePerDay)
  }

  @Test func methadoneIsFlat() {
    #expect(calc.mme(rxJSON(drug: "methadone", strength: 10, perDay: 3)).mmePerDay == 141)
    #expect(calc.mme(rxJSON(drug: "methadone", strength: 40, perDay: 3)).mmePerDay == 564)
  }

  @Test func fentanylPatchIgnoresChangeFrequency() {
    let one = calc.mme(rxJSON(drug: "fentanyl", strength: 25, unit: "mcg_per_hr", form: "patch", perDay: 1.0 / 3))
    #expect(one.basis == .patch && one.mmePerDay == 60)
    let two = calc.mme(rxJSON(drug: "fentanyl", strength: 25, unit: "mcg_per_hr", form: "patch", perDay: 0.5, concurrent: 2))
    #expect(two.mmePerDay == 120)
  }

  @Test func buprenorphineIsNotConverted() {
    let b = calc.mme(rxJSON(drug: "buprenorphine", rxnorm: "1819", strength: 300, unit: "mcg", form: "film", perDay: 2, schedule: "ciii"))
    #expect(b.basis == .buprenorphine && b.mmePerDay == nil)
  }

  @Test func benzodiazepineIsNotAnOpioid() {
    let a = calc.mme(rxJSON(drug: "alprazolam", strength: 1, perDay: 2, schedule: "civ"))
    #expect(!a.isOpioid)
    #expect(Benzodiazepines.contains("Alprazolam"))
  }

  @Test func totalAcrossPrescriptions() {
    let t = calc.total([
      rxJSON(id: "A", drug: "oxycodone", strength: 10, perDay: 4),
      rxJSON(id: "B", drug: "fentanyl", strength: 12, unit: "mcg_per_hr", form: "patch", perDay: 0.333),
      rxJSON(id: "C", drug: "clonazepam", strength: 1, perDay: 1, schedule: "civ"),
    ])
    #expect(t.total == 88.8)
    #expect(t.items.count == 2)
    #expect(calc.tableId == "cdc-2022-clinical")
  }

  /// A small table in the CDC NDC file's format (CRLF, quoted fields, hyphenated and
  /// zero-dropped NDCs, a depot row without a strength), written for the tests.
  @Test func ndcTableFromASampleInTheCDCFormat() throws {
    let table = try NDCMMETable.load(path: RecordFixtures.folder.appendingPathComponent("mme/ndc-mme-sample.csv").path)
    #expect(table.entries.count == 5)
    #expect(table.entry(ndc: "00406-0552-01")?.factor == 1.5)
    #expect(table.entry(ndc: "00406012301")?.drug == "Hydrocodone Bitartrate")
    #expect(table.entry(ndc: "00000000001") == nil)
    let c = MMECalculator(ndcTable: table)
    #expect(c.tableId == "cdc-2022-clinical+ndc:ndc-mme-sample.csv")
    // Methadone 10 mg/mL solution at the table's factor 3.
    let m = c.mme(rxJSON(drug: "methadone", strength: 10, perDay: 2, ndc: "00054039168"))
    #expect(m.basis == .ndc && m.mmePerDay == 60)
    // A patch still follows the patch rule.
    let p = c.mme(rxJSON(drug: "fentanyl", strength: 25, unit: "mcg_per_hr", form: "patch", perDay: 0.33, ndc: "00093690045"))
    #expect(p.basis == .patch && p.mmePerDay == 60)
    // A row without a factor (buprenorphine) converts nothing.
    #expect(c.mme(rxJSON(drug: "oxycodone", strength: 2, perDay: 1, ndc: "00054017613")).basis == .noFactor)
    #expect(NDCCode.normalized("0054-0391-68") == "00054039168")
  }

  /// The CDC's own 2018 file, where the public sample data sits beside the repository.
  @Test func ndcTableFromTheCDCFile() throws {
    let table = try NDCMMETable.load(path: try OptionalValidator.sharedData("cdc-mme/cdc-2018-opioids.csv"))
    #expect(table.entries.count > 10_000)
    #expect(MMECalculator(ndcTable: table).mme(rxJSON(drug: "methadone", strength: 10, perDay: 2, ndc: "00054039168")).mmePerDay == 60)
  }

  @Test func csvQuotedFields() {
    #expect(CSVSplit.fields("a,\"Patch, Extended Release\",\"x\"\"y\",") == ["a", "Patch, Extended Release", "x\"y", ""])
  }
}
