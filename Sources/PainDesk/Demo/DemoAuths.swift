/// Prior authorizations: one case per planned session that the payer reviews, decided as
/// payers decide (per line), with first-pass outcomes drawn from a deck so that about a
/// third of decided first requests are denied whatever the seed.
struct DemoAuth {
  let id: String
  let patientID: String
  let payerID: String
  let status: String
  let family: String
  let serviceDate: DemoDate
  let decided: DemoDate?
  let reauthOf: String?
  let amountCents: Int
  let denial: DemoDenialReason?
}

struct DemoDenialReason {
  let carc: String
  let rarc: [String]
  let reason: String
  let category: String
}

final class DemoAuths {
  private let b: DemoBuilder
  private let r: DemoRandom
  /// 13 denials in 40 first decisions: 32.5%.
  private let firstPass: DemoDeck<Bool>

  init(_ b: DemoBuilder) {
    self.b = b
    r = b.rng(.auth)
    firstPass = DemoDeck([(true, 13), (false, 27)], rng: b.rng(named: "plan-auth-deck"))
  }

  /// Whether the payer reviews this session before it happens.
  static func needsAuth(_ payerType: String, _ s: DemoProcedure) -> Bool {
    let cpts = s.lines.map(\.cpt)
    switch payerType {
    case "self_pay": return false
    case "medicare":
      let wiser = ["62321", "62323", "64479", "64480", "64483", "64484"]
      let opd = ["63650", "64490", "64491", "64492", "64493", "64494", "64495", "64633", "64634", "64635", "64636"]
      return (s.date >= DemoProcedures.wiserStart && cpts.contains { wiser.contains($0) })
        || (s.pos == "22" && cpts.contains { opd.contains($0) })
    default:
      return cpts.contains { DemoCPT.interventional.contains($0) }
    }
  }

  /// Authorizes `s` if its payer reviews it, and settles the session's status. Returns
  /// false when the pathway stops here.
  func decide(_ s: inout DemoProcedure, _ p: DemoPatient) -> Bool {
    let payer = b.payer(p.payerID)
    let asOf = b.asOf
    guard DemoAuths.needsAuth(payer.type, s) else {
      s.status = s.date > asOf ? "planned" : (r.chance(0.04) ? "cancelled" : "performed")
      return s.status != "cancelled"
    }
    // Far-off sessions are sometimes still being drafted.
    if s.date - asOf > 14 && r.chance(0.5) {
      s.authID = write(s, p, status: "draft", submitted: nil, decided: nil)
      s.status = "planned"
      return true
    }
    var submitted = s.date - r.int(12...30)
    if submitted > asOf { submitted = asOf - r.int(0...3) }
    let decided = submitted + (payer.type == "medicare" ? r.int(1...3) : r.int(2...12))
    if r.chance(0.025) {
      s.authID = write(s, p, status: "cancelled", submitted: submitted, decided: nil)
      s.status = "cancelled"
      return false
    }
    if decided > asOf {
      let pended = r.chance(0.4)
      s.authID = write(s, p, status: pended ? "pended" : "submitted", submitted: submitted, decided: nil)
      if s.date <= asOf { s.date = (asOf + r.int(5...30)).weekdayOnOrAfter }
      s.status = "planned"
      return true
    }
    if firstPass.draw() {
      let denied = write(s, p, status: "denied", submitted: submitted, decided: decided)
      guard r.chance(0.5) else {
        s.authID = denied
        s.status = "cancelled"
        return false
      }
      // A resubmission with the missing evidence: a new case that points at the old one.
      let again = decided + r.int(7...25)
      guard again <= asOf else {
        s.authID = denied
        s.status = "cancelled"
        return false
      }
      let decided2 = again + r.int(2...10)
      s.date = max(s.date, (decided2 + r.int(7...21)).weekdayOnOrAfter)
      if decided2 > asOf {
        s.authID = write(s, p, status: "submitted", submitted: again, decided: nil, reauthOf: denied)
        s.status = "planned"
        return true
      }
      let ok = r.chance(0.85)
      s.authID = write(s, p, status: ok ? "approved" : "denied", submitted: again, decided: decided2, reauthOf: denied)
      s.status = ok ? (s.date > asOf ? "planned" : "performed") : "cancelled"
      return ok
    }
    return approve(&s, p, submitted: submitted, decided: decided)
  }

  private func approve(_ s: inout DemoProcedure, _ p: DemoPatient, submitted: DemoDate, decided: DemoDate) -> Bool {
    let asOf = b.asOf
    var status = r.weighted([("approved", 80), ("partial", 10), ("modified", 10)])
    if status == "partial" && s.lines.count < 2 { status = "approved" }
    if s.date > asOf && status == "approved" && r.chance(0.15) { status = "approved_pending_number" }
    let noShow = s.date <= asOf && r.chance(0.06)
    let validTo = decided + validity(b.payer(p.payerID).type)
    if noShow && validTo < asOf { status = "expired" }
    s.authID = write(s, p, status: status, submitted: submitted, decided: decided, used: !noShow && s.date <= asOf)
    if status == "partial" { s.lines = [s.lines[0]] }
    if noShow {
      s.status = "cancelled"
      return false
    }
    s.status = s.date > asOf ? "planned" : "performed"
    return true
  }

  private func validity(_ payerType: String) -> Int {
    payerType == "medicare" ? 120 : payerType == "medicare_advantage" ? 90 : 60
  }

  private func write(
    _ s: DemoProcedure, _ p: DemoPatient, status: String, submitted: DemoDate?, decided: DemoDate?,
    reauthOf: String? = nil, used: Bool = false
  ) -> String {
    let id = demoID("A", b.auths.count + 1)
    let payer = b.payer(p.payerID)
    let approvedLike = ["approved", "approved_pending_number", "partial", "modified", "expired"].contains(status)
    let denial = status == "denied" ? reason(s, payer.type) : nil
    let items: [JSONObject] = s.lines.enumerated().map { k, line in
      let outcome: String? =
        switch status {
        case "denied": "denied"
        case "pended": "pended"
        case "partial": k == 0 ? "approved" : "denied"
        case "modified": "modified"
        case "approved", "approved_pending_number", "expired": "approved"
        default: nil
        }
      let approvedUnits = outcome == "denied" ? 0 : status == "modified" ? max(1, line.units - (line.units > 1 ? 1 : 0)) : line.units
      var o = JSONObject()
      o["seq"] = .int(Int64(k + 1))
      o["cpt"] = .string(line.cpt)
      o["units"] = .int(Int64(line.units))
      o["region"] = .string(s.region)
      o["side"] = .str(s.side)
      o["levels"] = s.levels.isEmpty ? nil : .strs(s.levels)
      o["outcome"] = .str(outcome)
      o["approved_units"] = approvedLike ? .num(approvedUnits) : nil
      o["units_used"] = approvedLike ? .num(used && outcome != "denied" ? approvedUnits : 0) : nil
      return o
    }
    var docs = Array((b.documentsByPatient[p.id] ?? []).prefix(2))
    if let submitted, status != "draft" || r.chance(0.5) {
      docs.append(DemoEvidence.document(b, p.id, "clinical_note", "pa-note", min(submitted, b.asOf)))
    }
    let validFrom = approvedLike ? decided : nil
    var validTo = validFrom.map { $0 + validity(payer.type) }
    if let v = validTo, s.date > v { validTo = s.date + 14 }
    let channel = r.chance(0.85) ? channelOf(payer.type) : "fax"
    let urgency = s.family == "kypho" ? "expedited" : "standard"
    let codes = b.patientCodes(p.id)
    let number = approvedLike && status != "approved_pending_number" ? authNumber(payer.type) : nil
    b.authNumbers[id] = number
    b.emit(.auth, id, [
      "patient_id": .str(p.id), "payer_id": .str(p.payerID), "coverage_id": .str(p.coverageID),
      "case_id": .str(p.caseID), "provider_id": .str(s.providerID), "items": .objs(items),
      "icd10": .strs(codes), "urgency": .str(urgency), "service_date": .date(s.date),
      "location_id": .str(s.locationID), "place_of_service": .str(s.pos), "status": .str(status),
      "channel": submitted == nil ? nil : .str(channel),
      "reference": submitted == nil ? nil : .str(reference(channel)),
      "submitted_at": .str(submitted?.instant(r.int(13...22), r.int(0...59))),
      "decided_at": .str(decided?.instant(r.int(13...23), r.int(0...59))),
      "auth_number": .str(number),
      "valid_from": .date(status == "approved_pending_number" ? nil : validFrom),
      "valid_to": .date(status == "approved_pending_number" ? nil : validTo),
      "requested_items": status == "pended" ? .strs(requested(s)) : nil,
      "reauth_of": .str(reauthOf), "document_ids": docs.isEmpty ? nil : .strs(docs),
      "denial": denial.map { d in
        .obj(["carc": .str(d.carc), "rarc": d.rarc.isEmpty ? nil : .strs(d.rarc), "hcr01": "A3", "reason": .str(d.reason)])
      },
    ])
    let amount = s.lines.reduce(0) { $0 + DemoCPT.allowed($1.cpt, pos: s.pos, payerType: payer.type) * $1.units }
    b.auths.append(DemoAuth(
      id: id, patientID: p.id, payerID: p.payerID, status: status, family: s.family, serviceDate: s.date,
      decided: decided, reauthOf: reauthOf, amountCents: amount, denial: denial))
    return id
  }

  private func channelOf(_ payerType: String) -> String {
    switch payerType {
    case "medicaid", "marketplace": return "fhir_pas"
    case "commercial": return r.chance(0.5) ? "x12_278" : "portal"
    case "workers_comp", "auto_no_fault": return "fax"
    default: return "portal"
    }
  }

  private func reference(_ channel: String) -> String {
    switch channel {
    case "fax": return "FAXCONF-" + r.digits(8)
    case "phone": return "CALL-" + r.digits(7)
    case "x12_278": return "TRN" + r.digits(10)
    case "fhir_pas": return "PAS-" + r.hex(12)
    default: return "PRT-" + r.digits(9)
    }
  }

  private func authNumber(_ payerType: String) -> String {
    payerType == "medicare" ? "JH" + r.digits(12) : "AUTH" + r.digits(9)
  }

  private func requested(_ s: DemoProcedure) -> [String] {
    let options = [
      "physical therapy notes covering the last 6 weeks", "MRI report", "pre and post pain scores from the prior block",
      "baseline functional score (ODI or NDI)", "psychological evaluation", "office note documenting provocative tests",
    ]
    return Array(r.shuffled(options).prefix(r.int(1...2)))
  }

  /// Why a payer says no, by procedure family (CARC and RARC from domain.md §4.2-4.3).
  private func reason(_ s: DemoProcedure, _ payerType: String) -> DemoDenialReason {
    let medicare = payerType == "medicare" || payerType == "medicare_advantage"
    let lcd = medicare ? ["N115"] : []
    let options: [DemoDenialReason]
    switch s.family {
    case "esi":
      options = [
        DemoDenialReason(carc: "50", rarc: lcd, reason: "failed conservative care of at least 4 weeks not documented", category: "medical_necessity"),
        DemoDenialReason(carc: "167", rarc: [], reason: "diagnosis of axial back pain does not support an epidural injection", category: "medical_necessity"),
        DemoDenialReason(carc: "151", rarc: ["N435"], reason: "more than 4 sessions in the spinal region in 12 months", category: "frequency"),
        DemoDenialReason(carc: "226", rarc: [], reason: "requested imaging report not received", category: "documentation"),
      ]
    case "mbb", "rfa":
      options = [
        DemoDenialReason(carc: "50", rarc: lcd, reason: "two diagnostic blocks with at least 80% relief at the same level not documented", category: "medical_necessity"),
        DemoDenialReason(carc: "252", rarc: ["N706"], reason: "pre and post procedure pain scores on the same scale required", category: "documentation"),
        DemoDenialReason(carc: "50", rarc: lcd, reason: "untreated radiculopathy documented; facet source not established", category: "medical_necessity"),
      ]
    case "sij_rfa":
      options = [DemoDenialReason(carc: "96", rarc: medicare ? ["N115"] : ["N386"], reason: "sacroiliac joint radiofrequency ablation is not covered", category: "other")]
    case "scs_trial", "scs_implant":
      options = [
        DemoDenialReason(carc: "252", rarc: ["N706"], reason: "psychological evaluation required before a stimulator trial", category: "documentation"),
        DemoDenialReason(carc: "50", rarc: medicare ? ["N386"] : [], reason: "trial relief of at least 50% not documented", category: "medical_necessity"),
      ]
    case "pns":
      options = [DemoDenialReason(carc: "55", rarc: [], reason: "peripheral nerve stimulation considered investigational", category: "medical_necessity")]
    default:
      options = [
        DemoDenialReason(carc: "50", rarc: lcd, reason: "documentation does not support medical necessity", category: "medical_necessity"),
        DemoDenialReason(carc: "16", rarc: ["M62"], reason: "request incomplete: ordering provider details missing", category: "documentation"),
      ]
    }
    return r.pick(options)
  }
}
