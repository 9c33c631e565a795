/// Claims for visits, sessions and drug screens; the fee schedule; denials of auths and
/// claims; appeals with levels and windows by payer type.
struct DemoClaimDenial {
  let claimID: String
  let patientID: String
  let payerID: String
  let serviceDate: DemoDate
  let amountCents: Int
}

enum DemoBilling {
  static func claims(_ b: DemoBuilder) {
    let r = b.rng(.claim)
    // (patient, date, lines of (cpt, units, procedure index, line index), pos)
    var bills: [(String, DemoDate, [(String, Int, Int?, Int)], String)] = []
    for (k, s) in b.procedures.enumerated() where s.status == "performed" {
      bills.append((s.patientID, s.date, s.lines.enumerated().map { ($1.cpt, $1.units, k, $0) }, s.pos))
    }
    for v in b.visits where v.status == "completed" && ["new_patient", "follow_up", "telehealth"].contains(v.type) {
      bills.append((v.patientID, v.date, v.cpts.map { ($0, 1, nil, 0) }, v.type == "telehealth" ? "10" : "11"))
    }
    for sc in b.screens {
      let payerType = b.payer(b.patient(sc.patientID).payerID).type
      var lines = [(r.pick(["80305", "80306", "80307"]), 1, Int?.none, 0)]
      if sc.definitive && ["medicare", "medicare_advantage", "medicaid"].contains(payerType) {
        lines.append((r.pick(["G0480", "G0480", "G0481", "G0482", "G0483"]), 1, nil, 0))
      }
      bills.append((sc.patientID, sc.collected, lines, "11"))
    }
    bills.sort { ($0.1, $0.0) < ($1.1, $1.0) }
    for (n, bill) in bills.enumerated() {
      let p = b.patient(bill.0)
      let payerType = b.payer(p.payerID).type
      let id = demoID("CL", n + 1, width: 5)
      let recent = b.asOf - bill.1 < 21
      let status = recent ? "submitted" : payerType == "self_pay" ? "paid" : r.weighted([("paid", 84), ("partial", 6), ("denied", 10)])
      let share = payerType == "medicare" || payerType == "commercial" || payerType == "marketplace" ? 0.8 : 1.0
      var paidTotal = 0
      var lines: [JSONObject] = []
      var charges = 0
      for (k, line) in bill.2.enumerated() {
        let allowed = DemoCPT.allowed(line.0, pos: bill.3 == "10" ? "11" : bill.3, payerType: payerType) * line.1
        let paid = status == "paid" ? Int(Double(allowed) * share) : status == "partial" ? (k == 0 ? Int(Double(allowed) * share / 2) : 0) : 0
        paidTotal += paid
        let charge = DemoCPT.charge(line.0) * line.1
        charges += charge
        if let s = line.2, status != "submitted" { b.procedures[s].paidCents.append(paid) }
        var o = JSONObject()
        o["cpt"] = .string(line.0)
        o["units"] = .int(Int64(line.1))
        o["charge_cents"] = .int(Int64(charge))
        o["procedure_id"] = line.2.map { .string(b.procedures[$0].ids[line.3]) }
        lines.append(o)
      }
      let authID = bill.2.first?.2.flatMap { b.procedures[$0].authID }
      b.emit(.claim, id, [
        "patient_id": .str(p.id), "payer_id": .str(p.payerID),
        "claim_number": .str("PCN" + DemoDate.pad(bill.1.year % 100, 2) + DemoDate.pad(n + 1, 6)),
        "service_date": .date(bill.1), "lines": .objs(lines), "status": .str(status),
        "paid_cents": status == "submitted" ? nil : .num(paidTotal),
        "auth_number": .str(authID.flatMap { b.authNumbers[$0] }),
      ])
      if status == "denied" {
        b.claimDenials.append(DemoClaimDenial(claimID: id, patientID: p.id, payerID: p.payerID, serviceDate: bill.1, amountCents: charges))
      }
    }
  }

  /// The fee schedule per payer type, code and setting; Medicare also last year's.
  static func fees(_ b: DemoBuilder) {
    let year = b.asOf.year
    for (type, _) in DemoCPT.payerFactor {
      for (cpt, office, facility) in DemoCPT.medicareAllowed {
        let settings = (office == nil ? [] : ["11"]) + (facility == nil ? [] : ["24", "22"])
        for pos in settings {
          let allowed = DemoCPT.allowed(cpt, pos: pos, payerType: type)
          b.emit(.fee, "fee-\(type)-\(cpt)-\(pos)", [
            "payer_type": .str(type), "cpt": .str(cpt), "place_of_service": .str(pos), "allowed_cents": .num(allowed),
            "effective_from": .date(DemoDate(year: year, month: 1, day: 1)),
          ])
          if type == "medicare" {
            b.emit(.fee, "fee-\(type)-\(cpt)-\(pos)-\(year - 1)", [
              "payer_type": .str(type), "cpt": .str(cpt), "place_of_service": .str(pos),
              "allowed_cents": .num(allowed * 97 / 100),
              "effective_from": .date(DemoDate(year: year - 1, month: 1, day: 1)),
              "effective_to": .date(DemoDate(year: year - 1, month: 12, day: 31)),
            ])
          }
        }
      }
    }
  }

  /// One denial per denied auth (`A0001-denial-1`) and per denied claim.
  static func denials(_ b: DemoBuilder) {
    let r = b.rng(.denial)
    for a in b.auths where a.status == "denied" {
      let d = a.denial!
      let notice = a.decided!
      b.emit(.denial, "\(a.id)-denial-1", [
        "patient_id": .str(a.patientID), "payer_id": .str(a.payerID), "auth_id": .str(a.id),
        "notice_date": .date(notice), "received_on": r.chance(0.75) ? .date(min(notice + r.int(0...5), b.asOf)) : nil,
        "carc": .str(d.carc), "rarc": d.rarc.isEmpty ? nil : .strs(d.rarc), "hcr01": "A3", "reason": .str(d.reason),
        "category": r.chance(0.8) ? .str(d.category) : nil, "amount_cents": .num(a.amountCents),
      ])
    }
    let reasons: [(String, [String], String, String)] = [
      ("197", [], "precertification absent for the billed service", "authorization"),
      ("15", ["M62"], "authorization number missing or invalid", "authorization"),
      ("16", ["N704"], "claim lacks information: rendering provider", "documentation"),
      ("151", ["N414"], "frequency exceeds what the payer allows", "frequency"),
      ("50", ["N115"], "not medically necessary per the local coverage determination", "medical_necessity"),
      ("96", ["N386"], "non-covered charge", "other"),
      ("167", [], "diagnosis not covered", "medical_necessity"),
    ]
    for c in b.claimDenials {
      let (carc, rarc, reason, category) = r.pick(reasons)
      let notice = min(c.serviceDate + r.int(14...30), b.asOf)
      b.emit(.denial, "\(c.claimID)-denial-1", [
        "patient_id": .str(c.patientID), "payer_id": .str(c.payerID), "claim_id": .str(c.claimID),
        "notice_date": .date(notice), "received_on": r.chance(0.7) ? .date(min(notice + r.int(1...6), b.asOf)) : nil,
        "carc": .str(carc), "rarc": rarc.isEmpty ? nil : .strs(rarc), "reason": .str(reason),
        "category": r.chance(0.8) ? .str(category) : nil, "amount_cents": .num(c.amountCents),
      ])
    }
  }

  /// Appeals: about two thirds of denials, at the first level the payer type offers;
  /// a lost commercial internal appeal sometimes goes on to the next level.
  static func appeals(_ b: DemoBuilder) {
    let r = b.rng(.appeal)
    var cases: [(String, String, Bool, DemoDate, Int)] = []  // denial id, payer type, is auth, notice, amount
    for a in b.auths where a.status == "denied" {
      cases.append(("\(a.id)-denial-1", b.payer(a.payerID).type, true, a.decided!, a.amountCents))
    }
    for c in b.claimDenials {
      cases.append(("\(c.claimID)-denial-1", b.payer(c.payerID).type, false, min(c.serviceDate + 20, b.asOf), c.amountCents))
    }
    for (denialID, type, isAuth, notice, amount) in cases where r.chance(0.65) {
      let (level, window) = firstLevel(type, isAuth: isAuth, r)
      let first = appeal(b, r, "\(denialID)-appeal-1", denialID, level, notice, window, amount)
      if first.status == "lost" && ["internal_1", "reconsideration"].contains(level) && r.chance(0.5),
        let decided = first.decided
      {
        let next = level == "internal_1" ? ("internal_2", 180) : type == "medicare" ? ("reconsideration", 180) : ("external_review", 122)
        _ = appeal(b, r, "\(denialID)-appeal-2", denialID, next.0, decided, next.1, amount)
      }
    }
  }

  /// Level and filing window in days from the notice (domain.md §5).
  private static func firstLevel(_ type: String, isAuth: Bool, _ r: DemoRandom) -> (String, Int) {
    switch type {
    case "medicare": return isAuth ? (r.chance(0.6) ? ("peer_to_peer", 14) : ("resubmission", 120)) : ("redetermination", 125)
    case "medicare_advantage": return r.chance(0.4) ? ("peer_to_peer", 14) : ("reconsideration", 65)
    case "medicaid": return ("internal_1", 60)
    case "workers_comp": return ("reconsideration", 30)
    case "auto_no_fault": return ("reconsideration", 60)
    default: return r.chance(0.35) ? ("peer_to_peer", 14) : ("internal_1", 180)
    }
  }

  private static func appeal(
    _ b: DemoBuilder, _ r: DemoRandom, _ id: String, _ denialID: String, _ level: String, _ notice: DemoDate,
    _ window: Int, _ amount: Int
  ) -> (status: String, decided: DemoDate?) {
    let deadline = notice + window
    var status: String
    var filed: DemoDate?
    var decided: DemoDate?
    if r.chance(0.1) && deadline < b.asOf {
      status = "missed"
    } else {
      let latest = min(deadline, b.asOf) - notice
      if latest < 2 || (deadline > b.asOf && r.chance(0.35)) {
        status = "preparing"
      } else {
        filed = notice + r.int(1...min(latest, 40))
        let answer = filed! + r.int(3...45)
        if answer <= b.asOf {
          decided = answer
          status = r.weighted([("won", 48), ("partial", 14), ("lost", 35), ("withdrawn", 3)])
        } else {
          status = "filed"
        }
      }
    }
    let recovered = status == "won" ? amount : status == "partial" ? amount / 2 : status == "lost" ? 0 : nil
    b.emit(.appeal, id, [
      "denial_id": .str(denialID), "level": .str(level), "deadline": .date(deadline), "status": .str(status),
      "filed_on": .date(filed), "decided_on": .date(decided), "recovered_cents": .num(recovered),
    ])
    return (status, decided)
  }
}
