import Foundation

/// MedicationRequest to rx: the ingredient, strength and form from the RxNorm coding (an
/// ingredient RxCUI directly, or a product's name), the daily units from the dosage, and
/// quantity and days supply from the dispense request; `picked_up_on` from the latest
/// completed MedicationDispense's `whenHandedOver` in the export (`FHIRIndex.handedOver`).
extension FHIRMapping {
  func rx(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    guard j.string("intent") != "proposal", j.string("status") != "entered-in-error", j.string("status") != "draft" else {
      throw FHIRSkip("a proposal, draft or entered in error")
    }
    var o = record(.rx, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    o["prescriber_id"] = .string(try resolve(j["requester"], .provider, types: Self.practitionerTypes, field: "requester", required: true)!)
    let concept = FHIR.object(j, "medicationCodeableConcept")
    guard let coding = FHIR.codings(concept).first(where: { $0.system == FHIR.rxnormSystem }) else {
      throw FHIRSkip("no RxNorm coding (medicationCodeableConcept)")
    }
    let text = coding.display ?? concept?.string("text") ?? ""
    let ingredient = RxNormIngredients.byRxCUI(coding.code) ?? RxNormIngredients.inName(text)
    if let ingredient {
      o["drug"] = .string(ingredient.name)
      o["rxnorm"] = .string(ingredient.rxcui)
    } else {
      // Not an ingredient the toolkit knows: the name up to the strength.
      let name = Self.productName(text)
      guard !name.isEmpty else { throw FHIRSkip("no drug name") }
      o["drug"] = .string(name)
    }
    let dosage = FHIR.objects(j, "dosageInstruction").first
    let strength = Self.strength(text) ?? Self.doseStrength(dosage)
    guard let strength else { throw FHIRSkip("no strength (product name or dose in mg)") }
    o["strength"] = JSONValue.number(strength.value)
    o["strength_unit"] = .string(strength.unit)
    o["form"] = .string(Self.form(text))
    guard let dosage else { throw FHIRSkip("no dosage") }
    guard let perDay = Self.unitsPerDay(dosage) else { throw FHIRSkip("dosage has no dose and frequency") }
    o["units_per_day"] = JSONValue.number(perDay)
    let dispense = FHIR.object(j, "dispenseRequest")
    guard let quantity = FHIR.object(dispense ?? JSONObject(), "quantity")?["value"]?.doubleValue else {
      throw FHIRSkip("no dispenseRequest.quantity")
    }
    o["quantity"] = JSONValue.number(quantity)
    let supply = FHIR.object(dispense ?? JSONObject(), "expectedSupplyDuration")?["value"]?.doubleValue
    guard let days = supply ?? (perDay > 0 ? (quantity / perDay).rounded() : nil), days >= 1 else {
      throw FHIRSkip("no dispenseRequest.expectedSupplyDuration")
    }
    guard NumericRange.days.contains(days) else { throw FHIRSkip("days supply out of range") }
    o["days_supply"] = .int(Int64(days))
    o["schedule"] = .string(ingredient?.schedule ?? "none")
    guard let written = FHIR.date(j["authoredOn"]) else { throw FHIRSkip("no authoredOn") }
    o["written_on"] = .string(written)
    if let n = dispense?["numberOfRepeatsAllowed"]?.intValue { o["refills"] = .int(n) }
    o["status"] = .string(j.string("status") == "active" || j.string("status") == "on-hold" ? "active" : "discontinued")
    if let picked = index.handedOver[r.key] { o["picked_up_on"] = .string(picked) }
    return o
  }

  /// The drug name of an RxNorm product: the words before the strength, after any
  /// leading release or volume ("24 HR", "1 ML").
  static func productName(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    while words.count >= 2, Double(words[0]) != nil, ["HR", "ML", "ACTUAT", "DAY"].contains(words[1].uppercased()) { words.removeFirst(2) }
    return words.prefix { Double($0) == nil }.joined(separator: " ").lowercased()
  }

  /// `5 MG`, `0.025 MG/HR` (a patch, in mcg per hour), `100 MCG` from a product name.
  static func strength(_ text: String) -> (value: Double, unit: String)? {
    let words = text.uppercased().split(separator: " ").map(String.init)
    for (k, w) in words.enumerated() where k > 0 {
      guard let v = Double(words[k - 1]) else { continue }
      switch w {
      case "MG": return (v, "mg")
      case "MCG": return (v, "mcg")
      case "MG/HR": return (v * 1000, "mcg_per_hr")
      case "MCG/HR": return (v, "mcg_per_hr")
      default: continue
      }
    }
    return nil
  }

  static func doseStrength(_ dosage: JSONObject?) -> (value: Double, unit: String)? {
    guard let dose = dosage.flatMap({ FHIR.objects($0, "doseAndRate").first }).flatMap({ FHIR.object($0, "doseQuantity") }),
      let v = dose["value"]?.doubleValue, let unit = dose.string("unit")?.lowercased() ?? dose.string("code")?.lowercased()
    else { return nil }
    switch unit {
    case "mg": return (v, "mg")
    case "mcg", "ug": return (v, "mcg")
    default: return nil
    }
  }

  static func form(_ text: String) -> String {
    let t = text.lowercased()
    if t.contains("transdermal") || t.contains("patch") { return "patch" }
    if t.contains("tablet") { return "tablet" }
    if t.contains("capsule") { return "capsule" }
    if t.contains("film") { return "film" }
    if t.contains("solution") || t.contains("oral liquid") { return "solution" }
    return "other"
  }

  /// Units a day: dose (1 when the dose is in mg, as the strength is) times frequency per
  /// period, the period in days.
  static func unitsPerDay(_ dosage: JSONObject) -> Double? {
    guard let repeatObject = FHIR.object(dosage, "timing").flatMap({ FHIR.object($0, "repeat") }) else { return nil }
    let frequency = repeatObject["frequency"]?.doubleValue ?? 1
    let period = repeatObject["period"]?.doubleValue ?? 1
    let perDay: Double
    switch repeatObject.string("periodUnit") {
    case "d": perDay = 1 / period
    case "h": perDay = 24 / period
    case "wk": perDay = 1 / (7 * period)
    case "min": perDay = 1440 / period
    default: return nil
    }
    let dose = FHIR.objects(dosage, "doseAndRate").first.flatMap { FHIR.object($0, "doseQuantity") }
    let unit = dose?.string("unit")?.lowercased()
    let units = (unit == "mg" || unit == "mcg") ? 1 : dose?["value"]?.doubleValue ?? 1
    let v = units * frequency * perDay
    return v > 0 ? (v * 1000).rounded() / 1000 : nil
  }
}
