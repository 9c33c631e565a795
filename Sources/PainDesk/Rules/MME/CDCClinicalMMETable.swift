/// The CDC 2022 clinical MME conversion factors (CDC 2022 Table, MMWR RR 71(3); the
/// CDC-published CodeSystem CDCMMEClinicalConversionFactors of cqframework/opioid-mme-r4;
/// domain.md §6.1), keyed by RxNorm ingredient and name. Methadone is flat 4.7 (2022);
/// transdermal fentanyl is mcg/hr x 2.4 per patch worn; buprenorphine is not converted.
public enum CDCClinicalMMETable {
  /// The table id every MME output carries as `mme_table`.
  public static let id = "cdc-2022-clinical"
  public static let source = "CDC 2022 Table"

  public static let factors: [MMEFactor] = [
    MMEFactor("codeine", "2670", 0.15),
    MMEFactor("tramadol", "10689", 0.2),
    MMEFactor("tapentadol", "787390", 0.4),
    MMEFactor("hydrocodone", "5489", 1.0),
    MMEFactor("morphine", "7052", 1.0),
    MMEFactor("oxycodone", "7804", 1.5),
    MMEFactor("oxymorphone", "7814", 3.0),
    MMEFactor("methadone", "6813", 4.7),
    MMEFactor("hydromorphone", "3423", 5.0),
  ]

  /// Transdermal fentanyl: MME/day = mcg/hr x 2.4 (the IG's 7200 per patch at 1/3 a day).
  public static let fentanylPatchFactor = 2.4
  public static let fentanyl = MMEFactor("fentanyl", "4337", 2.4)
  /// Excluded from the table (partial agonist): reported, never converted.
  public static let buprenorphine = MMEFactor("buprenorphine", "1819", 0)

  /// Opioids with no clinical factor (the CDC research table lists them); an Rx of one is
  /// reported as not converted, so the total says it is incomplete.
  public static let otherOpioids: [MMEFactor] = [
    MMEFactor("butorphanol", "1841", 0), MMEFactor("dihydrocodeine", "23088", 0),
    MMEFactor("meperidine", "6754", 0), MMEFactor("pentazocine", "8001", 0),
    MMEFactor("levorphanol", "6378", 0), MMEFactor("opium", "7676", 0),
  ]

  private static let byCode: [String: MMEFactor] = Dictionary(
    uniqueKeysWithValues: factors.map { ($0.rxnorm, $0) })

  /// The clinical factor of an opioid ingredient (`OpioidIngredients`), nil when the table
  /// has none (fentanyl, which converts by the patch rule, buprenorphine, the others).
  public static func factor(of ingredient: MMEFactor) -> MMEFactor? { byCode[ingredient.rxnorm] }
}
