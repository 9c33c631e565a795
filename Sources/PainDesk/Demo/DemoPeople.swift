/// Providers, sites, payers, patients, coverages and injury cases of the demo clinic: a
/// two-physician interventional pain practice in central Texas (a WISeR state).
struct DemoProvider {
  let id: String
  let role: String
}

struct DemoLocation {
  let id: String
  let pos: String
}

struct DemoPayer {
  let id: String
  let type: String
}

struct DemoPatient {
  let id: String
  let given: String
  let family: String
  let dob: DemoDate
  let sex: String
  let state: String
  let status: String
  let providerID: String
  let condition: DemoCondition
  /// The new-patient visit; nil while a referral is still in intake.
  let firstSeen: DemoDate?
  /// The last day the clinic dealt with a patient who is no longer active.
  let lastSeen: DemoDate
  var opioid = false
  var riskTier: String?
  /// An Opioid Risk Tool score on file, when no tier is set.
  var ortScore: Int?
  /// Coverage and payer that procedures bill to (the injury case's, if any).
  var coverageID = ""
  var payerID = ""
  var caseID: String?

  var isActive: Bool { status == "active" }
  func age(at d: DemoDate) -> Int {
    let a = d.ymd
    let b = dob.ymd
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day) ? 1 : 0)
  }
}

enum DemoPeople {
  static let activePatients = 800
  static let formerPatients: [(status: String, count: Int)] = [
    ("inactive", 60), ("discharged", 25), ("deceased", 12),
  ]
  /// Patients whose referral is still in intake (part of the active count).
  static let intakePatients = 44

  static let givenFemale = [
    "Ada", "Bonnie", "Clara", "Delia", "Edna", "Flora", "Greta", "Hazel", "Ivy", "June",
    "Kit", "Lena", "Mabel", "Nora", "Opal", "Pearl", "Rosa", "Stella", "Tess", "Vera",
  ]
  static let givenMale = [
    "Abe", "Boyd", "Cyrus", "Dale", "Emmett", "Floyd", "Gus", "Hollis", "Ike", "Jasper",
    "Knox", "Lyle", "Milo", "Ned", "Otis", "Percy", "Rufus", "Silas", "Tad", "Walt",
  ]
  /// Family names nobody has, so demo output is never mistaken for a real chart.
  static let family = [
    "Sampleton", "Mockridge", "Fakeley", "Placeholt", "Testworth", "Dummond", "Examplar",
    "Notreal", "Synthby", "Pseudowell", "Fauxman", "Madeupson", "Demoreaux", "Trialbury",
    "Stubbins", "Fixturely", "Pretendle", "Imaginaro", "Fictionby", "Inventa", "Mockwell",
    "Shamworth", "Bogusby", "Phonyfield", "Nullsworth", "Seedling", "Loremby", "Ipsumson",
    "Dolorfield", "Quuxley", "Foobarre", "Bazwell", "Widgetson", "Gizmond", "Doohicky",
    "Thingamy", "Whatsit", "Sockpuppet", "Strawman", "Scarecroft",
  ]

  // MARK: providers, locations, payers

  static func providers(_ b: DemoBuilder) {
    let r = b.rng(.provider)
    let staff: [(String, String, String, String)] = [
      ("DR1", "Avery", "Quillfeather", "physician"),
      ("DR2", "Morgan", "Thistlewood", "physician"),
      ("NP1", "Casey", "Brambleton", "np"),
    ]
    for (id, given, family, role) in staff {
      b.providers.append(DemoProvider(id: id, role: role))
      b.emit(.provider, id, [
        "npi": .str(npi(r)), "given_name": .str(given), "family_name": .str(family),
        "role": .str(role),
      ])
    }
  }

  /// A 10-digit NPI: 1 + 8 random digits + the Luhn check digit over 80840 + the first
  /// nine (the CMS NPI check-digit rule).
  static func npi(_ r: DemoRandom) -> String {
    let body = "1" + r.digits(8)
    return body + String(npiCheckDigit(body))
  }

  static func npiCheckDigit(_ first9: String) -> Int {
    let digits = ("80840" + first9).utf8.map { Int($0) - 48 }
    var sum = 0
    // The check digit will sit to the right, so the rightmost payload digit is doubled.
    for (k, d) in digits.reversed().enumerated() {
      if k % 2 == 0 {
        let x = d * 2
        sum += x > 9 ? x - 9 : x
      } else {
        sum += d
      }
    }
    return (10 - sum % 10) % 10
  }

  static func locations(_ b: DemoBuilder) {
    let r = b.rng(.location)
    let sites: [(String, String, String, String, String, String, String, String)] = [
      ("LOC1", "Demo Spine & Pain, Austin office", "2200 Mesquite Ridge Dr Ste 300", "Austin", "78731", "11", "0101", "0102"),
      ("LOC2", "Demo Hill Country Surgery Center", "1450 Limestone Pkwy", "Round Rock", "78681", "24", "0111", "0112"),
      ("LOC3", "Demo Balcones Hospital Outpatient Dept", "8800 Cedar Bend Blvd", "Austin", "78758", "22", "0121", "0122"),
    ]
    for (id, name, line, city, zip, pos, phone, fax) in sites {
      b.locations.append(DemoLocation(id: id, pos: pos))
      b.emit(.location, id, [
        "name": .str(name), "npi": .str(npi(r)), "tax_id": .str("74-" + r.digits(7)),
        "address": .obj(["line": .str(line), "city": .str(city), "state": "TX", "zip": .str(zip)]),
        "phone": .str("512-555-" + phone), "fax": .str("512-555-" + fax),
        "place_of_service": .str(pos),
      ])
    }
  }

  static func payers(_ b: DemoBuilder) {
    let interventional = DemoCPT.interventional
    let opd = ["63650", "64490", "64491", "64492", "64493", "64494", "64495", "64633", "64634", "64635", "64636"]
    let wiser = ["62321", "62323", "64479", "64480", "64483", "64484"]
    // id, name, type, decision days, appeal window, p2p window, channel, PA list
    let list: [(String, String, String, Int?, Int?, Int?, String, [String])] = [
      ("medicare", "Medicare Part B (Novitas JH)", "medicare", nil, nil, nil, "portal", wiser + opd),
      ("uhc-ma", "UnitedHealthcare Medicare Advantage", "medicare_advantage", 7, 65, 14, "portal", interventional),
      ("tx-medicaid-mco", "Texas Medicaid STAR managed care", "medicaid", 7, 60, nil, "fhir_pas", interventional),
      ("aetna-ppo", "Aetna PPO", "commercial", 15, 180, 14, "x12_278", interventional),
      ("cigna-ppo", "Cigna Open Access Plus", "commercial", 15, 180, 10, "portal", interventional),
      ("bcbs-marketplace", "Blue Cross Blue Shield of Texas Marketplace", "marketplace", 15, 180, nil, "fhir_pas", interventional),
      ("wc-travelers", "Travelers Workers' Compensation", "workers_comp", 3, nil, nil, "fax", interventional),
      ("auto-geico", "GEICO Personal Injury Protection", "auto_no_fault", nil, nil, nil, "fax", interventional),
      ("tricare", "TRICARE East", "tricare", 10, 90, nil, "portal", interventional),
      ("self-pay", "Self-pay", "self_pay", nil, nil, nil, "phone", []),
    ]
    for (id, name, type, days, appeal, p2p, channel, pa) in list {
      b.payers.append(DemoPayer(id: id, type: type))
      b.emit(.payer, id, [
        "name": .str(name), "type": .str(type), "state": type == "self_pay" ? nil : "TX",
        "mac_jurisdiction": type == "medicare" ? "JH" : nil,
        "pa_required_cpts": pa.isEmpty ? nil : .strs(pa), "decision_days": .num(days),
        "expedited_hours": days == nil ? nil : 72, "appeal_window_days": .num(appeal),
        "p2p_window_days": .num(p2p), "submission_channel": type == "self_pay" ? nil : .str(channel),
      ])
    }
  }

  // MARK: patients

  /// Plans who the patients are (typed), before any patient record is written, so the
  /// controlled-substance plan can set risk tiers on the patient records.
  static func planPatients(_ b: DemoBuilder) {
    let r = b.rng(.patient)
    let plan = b.rng(named: "plan-condition")
    var statuses = Array(repeating: "active", count: activePatients)
    for (s, n) in formerPatients { statuses += Array(repeating: s, count: n) }
    statuses = r.shuffled(statuses)
    var intakeLeft = intakePatients
    for (k, status) in statuses.enumerated() {
      let sex = r.weighted([("female", 54), ("male", 44), ("other", 1), ("unknown", 1)])
      let age = r.weighted([(r.int(24...44), 20), (r.int(45...64), 40), (r.int(65...89), 40)])
      let dob = b.asOf - (age * 365 + r.int(1...364))
      let given = sex == "male" ? r.pick(givenMale) : sex == "female" ? r.pick(givenFemale) : r.pick(givenFemale + givenMale)
      let condition = DemoCondition.draw(plan)
      let intake = status == "active" && intakeLeft > 0 && plan.chance(0.07)
      if intake { intakeLeft -= 1 }
      // Established patients first came up to six years ago; a third within the history.
      let firstSeen: DemoDate? =
        intake ? nil
        : (plan.chance(0.33) && status == "active"
          ? b.historyStart + plan.int(0...350) : b.historyStart - plan.int(10...2000)).weekdayOnOrAfter
      let lastSeen = status == "active" ? b.asOf : b.asOf - plan.int(130...330)
      b.patients.append(DemoPatient(
        id: demoID("P", k + 1), given: given, family: r.pick(family), dob: dob, sex: sex,
        state: r.weighted([("TX", 95), ("OK", 2), ("LA", 2), ("NM", 1)]), status: status,
        providerID: r.weighted([("DR1", 45), ("DR2", 40), ("NP1", 15)]), condition: condition,
        firstSeen: firstSeen.map { $0 > lastSeen ? lastSeen - 30 : $0 }, lastSeen: lastSeen))
    }
  }

  static func emitPatients(_ b: DemoBuilder) {
    let r = b.rng(.patient)
    for (k, p) in b.patients.enumerated() {
      let contact = r.weighted([("phone", 40), ("sms", 25), ("email", 15), ("portal", 15), ("mail", 5)])
      b.emit(.patient, p.id, [
        "mrn": .str("MRN" + DemoDate.pad(400_000 + k * 7, 6)), "given_name": .str(p.given),
        "family_name": .str(p.family), "dob": .date(p.dob), "sex": .str(p.sex), "state": .str(p.state),
        "phone": r.chance(0.96) ? .str(phone(r)) : nil,
        "email": r.chance(0.7) ? .str("\(p.given).\(p.family)\(k + 1)".lowercased() + "@example.com") : nil,
        "contact_preference": .str(contact), "status": .str(p.status), "provider_id": .str(p.providerID),
        "risk_tier": .str(p.riskTier),
        "recall_interval_days": p.isActive ? .num(p.opioid ? 30 : r.pick([90, 90, 180, 365])) : nil,
        "do_not_contact": p.status == "deceased" || r.chance(0.01) ? true : nil,
      ])
    }
  }

  /// A number in the 555-0100..0199 range reserved for fiction.
  static func phone(_ r: DemoRandom) -> String {
    r.pick(["512", "737", "254", "830"]) + "-555-01" + DemoDate.pad(r.int(0...99), 2)
  }

  // MARK: coverage and injury cases

  static func coverages(_ b: DemoBuilder) {
    let r = b.rng(.coverage)
    let caseRng = b.rng(.case)
    var injuries = 0
    for k in b.patients.indices {
      let p = b.patients[k]
      let age = p.age(at: b.asOf)
      let primary: String =
        age >= 65
        ? r.weighted([("medicare", 55), ("uhc-ma", 38), ("tricare", 4), ("aetna-ppo", 3)])
        : r.weighted([
          ("aetna-ppo", 24), ("cigna-ppo", 16), ("bcbs-marketplace", 14), ("tx-medicaid-mco", 18),
          ("medicare", 6), ("tricare", 5), ("self-pay", 5), ("uhc-ma", 2),
        ])
      // Work and car injuries: spine patients under 65 with a commercial or no plan.
      let injury: String? =
        age < 65 && p.firstSeen != nil && p.condition.isSpinal && injuries < 60 && r.chance(0.16)
        ? (r.chance(0.62) ? "wc-travelers" : "auto-geico") : nil
      var plans = [(primary, "primary")]
      if let injury {
        injuries += 1
        plans = [(injury, "primary"), (primary, "secondary")]
      } else if primary == "medicare" && r.chance(0.27) {
        plans.append((r.chance(0.45) ? "tx-medicaid-mco" : "cigna-ppo", "secondary"))
      } else if primary != "self-pay" && r.chance(0.04) {
        plans.append((primary == "aetna-ppo" ? "cigna-ppo" : "aetna-ppo", "secondary"))
      }
      for (n, (payerID, priority)) in plans.enumerated() {
        let id = "\(p.id)-cov-\(n + 1)"
        let type = b.payer(payerID).type
        let since = (p.firstSeen ?? b.asOf) - r.int(30...1500)
        let from =
          type == "medicare" && age >= 65 ? max(since, p.dob + (65 * 365 + 17)) : DemoDate(year: since.year, month: 1, day: 1)
        let verified = r.chance(0.82) ? b.asOf - r.int(0...45) : b.asOf - r.int(100...330)
        let isInjury = type == "workers_comp" || type == "auto_no_fault"
        let claim = isInjury ? (type == "workers_comp" ? "TRV" : "GEI") + r.digits(9) : ""
        b.emit(.coverage, id, [
          "patient_id": .str(p.id), "payer_id": .str(payerID),
          "member_id": .str(isInjury ? claim : memberID(type, p.id, r)),
          "group": type == "commercial" || type == "marketplace" ? .str("GRP" + r.digits(6)) : nil,
          "priority": .str(priority), "effective_from": .date(from),
          "effective_to": type == "marketplace" ? .date(DemoDate(year: b.asOf.year, month: 12, day: 31)) : nil,
          "verified_on": type == "self_pay" ? nil : .date(max(verified, from)),
          "verified_by": type == "self_pay" ? nil : .str(r.pick(["va-rosa", "va-dev", "billing-lee"])),
          "verified_via": type == "self_pay" ? nil : .str(r.weighted([("portal", 50), ("x12_271", 35), ("phone", 15)])),
        ])
        if n == 0 {
          b.patients[k].coverageID = id
          b.patients[k].payerID = payerID
        }
        if isInjury { b.patients[k].caseID = injuryCase(b, caseRng, p, coverageID: id, type: type, claim: claim) }
      }
    }
  }

  static func memberID(_ type: String, _ patientID: String, _ r: DemoRandom) -> String {
    switch type {
    case "medicare": return mbi(r)
    case "medicare_advantage": return "U" + r.digits(9)
    case "medicaid": return "5" + r.digits(8)
    case "tricare": return r.digits(10)
    case "self_pay": return "SELF-" + patientID
    case "marketplace": return "XBT" + r.digits(9)
    default: return "W" + r.digits(9)
    }
  }

  /// A Medicare Beneficiary Identifier shape: 11 characters, no S L O I B Z.
  static func mbi(_ r: DemoRandom) -> String {
    let letters = Array("ACDEFGHJKMNPQRTUVWXY")
    let alnum = letters + Array("0123456789")
    func l() -> Character { r.pick(letters) }
    func a() -> Character { r.pick(alnum) }
    func d() -> Character { Character(String(r.int(0...9))) }
    return String([Character(String(r.int(1...9))), l(), a(), d(), l(), a(), d(), l(), l(), d(), d()])
  }

  static func injuryCase(
    _ b: DemoBuilder, _ r: DemoRandom, _ p: DemoPatient, coverageID: String, type: String, claim: String
  ) -> String {
    let id = "\(p.id)-case-1"
    let wc = type == "workers_comp"
    let injured = (p.firstSeen ?? b.asOf) - r.int(20...420)
    let adjuster = r.pick(["Dana Ledgerly", "Robin Claimsworth", "Pat Fileman", "Sam Docketts"])
    b.emit(.case, id, [
      "patient_id": .str(p.id), "coverage_id": .str(coverageID),
      "type": .str(wc ? "workers_comp" : "auto_no_fault"), "claim_number": .str(claim),
      "injury_date": .date(injured), "state": "TX",
      "employer": wc ? .str(r.pick(["Lone Star Widget Co.", "Pecan Valley Logistics", "Bluebonnet Masonry LLC", "Caprock Freight Inc."])) : nil,
      "adjuster": .obj([
        "name": .str(adjuster), "phone": .str(phone(r)),
        "email": .str(adjuster.lowercased().split(separator: " ").joined(separator: ".") + "@example.com"),
        "fax": r.chance(0.6) ? .str(phone(r)) : nil,
      ]),
      "tpa": wc && r.chance(0.4) ? "Demo Claims Services TPA" : nil,
      "status": .str(r.chance(0.9) ? "open" : "closed"),
    ])
    return id
  }
}
