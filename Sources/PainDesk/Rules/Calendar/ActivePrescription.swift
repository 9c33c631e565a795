/// What counts as an **active** prescription (design.md §6): status `active`, and a last
/// fill (or, with no fill, the written date) whose days' supply ends no earlier than 30
/// days before `--as-of`. The supply of a fill on D for N days ends on D + N.
public enum ActivePrescription {
  /// How long after its supply ends a prescription still counts as active.
  public static let graceDays = 30

  /// The day the supply runs out: the last fill (else the written date) + days' supply.
  public static func supplyEnds(writtenOn: LocalDate, lastFilledOn: LocalDate?, daysSupply: Int)
    -> LocalDate
  {
    (lastFilledOn ?? writtenOn).adding(days: daysSupply)
  }

  public static func isActive(
    status: String, writtenOn: LocalDate, lastFilledOn: LocalDate?, daysSupply: Int,
    asOf: LocalDate
  ) -> Bool {
    guard status == "active" else { return false }
    let ends = supplyEnds(writtenOn: writtenOn, lastFilledOn: lastFilledOn, daysSupply: daysSupply)
    return ends >= asOf.adding(days: -graceDays)
  }
}
