/// Controlled substances for about 150 chronic opioid patients: prescriptions and fills,
/// refill requests, drug screens, PDMP checks and treatment agreements, some deliberately
/// out of date so the worklists have something to list.
struct DemoPrescription {
  let id: String
  let patientID: String
  let drug: String
  let active: Bool
}

struct DemoScreen {
  let patientID: String
  let collected: DemoDate
  let definitive: Bool
}

enum DemoControlled {
  static let opioidPatients = 150

  /// (drug, RxNorm ingredient, strengths, unit, form, units a day, schedule, weight)
  static let drugs: [(String, String, [Double], String, String, ClosedRange<Int>, String, Int)] = [
    ("oxycodone", "7804", [5, 10, 15], "mg", "tablet", 2...4, "cii", 22),
    ("hydrocodone", "5489", [5, 7.5, 10], "mg", "tablet", 2...4, "cii", 22),
    ("morphine", "7052", [15, 30], "mg", "tablet", 2...3, "cii", 10),
    ("tramadol", "10689", [50], "mg", "tablet", 2...4, "civ", 14),
    ("tapentadol", "787390", [50, 100], "mg", "tablet", 2...2, "cii", 5),
    ("hydromorphone", "3423", [2, 4], "mg", "tablet", 2...4, "cii", 6),
    ("methadone", "6813", [5, 10], "mg", "tablet", 2...3, "cii", 5),
    ("fentanyl", "4337", [12, 25, 37, 50], "mcg_per_hr", "patch", 1...1, "cii", 6),
    ("codeine", "2670", [30], "mg", "tablet", 3...4, "ciii", 3),
    ("oxymorphone", "7814", [5, 10], "mg", "tablet", 2...2, "cii", 3),
    ("buprenorphine", "1819", [150, 300, 450], "mcg", "film", 2...2, "ciii", 4),
  ]
  static let benzodiazepines: [(String, String, [Double])] = [
    ("alprazolam", "596", [0.5, 1]), ("clonazepam", "2598", [0.5, 1]),
  ]
  static let pharmacies = ["Bluebonnet Drug #104", "Caprock Pharmacy", "Live Oak Apothecary", "Pecan Street Pharmacy"]

  static func prescriber(_ p: DemoPatient) -> String { p.providerID == "NP1" ? "DR1" : p.providerID }

  /// Chooses the opioid patients (mostly medication-managed and implant patients) and
  /// their risk tier or ORT score, before patient records are written.
  static func plan(_ b: DemoBuilder) {
    let r = b.rng(named: "plan-opioid")
    let eligible = b.patients.indices.filter {
      b.patients[$0].isActive && (b.patients[$0].firstSeen.map { $0 <= b.asOf - 60 } ?? false)
    }
    let likely: [DemoCondition] = [.medication, .failedBack, .intrathecal, .fracture]
    let preferred = r.shuffled(eligible.filter { likely.contains(b.patients[$0].condition) })
    let others = r.shuffled(eligible.filter { !likely.contains(b.patients[$0].condition) })
    let chosen = Array(preferred.prefix(105)) + others
    for k in chosen.prefix(opioidPatients) {
      b.patients[k].opioid = true
      if r.chance(0.45) {
        b.patients[k].riskTier = r.weighted([("low", 30), ("moderate", 45), ("high", 25)])
      } else if r.chance(0.75) {
        b.patients[k].ortScore = r.weighted([(r.int(0...3), 40), (r.int(4...7), 45), (r.int(8...13), 15)])
      }
    }
  }

  /// The tier the UDS protocol uses: the patient's tier, else the ORT band, else moderate.
  static func tier(_ p: DemoPatient) -> String {
    if let t = p.riskTier { return t }
    guard let s = p.ortScore else { return "moderate" }
    return s <= 3 ? "low" : s <= 7 ? "moderate" : "high"
  }

  static func prescriptions(_ b: DemoBuilder) {
    let r = b.rng(.rx)
    for p in b.patients where p.opioid {
      let d = r.weighted(drugs.map { ($0, $0.7) })
      if r.chance(0.25) {
        let old = r.weighted(drugs.filter { $0.0 != "buprenorphine" }.map { ($0, $0.7) })
        let written = b.asOf - r.int(120...330)
        rx(b, r, p, old, written: written, active: false)
      }
      let lapsed = r.chance(0.06)
      rx(b, r, p, d, written: b.asOf - (lapsed ? r.int(75...120) : r.int(2...34)), active: true)
      if r.chance(0.1) {
        let benzo = r.pick(benzodiazepines)
        rx(b, r, p, (benzo.0, benzo.1, benzo.2, "mg", "tablet", 1...2, "civ", 0), written: b.asOf - r.int(5...80), active: true)
      }
    }
  }

  private static func rx(
    _ b: DemoBuilder, _ r: DemoRandom, _ p: DemoPatient,
    _ d: (String, String, [Double], String, String, ClosedRange<Int>, String, Int), written: DemoDate, active: Bool
  ) {
    let id = b.nextID(.rx, "RX", width: 4)
    let patch = d.4 == "patch"
    let perDay = patch ? 1.0 / 3 : Double(r.int(d.5))
    let days = 30
    let quantity = patch ? 10 : perDay * Double(days)
    // Schedule II: one fill per prescription; III-IV: refills, filled monthly until now.
    let refills = d.6 == "cii" ? 0 : r.int(2...5)
    var fills: [DemoDate] = [written + r.int(0...2)]
    while fills.count <= refills, let last = fills.last, last + 30 <= b.asOf, active {
      fills.append(last + r.int(27...31))
    }
    fills = fills.filter { $0 <= b.asOf }
    if fills.isEmpty { fills = [written] }
    let last = fills[fills.count - 1]
    b.emit(.rx, id, [
      "patient_id": .str(p.id), "prescriber_id": .str(prescriber(p)), "drug": .str(d.0), "rxnorm": .str(d.1),
      "strength": .dbl(r.pick(d.2)), "strength_unit": .str(d.3), "form": .str(d.4),
      "units_per_day": .dbl((perDay * 1000).rounded() / 1000), "quantity": .dbl(quantity), "days_supply": .num(days),
      "schedule": .str(d.6), "written_on": .date(written), "filled_on": .date(last), "refills": .num(refills),
      "status": .str(active ? "active" : "discontinued"), "pharmacy": .str(r.pick(pharmacies)),
      "concurrent_units": patch ? .num(r.chance(0.15) ? 2 : 1) : nil,
      "fills": .objs(fills.map { f in
        var o = JSONObject()
        o["date"] = .date(f)
        o["quantity"] = .dbl(quantity)
        o["days_supply"] = .int(Int64(days))
        return o
      }),
      "picked_up_on": r.chance(0.9) ? .date(min(last + r.int(0...1), b.asOf)) : nil,
    ])
    b.prescriptions.append(DemoPrescription(id: id, patientID: p.id, drug: d.0, active: active))
  }

  /// Drug screens on each patient's tier interval; some overdue, some never done, some
  /// with unexpected results, some not yet reviewed.
  static func drugScreens(_ b: DemoBuilder) {
    let r = b.rng(.uds)
    for p in b.patients where p.opioid {
      guard r.chance(0.96), let first = p.firstSeen else { continue }
      let interval = ["low": 365, "moderate": 180, "high": 90][tier(p)]!
      let overdue = r.chance(0.18)
      var day = (b.asOf - (overdue ? interval + r.int(10...120) : r.int(1...(interval - 5)))).weekdayOnOrBefore
      var dates: [DemoDate] = []
      while day >= max(first, b.historyStart) {
        dates.append(day)
        day = (day - interval + r.int(-10...10)).weekdayOnOrBefore
      }
      let taking = b.prescriptions.filter { $0.patientID == p.id && $0.active }.map(\.drug)
      for (k, collected) in dates.reversed().enumerated() {
        let latest = k == dates.count - 1
        let definitive = r.chance(0.3)
        screen(b, r, p, collected, type: "presumptive", taking: taking, reviewed: !(latest && r.chance(0.15)))
        if definitive {
          screen(b, r, p, collected, type: "definitive", taking: taking, reviewed: !(latest && r.chance(0.3)))
        }
        b.screens.append(DemoScreen(patientID: p.id, collected: collected, definitive: definitive))
      }
      if r.chance(0.06) {
        b.emit(.uds, b.nextID(.uds, "U"), [
          "patient_id": .str(p.id), "type": "presumptive", "ordered_on": .date(b.asOf - r.int(0...6)),
        ])
      }
    }
  }

  private static func screen(
    _ b: DemoBuilder, _ r: DemoRandom, _ p: DemoPatient, _ collected: DemoDate, type: String, taking: [String], reviewed: Bool
  ) {
    let resulted = type == "presumptive" ? collected : collected + r.int(3...7)
    let done = resulted <= b.asOf
    var results: [JSONObject] = taking.map { drug in
      var o = JSONObject()
      o["substance"] = .string(drug)
      o["detected"] = .bool(r.chance(0.93))
      return o
    }
    if r.chance(0.07) {
      var o = JSONObject()
      o["substance"] = .string(r.pick(["cannabinoids", "cocaine", "amphetamine", "6-acetylmorphine", "alprazolam"]))
      o["detected"] = .bool(true)
      results.append(o)
    }
    let reviewedOn = min(resulted + r.int(0...3), b.asOf)
    b.emit(.uds, b.nextID(.uds, "U"), [
      "patient_id": .str(p.id), "type": .str(type), "ordered_on": .date(collected), "collected_on": .date(collected),
      "resulted_on": done ? .date(resulted) : nil,
      "reviewed_on": done && reviewed ? .date(reviewedOn) : nil,
      "reviewed_by": done && reviewed ? .str(prescriber(p)) : nil,
      "results": done ? .objs(results) : nil,
    ])
  }

  /// ORT scores on file for patients without a set tier.
  static func riskAssessments(_ b: DemoBuilder) {
    let r = b.rng(named: "assessment-ort")
    for p in b.patients {
      guard let score = p.ortScore, let first = p.firstSeen else { continue }
      b.emit(.assessment, b.nextID(.assessment, "AS"), [
        "patient_id": .str(p.id), "date": .date(max(first, b.asOf - r.int(30...500))), "instrument": "ort",
        "score": .num(score),
      ])
    }
  }

  static func refillRequests(_ b: DemoBuilder) {
    let r = b.rng(.refillRequest)
    for rx in b.prescriptions where rx.active && r.chance(0.45) {
      // The morning queue: a handful came in since yesterday.
      let day = r.chance(0.2) ? b.asOf - r.int(0...1) : b.asOf - r.int(2...60)
      b.emit(.refillRequest, b.nextID(.refillRequest, "RR", width: 4), [
        "patient_id": .str(rx.patientID), "rx_id": .str(rx.id), "requested_on": .date(day),
        "channel": .str(r.weighted([("phone", 45), ("portal", 35), ("fax", 20)])),
        "note": r.chance(0.25) ? .str(r.pick(["pharmacy out of stock, asks for transfer", "traveling next week, asks for early fill", "lost medication bottle", "dose not lasting through the day"])) : nil,
      ])
    }
  }

  /// PDMP checks (some stale beyond 90 days) and treatment agreements (some expired or
  /// missing).
  static func monitoring(_ b: DemoBuilder) {
    let pdmp = b.rng(.pdmpCheck)
    let agreements = b.rng(.agreement)
    for p in b.patients where p.opioid {
      let first = p.firstSeen!
      if pdmp.chance(0.97) {
        var day = (b.asOf - (pdmp.chance(0.12) ? pdmp.int(95...200) : pdmp.int(0...80))).weekdayOnOrBefore
        while day >= max(first, b.historyStart) {
          b.emit(.pdmpCheck, b.nextID(.pdmpCheck, "PD"), [
            "patient_id": .str(p.id), "state": "TX", "checked_on": .date(day), "checked_by": .str(prescriber(p)),
            "result": .str(pdmp.weighted([("consistent", 90), ("inconsistent", 7), ("unavailable", 3)])),
          ])
          day = (day - pdmp.int(55...88)).weekdayOnOrBefore
        }
      }
      let roll = agreements.int(1...100)
      guard roll > 4 else { continue }
      let signed = roll <= 12 ? b.asOf - agreements.int(380...700) : b.asOf - agreements.int(10...340)
      b.emit(.agreement, b.nextID(.agreement, "AG", width: 4), [
        "patient_id": .str(p.id), "type": "opioid_treatment", "signed_on": .date(max(signed, first)),
        "expires_on": .date(max(signed, first) + 365),
      ])
    }
  }
}
