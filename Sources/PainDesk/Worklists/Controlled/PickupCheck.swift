/// Controlled-substance prescriptions filled but not confirmed picked up (`picked_up_on`
/// on or after the last fill) within `rx.pickup_confirmation` days (clinic protocol).
public enum PickupCheck {
  public static func unconfirmed(_ data: ControlledSubstanceData, rules: EffectiveRules, asOf: LocalDate, days: Int? = nil) -> [Finding] {
    let n = days ?? rules.int("rx.pickup_confirmation", "within_days")
    return data.rxById.values.filter { $0.isControlled && $0.status == .active }.sorted { $0.id < $1.id }.compactMap { rx in
      guard let fill = rx.lastFill, fill.date <= asOf, asOf > fill.date.adding(days: n) else { return nil }
      if let picked = rx.pickedUpOn.flatMap(LocalDate.init), picked >= fill.date { return nil }
      return Finding(
        id: "\(rx.id)-pickup", subjectKind: .rx, subjectId: rx.id, rule: "rx.pickup_confirmation", source: "clinic protocol",
        severity: .warn,
        message: "filled \(fill.date), pickup not confirmed after \(n) days: call the pharmacy and record picked_up_on",
        evidence: .object(JSONObject([
          ("patient_id", .string(rx.patientId)), ("pharmacy", rx.pharmacy.map(JSONValue.string) ?? .null),
          ("filled_on", .string(fill.date.description)),
        ])))
    }
  }
}
