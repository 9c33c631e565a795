/// Procedure sessions over the 12 months: each patient's condition runs its pathway (ESI
/// series; MBB, MBB, RFA; SI joint; SCS trial then implant; pump refills; PNS;
/// kyphoplasty), one step at a time, stopping where relief or the payer says no.
struct DemoLine {
  let cpt: String
  let units: Int
}

struct DemoProcedure {
  let patientID: String
  let providerID: String
  let family: String
  var lines: [DemoLine]
  let region: String
  let side: String?
  let levels: [String]
  var date: DemoDate
  var status = "performed"
  let locationID: String
  let pos: String
  var authID: String?
  var reliefPct: Int?
  var reliefDays: Int?
  /// Record ids, one per line (the first line carries relief and assessments).
  var ids: [String] = []
  var paidCents: [Int] = []
}

enum DemoCPT {
  /// Codes that need a PA where a payer requires one (drug tests and E/M never do).
  static let interventional = [
    "62321", "62323", "64479", "64480", "64483", "64484", "64490", "64491", "64492", "64493",
    "64494", "64495", "64633", "64634", "64635", "64636", "27096", "G0260", "64451", "64625",
    "63650", "63685", "62350", "62362", "64555", "64590", "22513", "22514",
  ]

  /// Our approximation of Medicare allowed amounts in cents: (code, office POS 11, facility
  /// POS 22/24 professional). nil where the code is not done in that setting.
  static let medicareAllowed: [(String, Int?, Int?)] = [
    ("99203", 11_000, 8_100), ("99204", 16_800, 13_200), ("99205", 22_000, 17_900),
    ("99213", 9_200, 6_500), ("99214", 13_000, 9_600), ("99215", 18_300, 14_100),
    ("62321", 24_500, 10_900), ("62323", 23_000, 9_800), ("64479", 27_000, 12_300),
    ("64480", 12_500, 6_100), ("64483", 23_613, 10_771), ("64484", 10_100, 4_900),
    ("64490", 20_500, 9_700), ("64491", 9_800, 5_000), ("64492", 9_900, 5_100),
    ("64493", 18_024, 9_086), ("64494", 9_500, 4_800), ("64495", 9_600, 4_900),
    ("64633", 43_000, 18_400), ("64634", 17_000, 6_900), ("64635", 42_500, 18_100),
    ("64636", 16_500, 6_600), ("27096", 15_500, nil), ("G0260", nil, 9_300),
    ("64451", 26_000, 11_200), ("64625", 45_000, 19_000), ("63650", 165_000, 42_000),
    ("63685", nil, 36_000), ("62350", nil, 48_000), ("62362", nil, 52_000),
    ("62367", 7_000, nil), ("62368", 9_000, nil), ("62369", 22_000, nil), ("62370", 24_000, nil),
    ("64555", 160_000, 30_000), ("64590", nil, 18_000), ("22513", nil, 55_000), ("22514", nil, 52_000),
    ("80305", 1_300, nil), ("80306", 1_700, nil), ("80307", 6_200, nil),
    ("G0480", 11_400, nil), ("G0481", 15_600, nil), ("G0482", 19_900, nil), ("G0483", 24_600, nil),
  ]

  /// What each payer type allows relative to Medicare (self-pay: the cash price).
  static let payerFactor: [(String, Double)] = [
    ("medicare", 1.0), ("medicare_advantage", 1.0), ("medicaid", 0.72), ("commercial", 1.45),
    ("marketplace", 1.2), ("workers_comp", 1.6), ("auto_no_fault", 1.8), ("tricare", 0.95),
    ("self_pay", 1.1),
  ]

  static func allowed(_ cpt: String, pos: String, payerType: String) -> Int {
    let row = medicareAllowed.first { $0.0 == cpt }
    let base = (pos == "11" ? row?.1 ?? row?.2 : row?.2 ?? row?.1) ?? 10_000
    let factor = payerFactor.first { $0.0 == payerType }?.1 ?? 1
    return Int((Double(base) * factor).rounded())
  }

  /// The clinic's charge master: a flat multiple of the Medicare office rate.
  static func charge(_ cpt: String) -> Int {
    let row = medicareAllowed.first { $0.0 == cpt }
    return ((row?.1 ?? row?.2 ?? 10_000) * 25 / 10 / 100) * 100
  }
}

enum DemoProcedures {
  static let wiserStart = DemoDate(year: 2026, month: 1, day: 15)

  /// Plans every patient's sessions and, step by step, their authorizations.
  static func plan(_ b: DemoBuilder) {
    let r = b.rng(named: "plan-procedure")
    let auths = DemoAuths(b)
    for p in b.patients where p.firstSeen != nil && p.condition != .medication {
      let first = p.firstSeen!
      let inHistory = first >= b.historyStart
      guard r.chance(inHistory ? 0.9 : (p.isActive ? 0.6 : 0.25)) else { continue }
      var day = (inHistory ? first + r.int(14...40) : b.historyStart + r.int(0...300)).weekdayOnOrAfter
      let doctor = p.providerID == "NP1" ? (r.chance(0.5) ? "DR1" : "DR2") : p.providerID
      var previous: DemoProcedure?
      var step = 0
      while let next = nextStep(p, step: step, previous: previous, r) {
        day = (day + (step == 0 ? 0 : next.gap)).weekdayOnOrAfter
        if day > b.asOf + 45 || (!p.isActive && day > p.lastSeen) { break }
        var s = session(p, doctor, next.family, day, r)
        if !auths.decide(&s, p) { break }
        if s.status == "performed" {
          relief(&s, b, r)
        }
        day = s.date
        b.procedures.append(s)
        previous = s
        step += 1
        if s.status != "performed" { break }
      }
    }
    // Ids in date order, so P-numbers read as a timeline.
    b.procedures.sort { ($0.date, $0.patientID) < ($1.date, $1.patientID) }
    var n = 0
    for k in b.procedures.indices {
      b.procedures[k].ids = b.procedures[k].lines.map { _ in
        n += 1
        return demoID("PR", n, width: 5)
      }
    }
  }

  /// The next step of the pathway, or nil when it ends.
  static func nextStep(_ p: DemoPatient, step: Int, previous: DemoProcedure?, _ r: DemoRandom)
    -> (family: String, gap: Int)?
  {
    let relief = previous?.reliefPct ?? 0
    switch p.condition {
    case .lumbarRadicular, .cervicalRadicular:
      if step == 0 { return ("esi", 0) }
      return step < 3 && relief >= 50 && r.chance(0.6) ? ("esi", r.int(70...150)) : nil
    case .lumbarFacet, .cervicalFacet:
      switch step {
      case 0: return ("mbb", 0)
      case 1: return relief >= 80 ? ("mbb", r.int(14...30)) : nil
      case 2: return relief >= 80 ? ("rfa", r.int(21...45)) : nil
      case 3: return relief >= 50 && r.chance(0.5) ? ("rfa", r.int(190...260)) : nil
      default: return nil
      }
    case .sacroiliac:
      if step == 0 { return ("sij", 0) }
      if step == 1 && relief >= 75 { return (r.chance(0.2) ? "sij_rfa" : "sij", r.int(90...150)) }
      return nil
    case .failedBack:
      if step == 0 { return ("scs_trial", r.int(20...40)) }
      return step == 1 && relief >= 50 ? ("scs_implant", r.int(30...60)) : nil
    case .fracture:
      return step == 0 ? ("kypho", 0) : nil
    case .intrathecal:
      if step == 0 { return (r.chance(0.2) ? "pump_implant" : "pump_refill", 0) }
      return step < 6 ? ("pump_refill", r.int(60...90)) : nil
    case .neuropathic:
      return step == 0 ? ("pns", r.int(20...45)) : nil
    case .medication:
      return nil
    }
  }

  static func session(_ p: DemoPatient, _ doctor: String, _ family: String, _ day: DemoDate, _ r: DemoRandom)
    -> DemoProcedure
  {
    let cervical = p.condition.region == "cervical"
    let region = family.hasPrefix("scs") || family == "kypho" ? "thoracic" : family.hasPrefix("sij") ? "sij" : cervical ? "cervical" : "lumbar"
    let side = r.pick(["left", "right"])
    let lumbarLevel = r.pick(["L4-L5", "L5-S1", "L3-L4"])
    var lines: [DemoLine]
    var levels: [String] = []
    var sideOut: String? = nil
    var loc = "LOC1"
    switch family {
    case "esi":
      if cervical {
        let tf = r.chance(0.3)
        lines = [DemoLine(cpt: tf ? "64479" : "62321", units: 1)]
        levels = [r.pick(["C5-C6", "C6-C7"])]
        sideOut = tf ? side : nil
      } else if r.chance(0.65) {
        let two = r.chance(0.35)
        lines = [DemoLine(cpt: "64483", units: 1)] + (two ? [DemoLine(cpt: "64484", units: 1)] : [])
        levels = two ? ["L4-L5", "L5-S1"] : [lumbarLevel]
        sideOut = r.chance(0.2) ? "bilateral" : side
      } else {
        lines = [DemoLine(cpt: "62323", units: 1)]
        levels = ["L5-S1"]
      }
      loc = r.chance(0.6) ? "LOC1" : "LOC2"
    case "mbb", "rfa":
      let codes = family == "mbb" ? (cervical ? ["64490", "64491"] : ["64493", "64494"]) : (cervical ? ["64633", "64634"] : ["64635", "64636"])
      lines = codes.map { DemoLine(cpt: $0, units: 1) }
      levels = cervical ? ["C4-C5", "C5-C6"] : ["L4-L5", "L5-S1"]
      sideOut = "bilateral"
      loc = family == "mbb" ? (r.chance(0.7) ? "LOC1" : "LOC2") : (r.chance(0.75) ? "LOC2" : "LOC3")
    case "sij":
      loc = r.chance(0.6) ? "LOC1" : "LOC2"
      lines = [DemoLine(cpt: loc == "LOC1" ? "27096" : "G0260", units: 1)]
      sideOut = r.chance(0.25) ? "bilateral" : side
    case "sij_rfa":
      lines = [DemoLine(cpt: "64625", units: 1)]
      sideOut = side
      loc = "LOC2"
    case "scs_trial":
      lines = [DemoLine(cpt: "63650", units: 2)]
      levels = ["T8-T9", "T9-T10"]
      loc = "LOC2"
    case "scs_implant":
      lines = [DemoLine(cpt: "63650", units: 2), DemoLine(cpt: "63685", units: 1)]
      levels = ["T8-T9", "T9-T10"]
      loc = "LOC3"
    case "pump_implant":
      lines = [DemoLine(cpt: "62350", units: 1), DemoLine(cpt: "62362", units: 1)]
      levels = ["T10"]
      loc = "LOC3"
    case "pump_refill":
      lines = [DemoLine(cpt: r.pick(["62370", "62370", "62369"]), units: 1)]
    case "pns":
      lines = [DemoLine(cpt: "64555", units: 1)]
      sideOut = side
      loc = "LOC2"
    default:  // kypho
      let level = r.pick(["T11", "T12", "L1"])
      lines = [DemoLine(cpt: level == "L1" ? "22514" : "22513", units: 1)]
      levels = [level]
      loc = r.chance(0.5) ? "LOC2" : "LOC3"
    }
    return DemoProcedure(
      patientID: p.id, providerID: doctor, family: family, lines: lines,
      region: family == "pump_refill" || family == "pump_implant" ? "lumbar" : region, side: sideOut,
      levels: levels, date: day, locationID: loc, pos: loc == "LOC1" ? "11" : loc == "LOC2" ? "24" : "22")
  }

  /// Peak relief and how long half of it lasted, bounded by the days since the session.
  static func relief(_ s: inout DemoProcedure, _ b: DemoBuilder, _ r: DemoRandom) {
    let since = b.asOf - s.date
    switch s.family {
    case "mbb", "sij":
      s.reliefPct = r.weighted([(r.int(80...100), 70), (r.int(40...79), 30)])
      s.reliefDays = s.family == "sij" && s.reliefPct! >= 50 ? min(since, r.int(30...120)) : 0
    case "esi", "rfa", "sij_rfa", "pns", "kypho":
      s.reliefPct = r.weighted([(r.int(50...90), 72), (r.int(10...49), 28)])
      let lasting = s.family == "rfa" ? r.int(90...300) : r.int(14...150)
      s.reliefDays = s.reliefPct! >= 50 ? min(since, lasting) : r.int(0...7)
    case "scs_trial":
      s.reliefPct = r.weighted([(r.int(50...85), 80), (r.int(15...45), 20)])
      s.reliefDays = min(since, r.int(5...7))
    default:
      break
    }
  }

  static func emit(_ b: DemoBuilder) {
    for s in b.procedures {
      for (k, line) in s.lines.enumerated() {
        let main = k == 0 && s.status == "performed"
        b.emit(.procedure, s.ids[k], [
          "patient_id": .str(s.patientID), "provider_id": .str(s.providerID), "cpt": .str(line.cpt),
          "units": .num(line.units), "region": .str(s.region), "side": .str(s.side),
          "levels": s.levels.isEmpty ? nil : .strs(s.levels), "date": .date(s.date), "status": .str(s.status),
          "location_id": .str(s.locationID), "place_of_service": .str(s.pos), "auth_id": .str(s.authID),
          "relief_pct": main ? .num(s.reliefPct) : nil, "relief_days": main ? .num(s.reliefDays) : nil,
          "charge_cents": s.status == "performed" ? .num(DemoCPT.charge(line.cpt) * line.units) : nil,
          "paid_cents": k < s.paidCents.count ? .num(s.paidCents[k]) : nil,
          "purpose": s.family == "scs_trial" ? .str("scs_trial") : nil,
        ])
      }
    }
  }

  /// Pre and post pain scores (NRS) tied to each performed session, a baseline function
  /// score per worked-up patient, and the psychological clearance before an SCS trial.
  static func assessments(_ b: DemoBuilder) {
    let r = b.rng(.assessment)
    func add(_ patientID: String, _ date: DemoDate, _ instrument: String, _ score: Double?, result: String? = nil, procedure: String? = nil, timing: String? = nil) {
      b.emit(.assessment, b.nextID(.assessment, "AS"), [
        "patient_id": .str(patientID), "date": .date(date), "instrument": .str(instrument),
        "score": .dbl(score), "result": .str(result), "procedure_id": .str(procedure), "timing": .str(timing),
      ])
    }
    for p in b.patients {
      guard let day = DemoEvidence.workupDay(b, p) else { continue }
      let instrument = p.condition.region == "cervical" ? "ndi" : p.condition == .medication || p.condition == .neuropathic ? "peg" : "odi"
      let score: Double = instrument == "ndi" ? Double(r.int(12...34)) : instrument == "odi" ? Double(r.int(22...64)) : Double(r.int(50...90)) / 10
      if r.chance(0.9) { add(p.id, day, instrument, score) }
      if p.condition == .failedBack, let trial = b.procedures.first(where: { $0.patientID == p.id }) {
        add(p.id, trial.date - r.int(14...40), "psych_eval", nil, result: r.chance(0.93) ? "cleared" : "not_cleared")
      }
      if r.chance(0.25) { add(p.id, day, "phq9", Double(r.int(2...18))) }
    }
    for s in b.procedures where s.status == "performed" && s.reliefPct != nil {
      let pre = r.int(5...9)
      add(s.patientID, s.date, "nrs", Double(pre), procedure: s.ids[0], timing: "pre")
      let diagnostic = s.family == "mbb" || s.family == "sij"
      let postDay = diagnostic ? s.date : s.date + r.int(14...30)
      // Missing post scores happen: a patient who skips the diary is a finding, not a bug.
      guard postDay <= b.asOf, r.chance(0.93) else { continue }
      let post = (Double(pre) * (1 - Double(s.reliefPct!) / 100)).rounded()
      add(s.patientID, postDay, "nrs", post, procedure: s.ids[0], timing: "post")
    }
  }
}
