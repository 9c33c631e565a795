/// How an ingredient name is compared: lower case, the first word (salt names dropped).
public enum IngredientName {
  public static func key(_ drug: String) -> String {
    let lower = drug.lowercased()
    let first = lower.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" || $0 == "," }).first
    return first.map(String.init) ?? lower
  }

  public static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

  /// The whole words of a product name, lower case ("Acetaminophen and Codeine" gives
  /// acetaminophen, and, codeine): an ingredient is found anywhere in the name, never
  /// inside a longer word (morphine is not in hydromorphone).
  public static func words(_ drug: String) -> [String] {
    drug.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
  }
}
