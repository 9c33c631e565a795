/// What a urine drug test is expected to show for what a patient takes (domain.md §9a,
/// [C]: standard toxicology references and clinical laboratory interpretation guides):
/// the metabolites of each prescribed ingredient, and the immunoassay classes whose
/// screen a prescribed ingredient makes positive. A result is unexpected only when
/// neither explains it (CDC 2022 Rec 10).
public enum UDSInterpretation {
  public static let source = "toxicology references (CDC 2022 Rec 10)"

  /// Parent ingredient to the metabolites a test may find after it.
  public static let metabolites: [String: [String]] = [
    "hydrocodone": ["hydromorphone", "norhydrocodone"],
    "oxycodone": ["oxymorphone", "noroxycodone"],
    "codeine": ["morphine", "hydrocodone", "norcodeine"],
    "morphine": ["hydromorphone", "normorphine"],
    "tramadol": ["o-desmethyltramadol"],
    "fentanyl": ["norfentanyl"],
    "buprenorphine": ["norbuprenorphine"],
    "methadone": ["eddp"],
    "diazepam": ["nordiazepam", "temazepam", "oxazepam"],
    "clonazepam": ["7-aminoclonazepam"],
  ]

  /// An immunoassay class: the ingredients its screen reliably detects, and those it
  /// cross-reacts with variably (a negative screen says nothing about them).
  public struct ImmunoassayClass: Sendable {
    public let name: String
    public let detects: Set<String>
    public let crossReacts: Set<String>
  }

  /// "opiates" detects morphine and codeine and cross-reacts variably with hydrocodone
  /// and hydromorphone; it misses oxycodone, fentanyl, methadone, buprenorphine and
  /// tramadol, which have their own assays.
  public static let classes: [String: ImmunoassayClass] = {
    let list = [
      ImmunoassayClass(name: "opiates", detects: ["morphine", "codeine"], crossReacts: ["hydrocodone", "hydromorphone"]),
      ImmunoassayClass(
        name: "benzodiazepines", detects: [],
        crossReacts: Benzodiazepines.names.union(["nordiazepam", "7-aminoclonazepam"])),
      ImmunoassayClass(
        name: "amphetamines", detects: [],
        crossReacts: ["amphetamine", "dextroamphetamine", "lisdexamfetamine", "methamphetamine"]),
      ImmunoassayClass(name: "barbiturates", detects: [], crossReacts: ControlledDrugClass.barbiturates),
    ]
    var out: [String: ImmunoassayClass] = [:]
    for c in list {
      out[normalized(c.name)] = c
      out[normalized(String(c.name.dropLast()))] = c  // "opiate", "benzodiazepine"
    }
    return out
  }()

  /// A lab's substance name compared without case, spaces or punctuation
  /// ("O-Desmethyltramadol" is o-desmethyltramadol; "EDDP" is eddp).
  public static func normalized(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// What a test may find for the prescribed ingredients: the ingredients and their
  /// metabolites, normalized.
  public static func expected(for ingredients: Set<String>) -> Set<String> {
    var out = Set(ingredients.map(normalized))
    for i in ingredients { out.formUnion((metabolites[i] ?? []).map(normalized)) }
    return out
  }

  /// The ingredients named in a prescription (whole words that are opioid ingredients,
  /// benzodiazepines or other known controlled ingredients), else its first word.
  public static func ingredients(of rx: Rx) -> Set<String> {
    let known = Set(OpioidIngredients.found(drug: rx.drug, rxnorm: rx.rxnorm).map(\.ingredient))
      .union(IngredientName.words(rx.drug).filter { Benzodiazepines.names.contains($0) || metabolites[$0] != nil })
    return known.isEmpty ? [IngredientName.key(rx.drug)] : known
  }
}
