/// DrChrono `patient_authorizations` to auth, and `lab_results` that are urine drug tests
/// to uds. Field names from DrChrono's public API reference (app.drchrono.com/api-docs,
/// v4 "Hunt Valley"), as its OpenAPI schemas PatientAuthorization, LabResult and LabOrder
/// are republished in github.com/api-evangelist/drchrono (json-schema/
/// patientauthorization.json, labresult.json, laborder.json); no real export was at hand.
extension DrChronoImport {
  /// What mapping one object needs from the others and from the ledger.
  struct Context {
    struct LabOrder { let patient: String; let date: String }
    struct Screen { let file: String; let index: Int; let substance: String; let definitive: Bool; let detected: Bool; let specimen: String? }

    /// `lab_orders` of the files by id: a lab result names its order, the order its patient.
    var labOrders: [String: LabOrder] = [:]
    /// Drug-test results by lab order id, in file order.
    var screensByOrder: [String: [Screen]] = [:]
    var orderOrder: [String] = []
    /// The ledger's coverages and ICD-10 diagnoses of the patients authorized, by patient id.
    var coverages: [String: [JSONObject]] = [:]
    var diagnoses: [String: [String]] = [:]

    mutating func addLabOrder(_ o: JSONObject, file: String, index: Int) throws(ToolkitError) {
      let f = Fields(o: o, file: file, index: index, endpoint: Endpoint.labOrders.rawValue)
      labOrders[try f.id("id")] = LabOrder(patient: "drchrono-patient-\(try f.id("patient"))", date: try f.date("timestamp"))
    }

    mutating func addLedger(_ ledger: Ledger, patients: [String]) throws(ToolkitError) {
      for c in try ledger.records(of: .coverage, patientIds: patients) {
        if let p = c.string("patient_id") { coverages[p, default: []].append(c) }
      }
      for d in try ledger.records(of: .diagnosis, patientIds: patients) {
        if let p = d.string("patient_id"), let code = d.string("icd10") { diagnoses[p, default: []].append(code) }
      }
    }

    /// A lab result: kept for its order's uds when it is a drug test with a result;
    /// otherwise counted and skipped (ids and codes only in the notes, never values).
    mutating func addLabResult(_ f: Fields, id: String, summary: inout InteropSummary) throws(ToolkitError) {
      let what = "lab_results '\(id)'"
      func skip(_ reason: String) { summary.note(f.file, f.index + 1, what, reason, unit: "object") }
      let status = try f.string("status")
      guard ["F", "C", "P"].contains(status) else {
        guard ["I", "X"].contains(status) else { throw f.fail("status", "is not a DrChrono lab result status (P, I, C, F, X)") }
        return skip(status == "X" ? "lab result canceled" : "lab result pending (no result yet)")
      }
      let code = try f.optionalString("observation_code") ?? ""
      guard let test = DrugScreenLOINC.test(code: code, display: try f.optionalString("observation_description")) else {
        return skip("not a urine drug screen")
      }
      guard let detected = Self.detected(abnormal: try f.optionalString("abnormal_status"), value: try f.optionalString("value")) else {
        return skip("drug test without a result")
      }
      let order = try f.id("lab_order")
      guard labOrders[order] != nil else { return skip("lab_order not in the files") }
      let specimen = try f.optionalString("specimen_received") == nil ? nil : try f.date("specimen_received")
      if screensByOrder[order] == nil { orderOrder.append(order) }
      screensByOrder[order, default: []].append(
        Screen(file: f.file, index: f.index, substance: test.substance, definitive: test.definitive, detected: detected, specimen: specimen))
    }

    /// One uds per lab order with drug-test results, located at its first result.
    func screens(summary: inout InteropSummary) -> [(record: JSONObject, file: String, line: Int)] {
      orderOrder.compactMap { order in
        guard let lab = labOrders[order], let list = screensByOrder[order], let first = list.first else { return nil }
        var r = JSONObject()
        r["kind"] = "uds"
        r["id"] = .string("drchrono-uds-\(order)")
        r["patient_id"] = .string(lab.patient)
        r["type"] = .string(list.contains { $0.definitive } ? "definitive" : "presumptive")
        r["ordered_on"] = .string(lab.date)
        if let collected = list.compactMap(\.specimen).min() { r["collected_on"] = .string(collected) }
        r["results"] = .array(list.map { .object(["substance": .string($0.substance), "detected": .bool($0.detected)]) })
        summary.mapped["uds", default: 0] += 1
        return (r, first.file, first.index + 1)
      }
    }

    /// Detected or not: DrChrono's `abnormal_status` (HL7 v2 OBX-8 flags: POS, A, AA
    /// detected; NEG, N not), else the text of `value`.
    static func detected(abnormal: String?, value: String?) -> Bool? {
      switch abnormal ?? "" {
      case "POS", "A", "AA": return true
      case "NEG", "N": return false
      default: break
      }
      guard let v = value?.lowercased() else { return nil }
      if v.hasPrefix("pos") || v == "detected" { return true }
      if v.hasPrefix("neg") || v.hasPrefix("not") || v.hasPrefix("none") { return false }
      return nil
    }
  }

  /// A DrChrono authorization to an auth record: an authorization the payer has granted,
  /// with its number, dates and procedure codes. DrChrono names no payer and no diagnosis
  /// on it, so the payer is the patient's primary coverage in the ledger on the start date,
  /// and the ICD-10 codes are the patient's diagnoses in the ledger; without either it is
  /// counted and skipped.
  static func authorization(_ f: Fields, id: String, context: Context, summary: inout InteropSummary) throws(ToolkitError) -> JSONObject? {
    func skip(_ reason: String) -> JSONObject? {
      summary.note(f.file, f.index + 1, "patient_authorizations '\(id)'", reason, unit: "object")
      return nil
    }
    let patient = "drchrono-patient-\(try f.id("patient"))"
    var r = JSONObject()
    r["kind"] = "auth"
    r["id"] = .string("drchrono-auth-\(id)")
    r["patient_id"] = .string(patient)
    r["provider_id"] = .string("drchrono-doctor-\(try f.id("doctor"))")
    let from = try f.optionalString("start_date") == nil ? nil : try f.date("start_date")
    let to = try f.optionalString("end_date") == nil ? nil : try f.date("end_date")
    var items: [JSONValue] = []
    guard let codes = f.o["procedure_codes"], !codes.isNull else { return skip("no procedure_codes") }
    guard let list = codes.arrayValue else { throw f.fail("procedure_codes", "is not an array") }
    for (k, c) in list.enumerated() {
      guard let item = c.objectValue else { throw f.fail("procedure_codes", "item \(k + 1) is not an object") }
      let line = Fields(o: item, file: f.file, index: f.index, endpoint: f.endpoint)
      let cpt = try line.string("code")
      guard FieldChecks.isCPT(cpt) else { throw f.fail("procedure_codes", "item \(k + 1) 'code' is not a CPT or HCPCS code") }
      guard let units = DrChronoImport.whole(try line.optionalNumber("quantity") ?? 1, .units), units >= 1 else {
        throw f.fail("procedure_codes", "item \(k + 1) 'quantity' is not a number of units from 1 to \(NumericRange.units.maximum)")
      }
      items.append(.object(["seq": .int(Int64(k + 1)), "cpt": .string(cpt), "units": .int(units), "outcome": "approved", "approved_units": .int(units)]))
    }
    guard !items.isEmpty else { return skip("no procedure_codes") }
    r["items"] = .array(items)
    let covering = (context.coverages[patient] ?? []).filter { c in
      c.string("priority") == "primary" && from.map { d in (c.string("effective_from") ?? "") <= d && (c.string("effective_to") ?? "9999") >= d } ?? true
    }
    guard let coverage = covering.max(by: { ($0.string("effective_from") ?? "") < ($1.string("effective_from") ?? "") }),
      let payer = coverage.string("payer_id"), let coverageID = coverage.string("id")
    else { return skip("no primary coverage of the patient in the ledger (DrChrono names no payer)") }
    r["payer_id"] = .string(payer)
    r["coverage_id"] = .string(coverageID)
    let icd10 = Set(context.diagnoses[patient] ?? []).sorted()
    guard !icd10.isEmpty else { return skip("no ICD-10 diagnosis of the patient in the ledger (DrChrono names none)") }
    r["icd10"] = .array(icd10.map { .string($0) })
    r["urgency"] = "standard"
    r["status"] = .string(f.o["expired"]?.boolValue == true ? "expired" : "approved")
    if let number = try f.optionalString("auth_number") { r["auth_number"] = .string(number) }
    if let from { r["valid_from"] = .string(from) }
    if let to { r["valid_to"] = .string(to) }
    return r
  }
}
