import Testing

@testable import PainDesk

/// One clinic shared by the tests: generating it is the slow part.
private let asOf = "2026-11-29"
private let clinic = DemoClinic.generate(seed: 1, asOf: asOf)

private func records(_ kind: RecordKind) -> [JSONObject] {
  clinic.filter { $0.string("kind") == kind.rawValue }
}

@Test func demoIsDeterministic() {
  let again = DemoClinic.generate(seed: 1, asOf: asOf)
  #expect(again.count == clinic.count)
  #expect(again.map { JSONWriter.canonical(.object($0)) } == clinic.map { JSONWriter.canonical(.object($0)) })
  let other = DemoClinic.generate(seed: 2, asOf: asOf)
  #expect(other.map { JSONWriter.canonical(.object($0)) } != clinic.map { JSONWriter.canonical(.object($0)) })
}

@Test func demoStreamsAreIndependentOfEachOther() {
  // Each kind has its own stream: the providers do not change when the seed's other
  // streams are consumed differently, and two streams of one seed differ.
  let a = DemoRandom(seed: 7, stream: "patient")
  let b = DemoRandom(seed: 7, stream: "auth")
  #expect(a.next() != b.next())
  #expect(DemoRandom.fnv1a("") == 0xcbf2_9ce4_8422_2325)
  #expect(DemoRandom.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
}

@Test func demoRecordsHaveKindAndUniqueIDs() {
  var seen: [String: Set<String>] = [:]
  for r in clinic {
    let kind = r.string("kind")
    let id = r.string("id")
    #expect(kind.flatMap(RecordKind.init(name:))?.isStored == true)
    #expect(id?.isEmpty == false)
    guard let kind, let id else { continue }
    #expect(seen[kind, default: []].insert(id).inserted, "duplicate \(kind) id \(id)")
  }
}

@Test func demoKindsComeInDependencyOrder() {
  let orders = clinic.compactMap { $0.string("kind").flatMap(RecordKind.init(name:))?.order }
  #expect(orders == orders.sorted())
}

@Test func demoReferencesResolveToEarlierRecords() {
  // Field -> the kind it names.
  let targets: [String: RecordKind] = [
    "patient_id": .patient, "provider_id": .provider, "prescriber_id": .provider, "location_id": .location,
    "payer_id": .payer, "coverage_id": .coverage, "case_id": .case, "document_id": .document,
    "procedure_id": .procedure, "auth_id": .auth, "claim_id": .claim, "denial_id": .denial, "rx_id": .rx,
    "reauth_of": .auth, "location": .location,
  ]
  var known: [RecordKind: Set<String>] = [:]
  var broken: [String] = []
  func check(_ field: String, _ value: String, in id: String) {
    guard let kind = targets[field] else { return }
    if known[kind]?.contains(value) != true { broken.append("\(id).\(field)=\(value)") }
  }
  for r in clinic {
    let kind = RecordKind(name: r.string("kind")!)!
    let id = r.string("id")!
    for (field, value) in r {
      if let s = value.stringValue { check(field, s, in: id) }
      if field == "document_ids" { for d in value.arrayValue ?? [] { check("document_id", d.stringValue!, in: id) } }
      if field == "lines" {
        for line in value.arrayValue ?? [] {
          if let p = line["procedure_id"]?.stringValue { check("procedure_id", p, in: id) }
        }
      }
    }
    known[kind, default: []].insert(id)
  }
  #expect(broken.isEmpty, "\(broken.prefix(10))")
}

@Test func demoHasTheAskedScale() {
  let providers = records(.provider)
  #expect(providers.filter { $0.string("role") == "physician" }.count == 2)
  #expect(providers.filter { $0.string("role") == "np" }.count == 1)
  let patients = records(.patient)
  #expect(patients.filter { $0.string("status") == "active" }.count == 800)
  for s in ["inactive", "discharged", "deceased"] {
    #expect(patients.contains { $0.string("status") == s })
  }
  let benzodiazepines: Set<String> = ["alprazolam", "clonazepam"]
  let opioid = Set(records(.rx).filter { !benzodiazepines.contains($0.string("drug") ?? "") }.compactMap { $0.string("patient_id") })
  #expect((140...160).contains(opioid.count))
  let payerTypes = Set(records(.payer).compactMap { $0.string("type") })
  #expect(payerTypes == ["medicare", "medicare_advantage", "medicaid", "commercial", "marketplace", "workers_comp", "auto_no_fault", "tricare", "self_pay"])
  let covered = Set(records(.coverage).compactMap { $0.string("payer_id") })
  #expect(covered.count == records(.payer).count)
  #expect(Set(records(.case).compactMap { $0.string("type") }) == ["workers_comp", "auto_no_fault"])
  #expect(records(.location).map { $0.string("place_of_service")! } == ["11", "24", "22"])
  for kind in RecordKind.stored { #expect(!records(kind).isEmpty, "no \(kind.rawValue) records") }
}

@Test func demoAuthsCoverEveryStatusWithAThirdDeniedFirstPass() {
  let auths = records(.auth)
  let statuses = Set(auths.compactMap { $0.string("status") })
  #expect(statuses == ["draft", "submitted", "pended", "approved", "approved_pending_number", "partial", "modified", "denied", "cancelled", "expired"])
  let decided = auths.filter { $0.keys.contains("decided_at") && !$0.keys.contains("reauth_of") }
  let denied = decided.filter { $0.string("status") == "denied" }
  let share = Double(denied.count) / Double(decided.count)
  #expect(share >= 0.30 && share <= 0.35, "first-pass denial share \(share) of \(decided.count): \(Dictionary(grouping: decided, by: { $0.string("status")! }).mapValues(\.count))")
  for a in denied {
    #expect(a["denial"]?["hcr01"]?.stringValue == "A3")
    #expect(clinic.contains { $0.string("kind") == "denial" && $0.string("id") == a.string("id")! + "-denial-1" })
  }
  for a in auths where a.string("status") == "pended" { #expect(a.keys.contains("requested_items")) }
  for a in auths where a.string("status") == "approved" {
    #expect(a.keys.contains("auth_number") && a.keys.contains("valid_from") && a.keys.contains("valid_to"))
  }
}

@Test func demoFirstPassDenialShareHoldsForOtherSeeds() {
  for seed: UInt64 in [2, 3, 99] {
    let auths = DemoClinic.generate(seed: seed, asOf: "2026-06-30").filter { $0.string("kind") == "auth" }
    let decided = auths.filter { $0.keys.contains("decided_at") && !$0.keys.contains("reauth_of") }
    let share = Double(decided.filter { $0.string("status") == "denied" }.count) / Double(decided.count)
    #expect(share >= 0.30 && share <= 0.35, "seed \(seed): \(share)")
  }
}

@Test func demoReferralsAndAppealsCoverEveryStatus() {
  #expect(Set(records(.referral).compactMap { $0.string("status") }) == Set(DemoIntake.statuses))
  let appeals = Set(records(.appeal).compactMap { $0.string("status") })
  for s in ["won", "lost", "partial", "filed", "preparing", "missed"] { #expect(appeals.contains(s), "no \(s) appeal") }
  let parties = Set(records(.recordsRequest).compactMap { $0.string("party") })
  #expect(parties.isSuperset(of: ["attorney", "insurer", "ssa", "patient", "provider"]))
}

@Test func demoNPIsPassLuhn() {
  let npis = (records(.provider) + records(.location)).compactMap { $0.string("npi") }
    + records(.referral).compactMap { $0.string("referring_npi") }
  #expect(npis.count > 5)
  for npi in npis {
    #expect(npi.count == 10)
    // Luhn over 80840 + all ten digits must be 0 mod 10.
    let digits = ("80840" + npi).utf8.map { Int($0) - 48 }
    var sum = 0
    for (k, d) in digits.reversed().enumerated() {
      sum += k % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d
    }
    #expect(sum % 10 == 0, "NPI \(npi)")
  }
  #expect(DemoPeople.npiCheckDigit("123456789") == 3)  // the CMS worked example: 1234567893
}

@Test func demoDatesAreRealAndNotAfterAsOf() {
  // Fields allowed to lie in the future: what is planned, scheduled or due.
  let future: Set<String> = [
    "appointment.start", "slot.start", "procedure.date", "auth.service_date", "auth.valid_to",
    "agreement.expires_on", "records_request.due_on", "appeal.deadline", "waitlist.earliest",
    "waitlist.latest", "coverage.effective_to", "fee.effective_to",
  ]
  let limit = DemoDate(asOf)!
  var late: [String] = []
  func visit(_ v: JSONValue, _ path: String, _ id: String) {
    switch v {
    case .string(let s) where s.utf8.count >= 10 && s.utf8.count <= 20:
      let head = Array(s.utf8.prefix(10))
      let shape = head.enumerated().allSatisfy { k, c in k == 4 || k == 7 ? c == 45 : c >= 48 && c <= 57 }
      guard shape else { return }
      guard let d = DemoDate(String(s.prefix(10))) else {
        late.append("\(id) \(path): not a real date '\(s)'")
        return
      }
      if d > limit && !future.contains(path) { late.append("\(id) \(path)=\(s)") }
      if s.utf8.count > 10 && s.hasSuffix("Z") && s.utf8.count != 20 { late.append("\(id) \(path): bad instant '\(s)'") }
    case .array(let a): for x in a { visit(x, path, id) }
    case .object(let o): for (k, x) in o { visit(x, path + "." + k, id) }
    default: break
    }
  }
  for r in clinic {
    let kind = r.string("kind")!
    for (k, v) in r where k != "id" && k != "kind" { visit(v, kind + "." + k, r.string("id")!) }
  }
  #expect(late.isEmpty, "\(late.prefix(10))")
  // Future appointments exist, within about six weeks.
  let starts = records(.appointment).filter { $0.string("status") == "scheduled" }.compactMap { $0.string("start") }
  #expect(!starts.isEmpty)
  #expect(starts.allSatisfy { DemoDate(String($0.prefix(10)))! <= limit + 60 && DemoDate(String($0.prefix(10)))! > limit })
}

@Test func demoCodesComeFromTheDomainLists() {
  let icd: Set<String> = [
    "M54.16", "M54.17", "M54.12", "M51.26", "M51.27", "M48.061", "M48.062", "M47.816", "M47.812",
    "M47.817", "M53.3", "M54.50", "M54.2", "G89.29", "G89.4", "M96.1", "M80.08XA", "M48.56XA", "F11.20", "Z79.891",
  ]
  #expect(records(.diagnosis).allSatisfy { icd.contains($0.string("icd10") ?? "") })
  let cpts = Set(DemoCPT.medicareAllowed.map(\.0))
  #expect(records(.procedure).allSatisfy { cpts.contains($0.string("cpt") ?? "") })
  #expect(records(.document).allSatisfy { ($0.string("sha256") ?? "").utf8.count == 64 })
  let fee = records(.fee).first { $0.string("id") == "fee-medicare-64483-11" }
  #expect(fee?["allowed_cents"]?.intValue == 23613)
  let patch = records(.rx).first { $0.string("drug") == "fentanyl" }
  #expect(patch?.string("strength_unit") == "mcg_per_hr")
  #expect(records(.rx).contains { $0.string("schedule") == "civ" && ["alprazolam", "clonazepam"].contains($0.string("drug") ?? "") })
}

@Test func demoDateHelper() {
  #expect(DemoDate("2026-02-29") == nil)
  #expect(DemoDate("2028-02-29")?.text == "2028-02-29")
  #expect(DemoDate("1970-01-01")?.day == 0)
  #expect(DemoDate("2026-11-29")?.weekday == 6)  // a Sunday
  #expect((DemoDate("2026-12-31")! + 1).text == "2027-01-01")
  #expect(throws: ToolkitError.self) { try DemoClinic.validate(asOf: "2026-13-01") }
}
