/// Benzodiazepine ingredients, for the opioid-with-benzodiazepine signal (CDC 2022 Rec 11).
public enum Benzodiazepines {
  public static let names: Set<String> = [
    "alprazolam", "chlordiazepoxide", "clobazam", "clonazepam", "clorazepate", "diazepam",
    "estazolam", "flurazepam", "lorazepam", "midazolam", "oxazepam", "quazepam", "temazepam",
    "triazolam",
  ]

  /// Whether a benzodiazepine is named anywhere in the product name, as a whole word
  /// ("chlordiazepoxide and amitriptyline").
  public static func contains(_ drug: String) -> Bool { IngredientName.words(drug).contains(where: names.contains) }
}
