import Foundation
import Testing

@testable import PainDesk

/// Inputs that made a fuzz target (Fuzz/) trap, fed to the same reader: each must now be
/// an error that names the field (exit 65), never a crash. Found inputs are also kept in
/// the target's seed corpus (Fuzz/corpus/<Target>/regression-*), so the fuzzer starts there.
@Suite("fuzz regressions") struct FuzzRegressionTests {
  /// FuzzDrChrono: an authorization's procedure quantity beyond Int64 (the fuzzer's input
  /// had 21e300) trapped converting to whole units; so did `nan` and `inf` given as text.
  @Test(arguments: ["21e300", "-1e300", "\"nan\"", "\"inf\"", "1e20"])
  func drChronoAuthorizationQuantity(_ quantity: String) throws {
    let text = """
      [{"id": 40, "patient": 7, "doctor": 3, "auth_number": "AUTH-40", "star__da_visits": 2,
        "procedure_codes": [{"code": "64483", "quantity": \(quantity)}], "insurance_plan": "primary"}]
      """
    let objects = try DrChronoImport.objects(Array(text.utf8), file: "f.json")
    var context = DrChronoImport.Context()
    context.coverages["drchrono-patient-7"] = [JSONObject([("id", "cov-1"), ("payer_id", "payer-1"), ("priority", "primary")])]
    context.diagnoses["drchrono-patient-7"] = ["M54.16"]
    var summary = InteropSummary()
    let e = #expect(throws: ToolkitError.self) {
      _ = try DrChronoImport.map(objects[0], file: "f.json", index: 0, summary: &summary, context: &context)
    }
    #expect(e?.status == .dataError)
    #expect(e?.message.contains("quantity") == true, "\(String(describing: e?.message))")
  }

  /// FuzzX12: SVC05 (units of a service line) of `nan`, `inf` or beyond Int trapped
  /// converting to whole units.
  @Test(arguments: ["nan", "inf", "-inf", "1e20", "-1"])
  func x12ServiceUnits(_ units: String) throws {
    let sample = try String(contentsOfFile: InteropFixtures.path("remit-sample.835"), encoding: .utf8)
    let text = sample.replacingOccurrences(of: "SVC*HC:64483*1000*300**1~", with: "SVC*HC:64483*1000*300**\(units)~")
    #expect(text != sample)
    let e = #expect(throws: ToolkitError.self) { _ = try Remittance835.read(Array(text.utf8), file: "r.835") }
    #expect(e?.status == .dataError)
    #expect(e?.message.contains("SVC05") == true, "\(String(describing: e?.message))")
  }
}
