/// Controlled-substance prescriptions filled but not confirmed picked up within
/// `rx.pickup_confirmation` days (clinic protocol). A pickup is confirmed by the rx's
/// `picked_up_on` on or after the last fill (`field`, as the EHR or pharmacy feed sent
/// it), or by a pharmacy confirmation event: an rx update that `refill-check pickup`
/// recorded (`pharmacy_event`, tool `pharmacyTool`), which counts even when a later
/// import of the rx has dropped the field.
public enum PickupCheck {
  /// The tool name of the events `refill-check pickup` records.
  public static let pharmacyTool = "refill-check pickup"

  public enum Via: String, Sendable {
    case field
    case pharmacyEvent = "pharmacy_event"
  }

  /// How the last fill's pickup was confirmed, and the event that recorded it (when known).
  public struct Confirmation: Sendable, Equatable {
    public let pickedUpOn: LocalDate
    public let via: Via
    public let event: PickupEvent?
  }

  /// The confirmation of a pickup on or after `fill`: the rx's field first, else the
  /// latest pharmacy event.
  public static func confirmation(_ rx: Rx, fill: LocalDate, events: [PickupEvent]) -> Confirmation? {
    if let s = rx.pickedUpOn, let picked = LocalDate(s), picked >= fill {
      let event = events.last { $0.pickedUpOn == s }
      return Confirmation(pickedUpOn: picked, via: event?.tool == pharmacyTool ? .pharmacyEvent : .field, event: event)
    }
    let pharmacy = events.last { $0.tool == pharmacyTool && (LocalDate($0.pickedUpOn).map { $0 >= fill } ?? false) }
    return pharmacy.map { Confirmation(pickedUpOn: LocalDate($0.pickedUpOn)!, via: .pharmacyEvent, event: $0) }
  }

  /// Active controlled-substance prescriptions with a fill on or before `asOf`, by id.
  static func filled(_ data: ControlledSubstanceData, asOf: LocalDate) -> [(Rx, LocalDate)] {
    data.rxById.values.filter { $0.isControlled && !$0.isOutside && $0.status == .active }.sorted { $0.id < $1.id }.compactMap { rx in
      rx.lastFill.flatMap { $0.date <= asOf ? (rx, $0.date) : nil }
    }
  }

  static func evidence(_ rx: Rx, _ fill: LocalDate, _ c: Confirmation? = nil) -> JSONValue {
    var o = JSONObject([
      ("patient_id", .string(rx.patientId)), ("pharmacy", rx.pharmacy.map(JSONValue.string) ?? .null),
      ("filled_on", .string(fill.description)),
    ])
    if let c {
      o["picked_up_on"] = .string(c.pickedUpOn.description)
      o["confirmed_via"] = .string(c.via.rawValue)
      o["confirmed_by"] = c.event.map { .string($0.actor) } ?? .null
      o["recorded_at"] = c.event.map { .string($0.at) } ?? .null
    }
    return .object(o)
  }

  /// One `warn` finding per prescription filled more than `days` days before `asOf`
  /// whose pickup is not confirmed. `events` from `Ledger.pickupEvents()`.
  public static func unconfirmed(
    _ data: ControlledSubstanceData, rules: EffectiveRules, asOf: LocalDate, days: Int? = nil,
    events: [String: [PickupEvent]] = [:]
  ) -> [Finding] {
    let n = days ?? rules.int("rx.pickup_confirmation", "within_days")
    return filled(data, asOf: asOf).compactMap { rx, fill in
      guard asOf > fill.adding(days: n), confirmation(rx, fill: fill, events: events[rx.id] ?? []) == nil else { return nil }
      return Finding(
        id: "\(rx.id)-pickup", subjectKind: .rx, subjectId: rx.id, rule: "rx.pickup_confirmation", source: "clinic protocol",
        severity: .warn,
        message: "filled \(fill), pickup not confirmed after \(n) days: call the pharmacy and record the pickup (refill-check pickup)",
        evidence: evidence(rx, fill))
    }
  }

  /// One `info` finding per prescription whose last fill's pickup is confirmed, saying how
  /// (`confirmed_via`) and, from the event history, who recorded it and when.
  public static func confirmed(
    _ data: ControlledSubstanceData, asOf: LocalDate, events: [String: [PickupEvent]]
  ) -> [Finding] {
    filled(data, asOf: asOf).compactMap { rx, fill in
      guard let c = confirmation(rx, fill: fill, events: events[rx.id] ?? []) else { return nil }
      let how = c.via == .field ? "picked_up_on on the rx" : "pharmacy confirmation"
      let who = c.event.map { ", recorded by \($0.actor) (\($0.tool)) at \($0.at)" } ?? ""
      return Finding(
        id: "\(rx.id)-pickup", subjectKind: .rx, subjectId: rx.id, rule: "rx.pickup_confirmation", source: "clinic protocol",
        severity: .info, message: "filled \(fill), picked up \(c.pickedUpOn): \(how)\(who)",
        evidence: evidence(rx, fill, c))
    }
  }

  /// The rx record with the pickup recorded: `picked_up_on` set to `on`, every other
  /// field kept. Throws `.dataError` (65) when `on` is before the last fill.
  public static func confirm(_ rx: JSONObject, on: LocalDate) throws(ToolkitError) -> JSONObject {
    let id = rx["id"]?.stringValue ?? "?"
    let typed: Rx
    do { typed = try JSONValueDecoder().decode(Rx.self, from: rx) } catch {
      throw ToolkitError(.dataError, "rx '\(id)' in the ledger cannot be read as a prescription")
    }
    guard let fill = typed.lastFill else {
      throw ToolkitError(.dataError, "rx '\(id)' has no fill: record the fill before the pickup")
    }
    if on < fill.date {
      throw ToolkitError(.dataError, "rx '\(id)': the pickup date is before the date of its last fill; check --on")
    }
    var out = rx
    out["picked_up_on"] = .string(on.description)
    return out
  }
}
