/// Opioid ingredients, for telling chronic opioid therapy from other Schedule II-IV drugs
/// (stimulants, benzodiazepines): the CDC 2022 clinical MME table (domain.md §6.1) plus
/// buprenorphine, which that table leaves out of MME but which is still opioid therapy.
public enum OpioidIngredients {
  /// Ingredient name (lower case) to RxNorm ingredient RxCUI.
  public static let rxnormByName: [String: String] = [
    "codeine": "2670", "tramadol": "10689", "tapentadol": "787390", "hydrocodone": "5489",
    "morphine": "7052", "oxycodone": "7804", "oxymorphone": "7814", "methadone": "6813",
    "hydromorphone": "3423", "fentanyl": "4337", "buprenorphine": "1819",
  ]

  static let rxnormCodes = Set(rxnormByName.values)

  /// Whether a prescription's ingredient is an opioid, by RxCUI or by name.
  public static func contains(drug: String, rxnorm: String?) -> Bool {
    if let rxnorm, rxnormCodes.contains(rxnorm) { return true }
    return rxnormByName[drug.lowercased()] != nil
  }

  /// DEA schedules of chronic opioid therapy (design.md: an active Schedule II-IV opioid).
  public static let schedules: Set<String> = ["cii", "ciii", "civ"]
}
