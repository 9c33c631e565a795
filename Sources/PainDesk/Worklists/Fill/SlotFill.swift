/// recall-scan fill: waitlisted patients proposed for open slots. A candidate must be an
/// active patient waiting for the slot's type, with no other provider named, whose visit
/// fits the slot's minutes (`fill.duration` per type), on a day, at a time (am before
/// noon, pm from noon) and between the earliest and latest dates the patient gave; for a
/// procedure, with an auth usable on the slot's date for the codes waited for
/// (AuthUsability). Candidates rank by same provider first, then the longest wait.
public enum SlotFill {
  /// A waitlist entry that could not take the slot, and why (ids only).
  public struct Skip: Sendable, Equatable {
    public var waitlistId: String
    public var patientId: String
    public var why: String
  }

  public struct SlotResult: Sendable {
    public var slot: Slot
    public var offers: [Offer]
    public var skipped: [Skip]
    /// The slot is taken: a scheduled appointment has its provider and start.
    public var taken: Bool
  }

  public struct Inputs: Sendable {
    public var waitlist: [Waitlist]
    public var auths: [Auth]
    public var facts: FillFacts
    public var durations: [AppointmentType: Int]
    public var calendar: ClinicCalendar
    /// What the ledger has used of each auth (`Ledger.authUses`), so a slot is not offered
    /// on an auth whose units performed or scheduled procedures have taken.
    public var usage: [String: AuthUses]
    public init(
      waitlist: [Waitlist], auths: [Auth], facts: FillFacts, durations: [AppointmentType: Int], calendar: ClinicCalendar,
      usage: [String: AuthUses] = [:]
    ) {
      self.waitlist = waitlist
      self.auths = auths
      self.usage = usage
      self.facts = facts
      self.durations = durations
      self.calendar = calendar
    }
  }

  /// `fill.duration` from the rules.
  public static func durations(_ rules: EffectiveRules) -> [AppointmentType: Int] {
    var d: [AppointmentType: Int] = [:]
    for t in AppointmentType.allCases { d[t] = rules.int("fill.duration", t.rawValue) }
    return d
  }

  public static func run(slots: [Slot], inputs: Inputs) -> [SlotResult] {
    let authById = Dictionary(inputs.auths.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let authsByPatient = Dictionary(grouping: inputs.auths, by: \.patientId)
    return slots.map { slot in
      if inputs.facts.booked.contains(FillFacts.key(slot.providerId, slot.start)) {
        return SlotResult(slot: slot, offers: [], skipped: [], taken: true)
      }
      var fits: [(w: Waitlist, auth: Auth?, moves: String?, notes: [String])] = []
      var skipped: [Skip] = []
      let ordered = inputs.waitlist.sorted { ($0.addedOn, $0.id) < ($1.addedOn, $1.id) }
      for w in ordered {
        switch check(w, slot: slot, inputs: inputs, authById: authById, authsByPatient: authsByPatient) {
        case .success(let fit): fits.append((w, fit.auth, fit.moves, fit.notes))
        case .failure(let why):
          // Entries of another type are not candidates at all; say why for the rest.
          if why.relevant { skipped.append(Skip(waitlistId: w.id, patientId: w.patientId, why: why.text)) }
        }
      }
      let ranked = fits.enumerated().sorted { a, b in
        let pa = a.element.w.providerId == slot.providerId ? 0 : 1
        let pb = b.element.w.providerId == slot.providerId ? 0 : 1
        return (pa, a.offset) < (pb, b.offset)
      }
      let offers = ranked.enumerated().map { rank, e in
        Offer(
          slotId: slot.id, patientId: e.element.w.patientId, rank: rank + 1, why: e.element.notes.joined(separator: "; "),
          waitlistId: e.element.w.id, providerId: slot.providerId, start: slot.start, type: slot.type ?? e.element.w.type,
          authId: e.element.auth?.id, movesAppointmentId: e.element.moves)
      }
      return SlotResult(slot: slot, offers: offers, skipped: skipped, taken: false)
    }
  }

  struct Unfit: Error {
    var text: String
    var relevant = true
  }
  struct Fit {
    var auth: Auth?
    /// The patient's later appointment on the auth that this slot brings forward.
    var moves: String?
    var notes: [String]
  }

  static func check(
    _ w: Waitlist, slot: Slot, inputs: Inputs, authById: [String: Auth], authsByPatient: [String: [Auth]]
  ) -> Result<Fit, Unfit> {
    if let t = slot.type, t != w.type { return .failure(Unfit(text: "waits for \(w.type.rawValue)", relevant: false)) }
    guard inputs.facts.activePatients.contains(w.patientId) else { return .failure(Unfit(text: "patient is not active")) }
    var notes: [String] = []
    if let p = w.providerId {
      guard p == slot.providerId else { return .failure(Unfit(text: "waits for provider \(p)")) }
      notes.append("same provider")
    } else {
      notes.append("any provider")
    }
    notes.append(w.type.rawValue)
    let needed = inputs.durations[w.type] ?? slot.durationMin
    guard needed <= slot.durationMin else {
      return .failure(Unfit(text: "needs \(needed) min, slot has \(slot.durationMin)"))
    }
    notes.append("\(needed) of \(slot.durationMin) min")
    guard let startInstant = inputs.calendar.parseDateTime(slot.start) else {
      return .failure(Unfit(text: "slot start is not a date and time"))
    }
    let (date, second) = inputs.calendar.localDateTime(of: startInstant)
    if let e = w.earliest.flatMap(LocalDate.init), date < e { return .failure(Unfit(text: "earliest \(e)")) }
    if let l = w.latest.flatMap(LocalDate.init), date > l { return .failure(Unfit(text: "latest \(l)")) }
    if let days = w.days, !days.contains(where: { $0.rawValue == date.weekday.shortName }) {
      return .failure(Unfit(text: "not on \(date.weekday.shortName)"))
    }
    let am = second < 12 * 3600
    switch w.times ?? .any {
    case .am where !am: return .failure(Unfit(text: "mornings only"))
    case .pm where am: return .failure(Unfit(text: "afternoons only"))
    default: break
    }
    if inputs.facts.patientBusy.contains(FillFacts.key(w.patientId, slot.start)) {
      return .failure(Unfit(text: "already booked at that time"))
    }
    notes.append("waiting since \(w.addedOn)")
    guard (slot.type ?? w.type) == .procedure else { return .success(Fit(auth: nil, notes: notes)) }
    let cpts = w.cpts ?? []
    if let id = w.authId {
      guard let auth = authById[id] else { return .failure(Unfit(text: "auth \(id) is not in the ledger")) }
      let moves = movedAppointment(auth, for: w, after: startInstant, inputs: inputs)
      if let problem = AuthUsability.problem(auth, on: date, cpts: cpts, uses: inputs.usage[auth.id] ?? AuthUses(), excluding: moved(moves)) {
        return .failure(Unfit(text: "auth \(id) \(problem)"))
      }
      return .success(Fit(auth: auth, moves: moves?.appointmentId, notes: notes + usableNotes(auth, moves)))
    }
    guard !cpts.isEmpty else { return .failure(Unfit(text: "no auth usable on \(date)")) }
    for auth in (authsByPatient[w.patientId] ?? []).sorted(by: { $0.id < $1.id }) {
      let moves = movedAppointment(auth, for: w, after: startInstant, inputs: inputs)
      if AuthUsability.isUsable(auth, on: date, cpts: cpts, uses: inputs.usage[auth.id] ?? AuthUses(), excluding: moved(moves)) {
        return .success(Fit(auth: auth, moves: moves?.appointmentId, notes: notes + usableNotes(auth, moves)))
      }
    }
    return .failure(Unfit(text: "no auth usable on \(date)"))
  }

  /// The waitlisted patient's first scheduled appointment on the auth after the slot: a
  /// patient waiting for an earlier date gives that one up, so its units are not counted
  /// against the slot (the fill moves the procedure up rather than adding one).
  static func movedAppointment(_ auth: Auth, for w: Waitlist, after start: Instant, inputs: Inputs) -> AuthUses.Scheduled? {
    (inputs.usage[auth.id]?.scheduled ?? []).first { s in
      s.patientId == w.patientId && (inputs.calendar.parseDateTime(s.start).map { $0 > start } ?? false)
    }
  }

  static func moved(_ moving: AuthUses.Scheduled?) -> Set<String> { moving.map { [$0.appointmentId] } ?? [] }

  static func usableNotes(_ auth: Auth, _ moves: AuthUses.Scheduled?) -> [String] {
    ["auth \(auth.id) usable"] + (moves.map { ["moves \($0.appointmentId) up from \($0.start)"] } ?? [])
  }

  /// The appointment that books an offer: id derived from the slot (`SL0001-booking`), so
  /// booking it again adds nothing.
  public static func appointment(for offer: Offer, slot: Slot, waitlist: Waitlist, locations: Set<String>) -> JSONObject {
    var o = JSONObject([
      ("kind", "appointment"), ("id", .string("\(slot.id)-booking")), ("patient_id", .string(offer.patientId)),
      ("provider_id", .string(slot.providerId)), ("start", .string(slot.start)),
      ("duration_min", .int(Int64(slot.durationMin))), ("type", .string(offer.type.rawValue)), ("status", "scheduled"),
    ])
    if let cpts = waitlist.cpts, !cpts.isEmpty { o["cpts"] = .array(cpts.map { .string($0) }) }
    if let a = offer.authId { o["auth_id"] = .string(a) }
    if let l = slot.location, locations.contains(l) { o["location_id"] = .string(l) }
    return o
  }
}

extension SlotFill {
  /// The offer to book for each slot: its first-ranked patient not already chosen for an
  /// earlier slot of the same run.
  public static func choose(_ results: [SlotResult]) -> [(Slot, Offer)] {
    var taken = Set<String>()
    var out: [(Slot, Offer)] = []
    for r in results {
      guard let o = r.offers.first(where: { !taken.contains($0.patientId) }) else { continue }
      taken.insert(o.patientId)
      out.append((r.slot, o))
    }
    return out
  }
}
