/// What counts as a **visit** (design.md §6): a completed appointment of type
/// `new_patient`, `follow_up`, `procedure` or `telehealth` with any of the clinic's
/// providers; a `uds` or `pump_refill` appointment alone is not a visit. Takes plain
/// values so any code can ask without the appointment record type.
public enum Visit {
  public static let types: Set<String> = ["new_patient", "follow_up", "procedure", "telehealth"]

  public static func isVisit(type: String, status: String) -> Bool {
    status == "completed" && types.contains(type)
  }
}
