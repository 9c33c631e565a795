/// Benzodiazepine ingredients, for the opioid-with-benzodiazepine signal (CDC 2022 Rec 11).
public enum Benzodiazepines {
  public static let names: Set<String> = [
    "alprazolam", "chlordiazepoxide", "clobazam", "clonazepam", "clorazepate", "diazepam",
    "estazolam", "flurazepam", "lorazepam", "midazolam", "oxazepam", "quazepam", "temazepam",
    "triazolam",
  ]

  public static func contains(_ drug: String) -> Bool { names.contains(IngredientName.key(drug)) }
}
