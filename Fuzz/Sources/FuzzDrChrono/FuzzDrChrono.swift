import FuzzSupport
@testable import PainDesk

/// The DrChrono reader on arbitrary bytes: the JSON of API pages or lists, each object
/// mapped by its endpoint (lab orders first, as the import does), the drug screens of the
/// lab results, and every record made validated. In place of the ledger, every patient
/// authorized has one primary coverage and one diagnosis, so authorizations are mapped.
/// Errors stop one object, never the run, and never trap.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDrChrono(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let objects = try? DrChronoImport.objects(Array(FuzzInput(data, size).bytes), file: "fuzz.json") else { return 0 }
  var context = DrChronoImport.Context()
  for o in objects where DrChronoImport.Endpoint(of: o) == .patientAuthorizations {
    let fields = DrChronoImport.Fields(o: o, file: "fuzz.json", index: 0, endpoint: "patient_authorizations")
    guard let patient = try? fields.optionalID("patient") else { continue }
    let id = "drchrono-patient-\(patient)"
    context.coverages[id] = [JSONObject([("id", "cov-1"), ("payer_id", "payer-1"), ("priority", "primary"), ("effective_from", "2000-01-01")])]
    context.diagnoses[id] = ["M54.16"]
  }
  for (k, o) in objects.enumerated() where DrChronoImport.Endpoint(of: o) == .labOrders {
    try? context.addLabOrder(o, file: "fuzz.json", index: k)
  }
  var summary = InteropSummary()
  var records: [JSONObject] = []
  for (k, o) in objects.enumerated() {
    records += (try? DrChronoImport.map(o, file: "fuzz.json", index: k, summary: &summary, context: &context)) ?? []
  }
  records += context.screens(summary: &summary).map(\.record)
  for r in records { _ = RecordValidator.validate(r) }
  return 0
}

@main enum FuzzDrChronoMain {
  static func main() { FuzzDriver.run(fuzzDrChrono) }
}
