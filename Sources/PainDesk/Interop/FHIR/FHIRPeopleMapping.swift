/// Patient, Practitioner (+ PractitionerRole), Organization/Location, Coverage (+ payer).
extension FHIRMapping {
  func patient(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    var o = record(.patient, r.id)
    if let mrn = FHIR.identifier(j, typeCode: "MR") { o["mrn"] = .string(mrn) }
    let names = FHIR.objects(j, "name")
    guard let name = names.first(where: { $0.string("use") == "official" }) ?? names.first else { throw FHIRSkip("no name") }
    guard let given = FHIR.array(name, "given").first?.stringValue else { throw FHIRSkip("no given name") }
    guard let family = name.string("family") else { throw FHIRSkip("no family name") }
    o["given_name"] = .string(given)
    o["family_name"] = .string(family)
    guard let dob = FHIR.date(j["birthDate"]) else { throw FHIRSkip("no birthDate") }
    o["dob"] = .string(dob)
    let sex = ["female": "female", "male": "male", "other": "other"][j.string("gender") ?? ""] ?? "unknown"
    o["sex"] = .string(sex)
    let addresses = FHIR.objects(j, "address")
    let address = addresses.first { $0.string("use") == "home" } ?? addresses.first
    guard let state = address?.string("state").flatMap(USStates.code) else { throw FHIRSkip("no US state in the address") }
    o["state"] = .string(state)
    for t in FHIR.objects(j, "telecom") {
      guard let v = t.string("value") else { continue }
      if t.string("system") == "phone" && o["phone"] == nil { o["phone"] = .string(v) }
      if t.string("system") == "email" && o["email"] == nil { o["email"] = .string(v) }
    }
    let deceased = j["deceasedBoolean"]?.boolValue == true || j["deceasedDateTime"] != nil
    o["status"] = .string(deceased ? "deceased" : j["active"]?.boolValue == false ? "inactive" : "active")
    if let p = try resolve(FHIR.array(j, "generalPractitioner").first, .provider, types: ["Practitioner", "PractitionerRole"], field: "generalPractitioner", required: false) {
      o["provider_id"] = .string(p)
    }
    return o
  }

  /// NUCC taxonomy prefixes (and v2 degree codes) to the provider roles PainDesk knows.
  static func role(codes: [String]) -> String? {
    for c in codes {
      if c.hasPrefix("363L") || c == "NP" { return "np" }
      if c.hasPrefix("363A") || c == "PA" { return "pa" }
      if c.hasPrefix("20") || c == "MD" || c == "DO" { return "physician" }
    }
    return nil
  }

  func provider(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    var o = record(.provider, r.id)
    guard let npi = FHIR.identifier(j, system: FHIR.npiSystem) else { throw FHIRSkip("no NPI identifier") }
    o["npi"] = .string(npi)
    guard let name = FHIR.objects(j, "name").first, let family = name.string("family"),
      let given = FHIR.array(name, "given").first?.stringValue
    else { throw FHIRSkip("no name") }
    o["given_name"] = .string(given)
    o["family_name"] = .string(family)
    let qualifications = FHIR.objects(j, "qualification").flatMap { FHIR.codings(FHIR.object($0, "code")).map(\.code) }
    guard let role = Self.role(codes: (index.roleCodes[r.key] ?? []) + qualifications) else {
      throw FHIRSkip("no role (PractitionerRole code or qualification)")
    }
    o["role"] = .string(role)
    return o
  }

  /// CMS place-of-service code system, and HL7 v3 RoleCode service delivery locations.
  static let posSystem = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
  static let roleCodePOS = ["HOSP": "22", "ER": "23", "AMB": "24", "PC": "11", "PAINCL": "11", "OF": "11"]

  func location(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    var o = record(.location, r.id)
    guard let name = j.string("name") else { throw FHIRSkip("no name") }
    o["name"] = .string(name)
    let address = j["address"]?.objectValue ?? FHIR.objects(j, "address").first
    guard let address, let line = FHIR.array(address, "line").first?.stringValue, let city = address.string("city"),
      let state = address.string("state").flatMap(USStates.code), let zip = address.string("postalCode").flatMap(ZIPCode.normalize)
    else { throw FHIRSkip("no complete US address") }
    o["address"] = .object(["line": .string(line), "city": .string(city), "state": .string(state), "zip": .string(zip)])
    let types = FHIR.array(j, "type").compactMap(\.objectValue).flatMap { FHIR.codings($0) }
    let pos = types.first { $0.system == Self.posSystem }?.code ?? types.lazy.compactMap { Self.roleCodePOS[$0.code] }.first
    guard let pos else { throw FHIRSkip("no place-of-service type") }
    o["place_of_service"] = .string(pos)
    if let npi = FHIR.identifier(j, system: FHIR.npiSystem) { o["npi"] = .string(npi) }
    for t in FHIR.objects(j, "telecom") {
      if t.string("system") == "phone", o["phone"] == nil, let v = t.string("value") { o["phone"] = .string(v) }
      if t.string("system") == "fax", o["fax"] == nil, let v = t.string("value") { o["fax"] = .string(v) }
    }
    return o
  }

  /// Source of Payment Typology (PHDSC) codes to payer types, by their leading digits.
  static func payerType(_ concept: JSONObject?) -> String? {
    for c in FHIR.codings(concept) {
      let code = c.code
      if code.hasPrefix("11") { return "medicare_advantage" }
      if code.hasPrefix("1") { return "medicare" }
      if code.hasPrefix("2") { return "medicaid" }
      if code.hasPrefix("311") { return "tricare" }
      if code.hasPrefix("5") || code.hasPrefix("6") { return "commercial" }
      if code.hasPrefix("81") || code.hasPrefix("8") { return "self_pay" }
      if code == "95" || code.hasPrefix("95") { return "workers_comp" }
      if code == "WC" || code == "WCBPOL" { return "workers_comp" }
      if code == "AUTOPOL" { return "auto_no_fault" }
    }
    return nil
  }

  func coverage(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    var o = record(.coverage, r.id)
    o["patient_id"] = .string(try resolve(j["beneficiary"], .patient, types: ["Patient"], field: "beneficiary", required: true)!)
    // The payer: the payor Organization, made a payer record beside its location.
    guard let payorRef = FHIR.array(j, "payor").first, let ref = FHIRReference(payorRef) else { throw FHIRSkip("no payor") }
    guard let key = index.key(of: ref, types: ["Organization"]), key.hasPrefix("Organization/") else {
      if case .literal(_, let id) = ref, ledgerIDs(.payer).contains(id) {
        o["payer_id"] = .string(id)
        return try coverageRest(j, o)
      }
      throw FHIRSkip("payor names an Organization not in the files or the ledger")
    }
    let orgID = String(key.dropFirst("Organization/".count))
    guard let name = index.organizationNames[key] else { throw FHIRSkip("payor Organization has no name") }
    guard let type = Self.payerType(FHIR.object(j, "type")) else { throw FHIRSkip("payer type unknown (Coverage.type)") }
    var payer = record(.payer, orgID)
    payer["name"] = .string(name)
    payer["type"] = .string(type)
    guard acceptExtra(payer, kind: .payer) else { throw FHIRSkip("payer from the payor Organization is not valid") }
    o["payer_id"] = .string(orgID)
    return try coverageRest(j, o)
  }

  private func coverageRest(_ j: JSONObject, _ base: JSONObject) throws(FHIRSkip) -> JSONObject {
    var o = base
    guard let member = j.string("subscriberId") ?? FHIR.identifier(j, typeCode: "MB") else { throw FHIRSkip("no member id") }
    o["member_id"] = .string(member)
    for c in FHIR.objects(j, "class") where FHIR.codings(FHIR.object(c, "type")).contains(where: { $0.code == "group" }) {
      if let v = c.string("value") { o["group"] = .string(v) }
    }
    let order = j["order"]?.intValue ?? 1
    o["priority"] = .string(order == 2 ? "secondary" : order >= 3 ? "tertiary" : "primary")
    let period = FHIR.object(j, "period")
    guard let from = FHIR.date(period?["start"]) else { throw FHIRSkip("no period.start") }
    o["effective_from"] = .string(from)
    if let to = FHIR.date(period?["end"]) { o["effective_to"] = .string(to) }
    return o
  }
}
