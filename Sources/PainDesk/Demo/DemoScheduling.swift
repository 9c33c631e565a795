/// Appointments (past and the next six weeks), open slots, the waitlist and outreach.
struct DemoVisit {
  let patientID: String
  let providerID: String
  var date: DemoDate
  let hour: Int
  let minute: Int
  let duration: Int
  let type: String
  var status: String
  let cpts: [String]
  let authID: String?
  let locationID: String
  var cancelledAt: String?
}

enum DemoScheduling {
  static let horizon = 42

  static func planVisits(_ b: DemoBuilder) {
    let r = b.rng(named: "plan-visit")
    func add(_ p: DemoPatient, _ provider: String, _ day: DemoDate, _ type: String, _ cpts: [String], auth: String? = nil, loc: String = "LOC1", status forced: String? = nil) {
      let date = day.weekdayOnOrAfter
      let future = date > b.asOf
      var status = forced ?? (future ? "scheduled" : r.weighted([("completed", 86), ("cancelled", 7), ("no_show", 7)]))
      if future && forced == nil && r.chance(0.06) { status = "cancelled" }
      let cancelled: String? =
        status == "cancelled" ? min(date - r.int(1...10), b.asOf).instant(r.int(13...22), r.int(0...59)) : nil
      let duration = ["new_patient": 60, "procedure": 45, "uds": 15, "pump_refill": 30, "telehealth": 20][type] ?? 20
      b.visits.append(DemoVisit(
        patientID: p.id, providerID: provider, date: date, hour: r.int(8...15), minute: r.pick([0, 15, 30, 45]),
        duration: duration, type: type, status: status, cpts: cpts, authID: auth, locationID: loc, cancelledAt: cancelled))
    }
    for p in b.patients {
      if let status = b.intakeStatus[p.id], status == "scheduled", p.firstSeen == nil {
        add(p, p.providerID, b.asOf + r.int(3...30), "new_patient", ["99204"])
      }
      guard let first = p.firstSeen else { continue }
      if first >= b.historyStart { add(p, p.providerID, first, "new_patient", [r.pick(["99203", "99204", "99204", "99205"])], status: "completed") }
      let gap = p.opioid ? 28...35 : 60...120
      var day = max(first, b.historyStart) + r.int(gap)
      let end = p.isActive ? b.asOf + horizon : p.lastSeen
      while day <= end {
        let tele = r.chance(0.15)
        add(p, p.opioid || r.chance(0.8) ? p.providerID : "NP1", day, tele ? "telehealth" : "follow_up", [r.pick(["99213", "99214", "99214", "99215"])])
        // Only the next future follow-up is booked.
        if day > b.asOf { break }
        day = day + r.int(gap)
      }
    }
    for s in b.procedures {
      let p = b.patient(s.patientID)
      let status = s.status == "performed" ? "completed" : s.status == "planned" ? "scheduled" : "cancelled"
      guard status != "cancelled" || s.date <= b.asOf + horizon else { continue }
      add(p, s.providerID, s.date, s.family == "pump_refill" ? "pump_refill" : "procedure", s.lines.map(\.cpt), auth: s.authID, loc: s.locationID, status: status)
    }
    for sc in b.screens where r.chance(0.3) {
      let p = b.patient(sc.patientID)
      add(p, "NP1", sc.collected, "uds", [p.payerID == "medicare" ? "80305" : "80307"], status: "completed")
    }
    // Yesterday a procedure a few days out was cancelled: the slot the waitlist fills.
    if let p = b.patients.first(where: { $0.isActive && $0.firstSeen != nil && $0.condition == .lumbarFacet }) {
      add(p, "DR1", (b.asOf + r.int(3...8)).weekdayOnOrAfter, "procedure", ["64493", "64494"], loc: "LOC2", status: "cancelled")
      b.visits[b.visits.count - 1].cancelledAt = (b.asOf - 1).instant(21, 10)
      b.openedSlot = b.visits[b.visits.count - 1]
    }
    b.visits.sort { ($0.date, $0.hour, $0.minute, $0.patientID) < ($1.date, $1.hour, $1.minute, $1.patientID) }
  }

  static func appointments(_ b: DemoBuilder) {
    for v in b.visits {
      b.emit(.appointment, b.nextID(.appointment, "AP"), [
        "patient_id": .str(v.patientID), "provider_id": .str(v.providerID), "start": .str(v.date.local(v.hour, v.minute)),
        "duration_min": .num(v.duration), "type": .str(v.type), "status": .str(v.status), "cpts": .strs(v.cpts),
        "auth_id": .str(v.authID), "location_id": .str(v.locationID), "cancelled_at": .str(v.cancelledAt),
      ])
    }
  }

  static func slotsAndWaitlist(_ b: DemoBuilder) {
    let r = b.rng(.slot)
    if let o = b.openedSlot {
      b.emit(.slot, b.nextID(.slot, "SL", width: 4), [
        "provider_id": .str(o.providerID), "start": .str(o.date.local(o.hour, o.minute)), "duration_min": .num(o.duration),
        "type": "procedure", "location": .str(o.locationID),
      ])
    }
    for offset in 1...horizon {
      let day = b.asOf + offset
      guard !day.isWeekend else { continue }
      for provider in ["DR1", "DR2", "NP1"] where r.chance(0.55) {
        let type = provider == "NP1" ? r.pick(["follow_up", "telehealth", "uds"]) : r.pick(["follow_up", "new_patient", "procedure"])
        b.emit(.slot, b.nextID(.slot, "SL", width: 4), [
          "provider_id": .str(provider), "start": .str(day.local(r.int(8...15), r.pick([0, 30]))),
          "duration_min": .num(type == "new_patient" ? 60 : type == "procedure" ? 45 : 20), "type": .str(type),
          "location": .str(type == "procedure" ? r.pick(["LOC1", "LOC2"]) : "LOC1"),
        ])
      }
    }
    waitlist(b)
  }

  private static func waitlist(_ b: DemoBuilder) {
    let r = b.rng(.waitlist)
    func add(_ patientID: String, _ provider: String?, _ type: String, cpts: [String]?, auth: String?, added: DemoDate) {
      b.emit(.waitlist, b.nextID(.waitlist, "W", width: 3), [
        "patient_id": .str(patientID), "provider_id": .str(provider), "type": .str(type), "cpts": .strs(cpts),
        "auth_id": .str(auth), "added_on": .date(added), "earliest": .date(b.asOf + r.int(0...3)),
        "latest": r.chance(0.6) ? .date(b.asOf + r.int(20...60)) : nil,
        "days": r.chance(0.5) ? .strs(r.pick([["mon", "wed", "fri"], ["tue", "thu"], ["mon", "tue", "wed", "thu", "fri"]])) : nil,
        "times": .str(r.pick(["am", "pm", "any"])),
      ])
    }
    // First in line for the opened procedure slot: a patient whose approval has lapsed.
    if let expired = b.auths.first(where: { $0.status == "expired" }) {
      add(expired.patientID, b.openedSlot?.providerID, "procedure", cpts: cptsOf(b, expired.id), auth: expired.id, added: b.asOf - 75)
    }
    let approved = b.auths.filter { $0.status == "approved" && $0.serviceDate > b.asOf }
    for a in approved.prefix(14) {
      add(a.patientID, nil, "procedure", cpts: cptsOf(b, a.id), auth: a.id, added: b.asOf - r.int(2...60))
    }
    let active = b.patients.filter { $0.isActive && $0.firstSeen != nil }
    for _ in 0..<12 {
      let p = r.pick(active)
      add(p.id, p.providerID, "follow_up", cpts: nil, auth: nil, added: b.asOf - r.int(1...45))
    }
  }

  private static func cptsOf(_ b: DemoBuilder, _ authID: String) -> [String]? {
    b.procedures.first { $0.authID == authID }?.lines.map(\.cpt)
  }

  /// Calls, texts and letters: recalls after missed visits, overdue screens, intake
  /// paperwork, records chasing and waitlist offers.
  static func outreach(_ b: DemoBuilder) {
    let r = b.rng(.outreach)
    func add(_ patientID: String, _ date: DemoDate, _ purpose: String) {
      let channel = r.weighted([("phone", 55), ("sms", 20), ("email", 10), ("mail", 8), ("portal", 7)])
      let result = channel == "mail" ? "letter_sent" : channel == "phone"
        ? r.weighted([("reached", 30), ("voicemail", 30), ("no_answer", 15), ("scheduled", 15), ("declined", 5), ("bad_number", 5)])
        : r.weighted([("reached", 40), ("scheduled", 25), ("no_answer", 35)])
      b.emit(.outreach, b.nextID(.outreach, "OR"), [
        "patient_id": .str(patientID), "date": .date(min(date, b.asOf)), "channel": .str(channel),
        "purpose": .str(purpose), "result": .str(result),
      ])
    }
    for v in b.visits where v.date <= b.asOf && v.date >= b.asOf - 90 && (v.status == "no_show" || v.status == "cancelled") {
      add(v.patientID, v.date + r.int(1...3), "recall")
      if r.chance(0.4) { add(v.patientID, v.date + r.int(4...10), "recall") }
    }
    for p in b.patients where p.opioid && r.chance(0.2) {
      add(p.id, b.asOf - r.int(0...20), "uds")
    }
    for p in b.patients where b.intakeStatus[p.id] != nil && p.firstSeen == nil {
      add(p.id, b.asOf - r.int(0...14), "intake")
      if b.intakeStatus[p.id] == "records_requested" { add(p.id, b.asOf - r.int(0...7), "records") }
    }
    for w in b.auths.filter({ $0.status == "approved" && $0.serviceDate > b.asOf }).prefix(6) {
      add(w.patientID, b.asOf - r.int(0...3), "waitlist")
    }
  }
}
