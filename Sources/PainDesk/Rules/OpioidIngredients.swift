/// The opioid ingredients the toolkit recognizes, keyed by RxNorm ingredient RxCUI: the
/// CDC 2022 clinical MME table (domain.md §6.1), transdermal fentanyl, buprenorphine
/// (left out of MME but still opioid therapy) and the opioids without a clinical factor.
/// A prescription's opioid is found by its `rxnorm` when that is one of these codes, else
/// by whole words anywhere in its name, so combination products whose opioid is not the
/// first word ("acetaminophen and codeine", "butalbital, aspirin, caffeine and codeine")
/// are found.
public enum OpioidIngredients {
  /// Every opioid ingredient, with its clinical factor (0 where it has none).
  public static let all: [MMEFactor] =
    CDCClinicalMMETable.factors + [CDCClinicalMMETable.fentanyl, CDCClinicalMMETable.buprenorphine]
    + CDCClinicalMMETable.otherOpioids

  private static let byCode: [String: MMEFactor] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.rxnorm, $0) })
  private static let byName: [String: MMEFactor] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.ingredient, $0) })

  /// The opioid ingredients of a prescription, in the order they appear in its name: the
  /// one its RxCUI names, else every one named as a whole word.
  public static func found(drug: String, rxnorm: String?) -> [MMEFactor] {
    if let rxnorm, let f = byCode[rxnorm] { return [f] }
    var seen = Set<String>()
    return IngredientName.words(drug).compactMap { byName[$0] }.filter { seen.insert($0.rxnorm).inserted }
  }

  /// Whether a prescription contains an opioid, by RxCUI or by name.
  public static func contains(drug: String, rxnorm: String?) -> Bool {
    !found(drug: drug, rxnorm: rxnorm).isEmpty
  }

  /// DEA schedules of chronic opioid therapy (design.md: an active Schedule II-IV opioid).
  public static let schedules: Set<String> = ["cii", "ciii", "civ"]
}
