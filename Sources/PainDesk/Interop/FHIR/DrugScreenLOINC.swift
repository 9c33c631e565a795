import Foundation

/// LOINC urine drug-test codes the importer recognizes, with the substance and whether the
/// method is a screen (presumptive) or a confirmation (definitive). Codes as listed in
/// public lab guidance (HDD Access, "Drug Screens and LOINC"); any other LOINC whose
/// display reads "... [Presence] in Urine by Screen/Confirmatory method" is taken too.
enum DrugScreenLOINC {
  struct Test { let substance: String; let definitive: Bool }

  static let codes: [String: Test] = [
    "3427-2": Test(substance: "cannabinoids", definitive: false),
    "18282-4": Test(substance: "cannabinoids", definitive: false),
    "19289-8": Test(substance: "cannabinoids", definitive: true),
    "3393-6": Test(substance: "cocaine", definitive: false),
    "14314-9": Test(substance: "cocaine", definitive: false),
    "14315-6": Test(substance: "cocaine", definitive: true),
    "3349-8": Test(substance: "amphetamines", definitive: false),
    "19261-7": Test(substance: "amphetamines", definitive: false),
    "16369-1": Test(substance: "amphetamines", definitive: true),
    "19296-3": Test(substance: "opiates", definitive: false),
    "19298-9": Test(substance: "opiates", definitive: true),
  ]
  /// Panels: their members (components or hasMember) carry the substances.
  static let panels: [String: Bool] = ["95796-9": false]

  static func test(code: String, display: String?) -> Test? {
    if let t = codes[code] { return t }
    guard let d = display, d.contains("in Urine") else { return nil }
    let substance = d.prefix { $0 != "[" }.trimmingCharacters(in: .whitespaces).lowercased()
    guard !substance.isEmpty else { return nil }
    if d.contains("by Screen method") { return Test(substance: substance, definitive: false) }
    if d.contains("by Confirm") { return Test(substance: substance, definitive: true) }
    return nil
  }
}
