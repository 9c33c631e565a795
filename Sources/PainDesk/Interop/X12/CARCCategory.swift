/// The denial category of a Claim Adjustment Reason Code (domain.md §4.2). Codes the
/// toolkit does not list are `other`, and the importer warns about them.
public enum CARCCategory {
  static let table: [String: DenialCategory] = [
    "15": .authorization, "39": .authorization, "197": .authorization, "198": .authorization,
    "210": .authorization, "243": .authorization, "284": .authorization, "296": .authorization,
    "288": .authorization,
    "50": .medicalNecessity, "55": .medicalNecessity, "56": .medicalNecessity, "167": .medicalNecessity,
    "272": .medicalNecessity,
    "16": .documentation, "226": .documentation, "252": .documentation,
    "119": .frequency, "150": .frequency, "151": .frequency, "273": .frequency,
    "58": .coding, "236": .coding,
    "96": .eligibility, "204": .eligibility,
    "278": .other, "285": .other, "286": .other,
  ]

  /// The category, and whether the code is one the toolkit knows.
  public static func category(_ carc: String) -> (DenialCategory, known: Bool) {
    if let c = table[carc] { return (c, true) }
    return (.other, false)
  }

  /// Adjustments that are not denials: deductible, coinsurance, copay (PR 1/2/3), the
  /// contractual write-off (CO 45) and sequestration (253).
  static let routine: Set<String> = ["1", "2", "3", "45", "253"]
}
