/// Referrals in every intake status, and records requests in and out.
enum DemoIntake {
  static let statuses = [
    "received", "intake_sent", "intake_returned", "records_requested", "records_received", "ready",
    "scheduled", "declined",
  ]

  /// Where each referred patient stands, before scheduling books their first visit.
  static func plan(_ b: DemoBuilder) {
    let r = b.rng(named: "plan-referral")
    var k = r.int(0...(statuses.count - 1))
    for p in b.patients where p.firstSeen == nil {
      // Round-robin from a random start: every status present, none dominant.
      b.intakeStatus[p.id] = statuses[k % statuses.count]
      k += 1
    }
    for p in b.patients where p.firstSeen.map({ $0 >= b.asOf - 90 }) ?? false {
      b.intakeStatus[p.id] = "scheduled"
    }
  }

  static func referrals(_ b: DemoBuilder) {
    let r = b.rng(.referral)
    for p in b.patients {
      guard let status = b.intakeStatus[p.id] else { continue }
      let received = (p.firstSeen ?? b.asOf) - r.int(p.firstSeen == nil ? 1...30 : 10...35)
      let source = r.weighted([("pcp", 50), ("orthopedics", 15), ("ed", 8), ("neurology", 7), ("self", 12), ("other", 8)])
      b.emit(.referral, b.nextID(.referral, "REF", width: 4), [
        "patient_id": .str(p.id), "received_on": .date(received), "source": .str(source),
        "referring_npi": ["pcp", "orthopedics", "neurology"].contains(source) ? .str(DemoPeople.npi(r)) : nil,
        "reason": .str(reason(p.condition)), "urgency": .str(r.chance(0.12) ? "urgent" : "routine"),
        "status": .str(status),
      ])
    }
  }

  static func reason(_ c: DemoCondition) -> String {
    switch c {
    case .lumbarRadicular: return "low back pain radiating to the leg, failed physical therapy"
    case .cervicalRadicular: return "neck pain with arm numbness"
    case .lumbarFacet: return "chronic axial low back pain, worse with extension"
    case .cervicalFacet: return "chronic neck pain and headaches"
    case .sacroiliac: return "buttock pain below L5, positive provocation tests"
    case .failedBack: return "persistent leg pain after lumbar fusion, evaluate for stimulator"
    case .fracture: return "acute thoracolumbar compression fracture"
    case .intrathecal: return "intrathecal pump management transfer of care"
    case .neuropathic: return "chronic neuropathic pain"
    case .medication: return "chronic pain medication management"
    }
  }

  static func recordsRequests(_ b: DemoBuilder) {
    let r = b.rng(.recordsRequest)
    let established = b.patients.filter { $0.firstSeen != nil }
    // Incoming: (party, purpose, how many)
    let incoming: [(String, String, Int)] = [
      ("attorney", "legal", 12), ("insurer", "disability", 8), ("ssa", "disability", 8),
      ("employer", "fce", 4), ("patient", "continuity", 8),
    ]
    for (party, purpose, count) in incoming {
      for _ in 0..<count {
        let p = party == "employer" ? (established.first { $0.caseID != nil && r.chance(0.2) } ?? r.pick(established)) : r.pick(established)
        let requested = b.asOf - r.int(0...75)
        let age = b.asOf - requested
        let status = age < 10 ? "open" : r.weighted([("sent", 50), ("closed", 30), ("open", 12), ("refused", 8)])
        // The patient's own request needs no authorization; the others usually carry one.
        let authorized = party != "patient" && r.chance(0.8)
        b.emit(.recordsRequest, b.nextID(.recordsRequest, "RQ", width: 4), [
          "patient_id": .str(p.id), "direction": "incoming", "party": .str(party), "purpose": .str(purpose),
          "requested_on": .date(requested), "due_on": .date(requested + 30),
          "hipaa_authorization_on": authorized ? .date(requested - r.int(0...20)) : nil, "status": .str(status),
          "fee_cents": party == "attorney" ? .num(r.pick([2500, 4000, 6500])) : nil,
        ])
      }
    }
    for p in b.patients {
      guard let s = b.intakeStatus[p.id], s == "records_requested" || s == "records_received" else { continue }
      b.emit(.recordsRequest, b.nextID(.recordsRequest, "RQ", width: 4), [
        "patient_id": .str(p.id), "direction": "outgoing", "party": "provider", "purpose": "prior_records",
        "requested_on": .date(b.asOf - r.int(1...20)), "status": .str(s == "records_received" ? "received" : "open"),
      ])
    }
  }
}
