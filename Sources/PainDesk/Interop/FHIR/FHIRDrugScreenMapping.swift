/// Observation with a urine drug-test LOINC code to uds: one record per Observation, its
/// components (a panel) or its own value as the results.
extension FHIRMapping {
  func drugScreen(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    let loinc = FHIR.codings(FHIR.object(j, "code")).filter { $0.system == FHIR.loincSystem }
    let own = loinc.lazy.compactMap { DrugScreenLOINC.test(code: $0.code, display: $0.display) }.first
    let isPanel = loinc.contains { DrugScreenLOINC.panels[$0.code] != nil }
    var results: [JSONValue] = []
    var definitive = own?.definitive ?? false
    for c in FHIR.objects(j, "component") {
      let codings = FHIR.codings(FHIR.object(c, "code")).filter { $0.system == FHIR.loincSystem }
      guard let t = codings.lazy.compactMap({ DrugScreenLOINC.test(code: $0.code, display: $0.display) }).first else { continue }
      guard let detected = Self.detected(c) else { throw FHIRSkip("a drug-test component has no result") }
      definitive = definitive || t.definitive
      results.append(.object(["substance": .string(t.substance), "detected": .bool(detected)]))
    }
    if let own, results.isEmpty {
      guard let detected = Self.detected(j) else { throw FHIRSkip("drug test without a result") }
      results.append(.object(["substance": .string(own.substance), "detected": .bool(detected)]))
    }
    guard own != nil || isPanel || !results.isEmpty else { throw FHIRSkip("not a drug-screen Observation") }
    guard ["final", "amended", "corrected", "preliminary"].contains(j.string("status") ?? "") else {
      throw FHIRSkip("status is not final, amended, corrected or preliminary")
    }
    var o = record(.uds, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    o["type"] = .string(definitive ? "definitive" : "presumptive")
    guard let collected = FHIR.date(j["effectiveDateTime"]) ?? FHIR.date(FHIR.object(j, "effectivePeriod")?["start"]) else {
      throw FHIRSkip("no effective date")
    }
    o["ordered_on"] = .string(collected)
    o["collected_on"] = .string(collected)
    if let issued = FHIR.date(j["issued"]) { o["resulted_on"] = .string(issued) }
    if !results.isEmpty { o["results"] = .array(results) }
    return o
  }

  /// Detected or not, from a coded (SNOMED positive/negative, "POS"/"NEG") or boolean value.
  static func detected(_ o: JSONObject) -> Bool? {
    if let b = o["valueBoolean"]?.boolValue { return b }
    if let s = o.string("valueString")?.lowercased() { return s.hasPrefix("pos") || s == "detected" ? true : s.hasPrefix("neg") || s.hasPrefix("not") ? false : nil }
    for c in FHIR.codings(FHIR.object(o, "valueCodeableConcept")) {
      switch c.code {
      case "10828004", "260373001", "POS", "DET", "A": return true
      case "260385009", "260415000", "NEG", "ND", "N": return false
      default: continue
      }
    }
    return nil
  }
}
