/// The class of a controlled substance, as state PDMP laws name the drugs that prompt a
/// check (Texas Health & Safety Code §481.0764: opioids, benzodiazepines, barbiturates,
/// carisoprodol) and as MME needs to tell an opioid from a known non-opioid. The
/// non-opioid lists are the common Schedule II-V ingredients of 21 CFR 1308.12-1308.15
/// seen in pain practice; a controlled prescription in none of them is `unrecognized`,
/// which MME reports rather than counting as 0.
public enum ControlledDrugClass: String, Sendable, CaseIterable {
  case opioid, benzodiazepine, barbiturate, carisoprodol
  /// Another known non-opioid controlled substance (stimulants, sleep drugs, gabapentinoids).
  case otherNonOpioid = "other_non_opioid"
  case unrecognized

  static let barbiturates: Set<String> = ["butalbital", "phenobarbital", "secobarbital", "pentobarbital", "butabarbital"]
  static let carisoprodolNames: Set<String> = ["carisoprodol"]
  static let otherNonOpioids: Set<String> = [
    "amphetamine", "dextroamphetamine", "lisdexamfetamine", "methamphetamine", "methylphenidate",
    "dexmethylphenidate", "armodafinil", "modafinil", "phentermine", "zolpidem", "zaleplon", "eszopiclone",
    "suvorexant", "lemborexant", "pregabalin", "lacosamide", "brivaracetam", "cenobamate", "ketamine",
    "dronabinol", "nabilone", "testosterone", "oxandrolone", "cannabidiol",
  ]

  /// The classes named in a prescription (an opioid first), `unrecognized` alone when a
  /// controlled product names none of them.
  public static func of(drug: String, rxnorm: String?) -> [ControlledDrugClass] {
    var out: [ControlledDrugClass] = []
    if OpioidIngredients.contains(drug: drug, rxnorm: rxnorm) { out.append(.opioid) }
    let words = Set(IngredientName.words(drug))
    if !words.isDisjoint(with: Benzodiazepines.names) { out.append(.benzodiazepine) }
    if !words.isDisjoint(with: barbiturates) { out.append(.barbiturate) }
    if !words.isDisjoint(with: carisoprodolNames) { out.append(.carisoprodol) }
    if !words.isDisjoint(with: otherNonOpioids) { out.append(.otherNonOpioid) }
    return out.isEmpty ? [.unrecognized] : out
  }
}
