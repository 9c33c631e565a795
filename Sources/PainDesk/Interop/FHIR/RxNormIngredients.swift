/// The RxNorm ingredients the toolkit resolves a product to: the opioids of the CDC 2022
/// MME table (domain.md §6.1) and a few others common in pain practice, with their DEA
/// schedule (21 CFR 1308). Ingredient RxCUIs only; products are matched by name.
enum RxNormIngredients {
  struct Ingredient { let name: String; let rxcui: String; let schedule: String }

  static let all: [Ingredient] = [
    Ingredient(name: "codeine", rxcui: "2670", schedule: "cii"),
    Ingredient(name: "tramadol", rxcui: "10689", schedule: "civ"),
    Ingredient(name: "tapentadol", rxcui: "787390", schedule: "cii"),
    Ingredient(name: "hydrocodone", rxcui: "5489", schedule: "cii"),
    Ingredient(name: "morphine", rxcui: "7052", schedule: "cii"),
    Ingredient(name: "oxycodone", rxcui: "7804", schedule: "cii"),
    Ingredient(name: "oxymorphone", rxcui: "7814", schedule: "cii"),
    Ingredient(name: "methadone", rxcui: "6813", schedule: "cii"),
    Ingredient(name: "hydromorphone", rxcui: "3423", schedule: "cii"),
    Ingredient(name: "fentanyl", rxcui: "4337", schedule: "cii"),
    Ingredient(name: "meperidine", rxcui: "6754", schedule: "cii"),
    Ingredient(name: "buprenorphine", rxcui: "1819", schedule: "ciii"),
    Ingredient(name: "pregabalin", rxcui: "187832", schedule: "cv"),
  ]

  static func byRxCUI(_ code: String) -> Ingredient? { all.first { $0.rxcui == code } }

  /// The ingredient a product's name starts with or contains ("Oxycodone Hydrochloride 5 MG
  /// Oral Tablet", "72 HR Fentanyl 0.025 MG/HR Transdermal System").
  static func inName(_ text: String) -> Ingredient? {
    let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    return all.first { words.contains($0.name) }
  }
}
