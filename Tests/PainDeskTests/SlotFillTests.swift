import Testing

@testable import PainDesk

private func auth(_ json: String) -> Auth { try! JSONValueDecoder().decode(Auth.self, from: object(json)) }
private func waitlist(_ json: String) -> Waitlist { try! JSONValueDecoder().decode(Waitlist.self, from: object(json)) }
private let approved = auth(
  #"{"kind":"auth","id":"A1","patient_id":"P1","payer_id":"Y","provider_id":"DR1","items":[{"seq":1,"cpt":"64493","units":2,"outcome":"approved","approved_units":2,"units_used":1},{"seq":2,"cpt":"64494","units":1,"outcome":"denied"}],"icd10":["M47.816"],"urgency":"standard","status":"partial","valid_from":"2026-11-01","valid_to":"2026-12-31"}"#
)

@Suite("auth usability") struct AuthUsabilityTests {
  @Test func validityBoundsAreInclusive() {
    #expect(AuthUsability.isUsable(approved, on: LocalDate("2026-11-01")!, cpts: ["64493"]))
    #expect(AuthUsability.isUsable(approved, on: LocalDate("2026-12-31")!, cpts: ["64493"]))
    #expect(AuthUsability.problem(approved, on: LocalDate("2027-01-01")!, cpts: ["64493"]) == .expired(to: "2026-12-31"))
    #expect(AuthUsability.problem(approved, on: LocalDate("2026-10-31")!, cpts: ["64493"]) == .notYetValid(from: "2026-11-01"))
  }

  @Test func linesAndUnits() {
    let day = LocalDate("2026-11-15")!
    #expect(AuthUsability.problem(approved, on: day, cpts: ["64494"]) == .cptNotApproved("64494"))
    #expect(AuthUsability.problem(approved, on: day, cpts: ["64490"]) == .cptNotApproved("64490"))
    var used = approved
    used.items[0].unitsUsed = 2
    #expect(AuthUsability.problem(used, on: day, cpts: ["64493"]) == .noUnitsLeft("64493"))
    // Performed procedures count when they are more than the record's `units_used`
    // (the two count the same uses), never added to it.
    #expect(AuthUsability.problem(approved, on: day, cpts: ["64493"], uses: AuthUses(performed: ["64493": 2])) == .noUnitsLeft("64493"))
    #expect(AuthUsability.problem(approved, on: day, cpts: ["64493"], uses: AuthUses(performed: ["64493": 1])) == nil)
    #expect(AuthUsability.problem(approved, on: day, cpts: ["64493"], uses: AuthUses(performed: ["64494": 5])) == nil)
    var expired = approved
    expired.status = .expired
    #expect(AuthUsability.problem(expired, on: day, cpts: []) == .notApproved(status: "expired"))
  }
}

@Suite("slot fill") struct SlotFillTests {
  // 2026-12-02 is a Wednesday.
  let slot = Slot(id: "SL1", providerId: "DR1", start: "2026-12-02T09:00", durationMin: 45, type: .procedure, location: "LOC2")

  func inputs(
    _ w: [Waitlist], auths: [Auth] = [approved], booked: Set<String> = [], usage: [String: AuthUses] = [:]
  ) -> SlotFill.Inputs {
    var facts = FillFacts()
    facts.activePatients = ["P1", "P2", "P3"]
    facts.booked = booked
    return SlotFill.Inputs(
      waitlist: w, auths: auths, facts: facts, durations: SlotFill.durations(EffectiveRules()),
      calendar: ClinicCalendar(timeZoneIdentifier: "UTC")!, usage: usage)
  }

  @Test func anAuthWhoseUnitsTheLedgerUsedIsSkipped() {
    let w = [
      waitlist(#"{"kind":"waitlist","id":"W2","patient_id":"P1","type":"procedure","cpts":["64493"],"auth_id":"A1","added_on":"2026-10-01"}"#),
      waitlist(#"{"kind":"waitlist","id":"W4","patient_id":"P1","type":"procedure","cpts":["64493"],"added_on":"2026-10-02"}"#),
    ]
    #expect(SlotFill.run(slots: [slot], inputs: inputs(w))[0].offers.count == 2)
    let r = SlotFill.run(slots: [slot], inputs: inputs(w, usage: ["A1": AuthUses(performed: ["64493": 2])]))[0]
    #expect(r.offers.isEmpty)
    #expect(r.skipped.map(\.why) == ["auth A1 no units left for 64493", "no auth usable on 2026-12-02"])
  }

  /// A1 has one unit of 64493 left (2 approved, 1 used: the performed one). The patient's
  /// own appointment on it after the slot is the one the slot moves up, so it is not
  /// counted; one before the slot is a second use and is.
  @Test func thePatientsLaterAppointmentOnTheAuthIsMovedUpNotCounted() {
    let w = [
      waitlist(#"{"kind":"waitlist","id":"W2","patient_id":"P1","type":"procedure","cpts":["64493"],"auth_id":"A1","added_on":"2026-10-01"}"#)
    ]
    let later = AuthUses.Scheduled(appointmentId: "AP9", patientId: "P1", start: "2026-12-09T09:00", cpts: ["64493"])
    let r = SlotFill.run(slots: [slot], inputs: inputs(w, usage: ["A1": AuthUses(performed: ["64493": 1], scheduled: [later])]))[0]
    #expect(r.offers.map(\.movesAppointmentId) == ["AP9"])
    #expect(r.offers[0].why.hasSuffix("auth A1 usable; moves AP9 up from 2026-12-09T09:00"))
    #expect(r.offers[0].record["moves_appointment_id"] == .string("AP9"))

    var sameTime = later
    sameTime.start = "2026-12-02T09:00"
    var earlier = later
    earlier.start = "2026-11-30T09:00"
    var otherPatient = later
    otherPatient.patientId = "P2"
    for used in [sameTime, earlier, otherPatient] {
      let r = SlotFill.run(slots: [slot], inputs: inputs(w, usage: ["A1": AuthUses(performed: ["64493": 1], scheduled: [used])]))[0]
      #expect(r.offers.isEmpty)
      #expect(r.skipped.map(\.why) == ["auth A1 no units left for 64493 besides other scheduled appointments (AP9)"])
    }
    // Only the first later appointment moves; a second one still counts.
    var second = later
    second.appointmentId = "AP10"
    second.start = "2026-12-16T09:00"
    let two = SlotFill.run(slots: [slot], inputs: inputs(w, usage: ["A1": AuthUses(performed: ["64493": 1], scheduled: [later, second])]))[0]
    #expect(two.offers.isEmpty)
  }

  @Test func usesCountPerformedUnitsAndOneUnitPerScheduledCode() {
    let uses = AuthUses(
      performed: ["64493": 2],
      scheduled: [
        AuthUses.Scheduled(appointmentId: "AP1", patientId: "P1", start: "2026-12-09T09:00", cpts: ["64493", "64494"]),
        AuthUses.Scheduled(appointmentId: "AP2", patientId: "P1", start: "2026-12-16T09:00", cpts: ["64493"]),
      ])
    #expect(uses.units() == ["64493": 4, "64494": 1])
    #expect(uses.units(excluding: ["AP1"]) == ["64493": 3])
  }

  @Test func expiredAuthIsSkippedAndTheNextRanks() {
    var lapsed = approved
    lapsed.id = "A0"
    lapsed.patientId = "P2"
    lapsed.status = .expired
    let w = [
      waitlist(#"{"kind":"waitlist","id":"W1","patient_id":"P2","provider_id":"DR1","type":"procedure","cpts":["64493"],"auth_id":"A0","added_on":"2026-09-01"}"#),
      waitlist(#"{"kind":"waitlist","id":"W2","patient_id":"P1","type":"procedure","cpts":["64493"],"auth_id":"A1","added_on":"2026-10-01"}"#),
      waitlist(#"{"kind":"waitlist","id":"W3","patient_id":"P3","type":"follow_up","added_on":"2026-08-01"}"#),
    ]
    let r = SlotFill.run(slots: [slot], inputs: inputs(w, auths: [approved, lapsed]))[0]
    #expect(r.offers.map(\.patientId) == ["P1"])
    #expect(r.offers[0].rank == 1 && r.offers[0].authId == "A1")
    #expect(r.skipped == [SlotFill.Skip(waitlistId: "W1", patientId: "P2", why: "auth A0 status is expired")])
  }

  @Test func sameProviderRanksFirstThenTheLongestWait() {
    let w = [
      waitlist(#"{"kind":"waitlist","id":"W1","patient_id":"P1","type":"follow_up","added_on":"2026-09-01"}"#),
      waitlist(#"{"kind":"waitlist","id":"W2","patient_id":"P2","provider_id":"DR1","type":"follow_up","added_on":"2026-10-01"}"#),
      waitlist(#"{"kind":"waitlist","id":"W3","patient_id":"P3","type":"follow_up","added_on":"2026-08-01"}"#),
    ]
    let s = Slot(id: "SL2", providerId: "DR1", start: "2026-12-02T13:00", durationMin: 20, type: .followUp, location: nil)
    let r = SlotFill.run(slots: [s], inputs: inputs(w))[0]
    #expect(r.offers.map(\.waitlistId) == ["W2", "W3", "W1"])
  }

  @Test func daysTimesDatesDurationAndProvider() {
    let s = Slot(id: "SL3", providerId: "DR1", start: "2026-12-02T13:00", durationMin: 20, type: nil, location: nil)
    func fits(_ json: String) -> Bool { !SlotFill.run(slots: [s], inputs: inputs([waitlist(json)]))[0].offers.isEmpty }
    let base = #""kind":"waitlist","id":"W","patient_id":"P1","type":"follow_up","added_on":"2026-09-01""#
    #expect(fits("{\(base)}"))
    #expect(!fits("{\(base),\"times\":\"am\"}"))
    #expect(fits("{\(base),\"times\":\"pm\"}"))
    #expect(!fits("{\(base),\"days\":[\"mon\",\"fri\"]}"))
    #expect(fits("{\(base),\"days\":[\"wed\"]}"))
    #expect(fits("{\(base),\"earliest\":\"2026-12-02\",\"latest\":\"2026-12-02\"}"))
    #expect(!fits("{\(base),\"earliest\":\"2026-12-03\"}"))
    #expect(!fits("{\(base),\"latest\":\"2026-12-01\"}"))
    #expect(!fits("{\(base),\"provider_id\":\"DR2\"}"))
    // A new patient visit needs 60 minutes.
    #expect(!fits(#"{"kind":"waitlist","id":"W","patient_id":"P1","type":"new_patient","added_on":"2026-09-01"}"#))
    // Inactive patients are not offered.
    #expect(!fits(#"{"kind":"waitlist","id":"W","patient_id":"P9","type":"follow_up","added_on":"2026-09-01"}"#))
  }

  @Test func aBookedSlotGetsNoOffersAndBookingsDoNotRepeatAPatient() {
    let w = [waitlist(#"{"kind":"waitlist","id":"W1","patient_id":"P1","type":"follow_up","added_on":"2026-09-01"}"#)]
    let a = Slot(id: "SL4", providerId: "DR1", start: "2026-12-02T13:00", durationMin: 20, type: .followUp, location: nil)
    let b = Slot(id: "SL5", providerId: "DR1", start: "2026-12-03T13:00", durationMin: 20, type: .followUp, location: nil)
    let taken = SlotFill.run(slots: [a], inputs: inputs(w, booked: [FillFacts.key("DR1", "2026-12-02T13:00")]))[0]
    #expect(taken.taken && taken.offers.isEmpty)
    let both = SlotFill.run(slots: [a, b], inputs: inputs(w))
    let chosen = SlotFill.choose(both)
    #expect(chosen.count == 1 && chosen[0].0.id == "SL4")
    let appt = SlotFill.appointment(for: chosen[0].1, slot: a, waitlist: w[0], locations: [])
    #expect(appt.string("id") == "SL4-booking" && appt.string("status") == "scheduled")
    #expect(RecordValidator.validate(appt).isEmpty)
  }

  /// --book: the chosen offer's booking replaces the appointment it moves up, and the
  /// offer comes back with the booking's id.
  @Test func bookingsReplaceTheMovedAppointment() {
    let w = [
      waitlist(#"{"kind":"waitlist","id":"W2","patient_id":"P1","type":"procedure","cpts":["64493"],"auth_id":"A1","added_on":"2026-10-01"}"#)
    ]
    let later = AuthUses.Scheduled(appointmentId: "AP9", patientId: "P1", start: "2026-12-09T09:00", cpts: ["64493"])
    let results = SlotFill.run(slots: [slot], inputs: inputs(w, usage: ["A1": AuthUses(performed: ["64493": 1], scheduled: [later])]))
    var offers = results.flatMap(\.offers)
    let b = SlotFill.bookings(results, offers: &offers, waitlist: w, locations: ["LOC2"])
    #expect(b.count == 1 && b[0].replaces == "AP9" && b[0].waitlistId == "W2")
    #expect(b[0].appointment.string("auth_id") == "A1" && b[0].appointment.string("location_id") == "LOC2")
    #expect(offers.map(\.appointmentId) == ["SL1-booking"])
  }

  /// Slots from input: a valid slot is read; another kind, an invalid record and a slot
  /// the decoder refuses each fail with 65 and the place, naming no patient data.
  @Test func slotsFromInput() throws {
    func read(_ json: String) throws(ToolkitError) -> [Slot] {
      try SlotFill.slots(from: [SourcedRecord(file: "in.ndjson", line: 3, record: object(json))])
    }
    let ok = try read(#"{"kind":"slot","id":"SL1","provider_id":"DR1","start":"2026-12-02T09:00","duration_min":45,"type":"procedure"}"#)
    #expect(ok.map(\.id) == ["SL1"])
    for bad in [
      #"{"kind":"patient","id":"P1","given_name":"A","family_name":"B","dob":"1970-01-01","sex":"female","state":"TX","status":"active"}"#,
      #"{"kind":"slot","id":"SL1","provider_id":"DR1","start":"2026-12-02T09:00"}"#,
      #"{"kind":"slot","id":"SL1","provider_id":"DR1","start":"tomorrow","duration_min":45}"#,
    ] {
      do {
        _ = try read(bad)
        Issue.record("accepted \(bad)")
      } catch {
        #expect(error.status == .dataError)
        #expect(error.message.hasPrefix("in.ndjson:3: "))
        #expect(!error.message.contains("1970") && !error.message.contains("given_name"))
      }
    }
  }
}
