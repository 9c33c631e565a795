extension SlotFill {
  /// Slot records read from input for `recall-scan fill`: each must be a valid `slot`
  /// record; the first that is not fails the read with 65 and where it is.
  public static func slots(from records: [SourcedRecord]) throws(ToolkitError) -> [Slot] {
    let decoder = JSONValueDecoder()
    var out: [Slot] = []
    for r in records {
      let place = "\(r.file):\(r.line)"
      if let first = RecordValidator.validate(r.record).first {
        throw ToolkitError(.dataError, "\(place): invalid record: \(first.message)")
      }
      guard r.record.string("kind") == "slot" else {
        throw ToolkitError(
          .dataError, "\(place): \(r.record.string("kind") ?? "?") '\(r.record.string("id") ?? "?")': fill takes slot records")
      }
      do { out.append(try decoder.decode(Slot.self, from: r.record)) } catch {
        throw ToolkitError(.dataError, "\(place): invalid slot record")
      }
    }
    return out
  }

  /// What `--book` records for a run: the first-ranked patient of each slot (`choose`)
  /// booked as an appointment that ends their waitlist entry and replaces the appointment
  /// the offer moves up; `offers` comes back with each booked offer's appointment id.
  public static func bookings(
    _ results: [SlotResult], offers: inout [Offer], waitlist: [Waitlist], locations: Set<String>
  ) -> [Booking] {
    let byWaitlist = Dictionary(waitlist.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [Booking] = []
    for (slot, offer) in choose(results) {
      guard let w = byWaitlist[offer.waitlistId] else { continue }
      let appt = appointment(for: offer, slot: slot, waitlist: w, locations: locations)
      out.append(Booking(appointment: appt, waitlistId: offer.waitlistId, replaces: offer.movesAppointmentId))
      if let k = offers.firstIndex(where: { $0.id == offer.id }) { offers[k].appointmentId = appt.string("id") }
    }
    return out
  }
}

extension Ledger {
  /// What `recall-scan fill` ranks against, read once: the facts from `day` on, the
  /// waitlist, the auths and what the ledger has used of them.
  public func fillInputs(from day: LocalDate, rules: EffectiveRules) throws(ToolkitError) -> SlotFill.Inputs {
    let auths = try all(Auth.self)
    return SlotFill.Inputs(
      waitlist: try all(Waitlist.self), auths: auths, facts: try fillFacts(from: day),
      durations: SlotFill.durations(rules), calendar: rules.calendar, usage: try authUses(authIds: auths.map(\.id)))
  }
}
