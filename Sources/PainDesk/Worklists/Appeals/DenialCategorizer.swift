/// The category of a denial from its codes (domain.md §4.2-4.3): the record's own
/// `category` when it has one, else the CARC, refined by a RARC when the CARC is one
/// of the generic codes that need a remark (16, 96), else a RARC, else key words of
/// the payer's reason, else `other`. Unknown codes are kept and filed under `other`.
public enum DenialCategorizer {
  /// CARC (X12 claim adjustment reason codes, WPC list) by category.
  static let carc: [String: DenialCategory] = {
    var m: [String: DenialCategory] = [:]
    for c in ["50", "55", "56", "150", "272"] { m[c] = .medicalNecessity }
    for c in ["16", "226", "252"] { m[c] = .documentation }
    for c in ["119", "151", "273"] { m[c] = .frequency }
    for c in ["15", "39", "197", "198", "210", "243", "284", "288", "296"] { m[c] = .authorization }
    for c in ["26", "27", "31", "177", "200", "204"] { m[c] = .eligibility }
    for c in ["4", "11", "58", "167", "236"] { m[c] = .coding }
    return m
  }()

  /// RARC (X12 remittance advice remark codes) by category.
  static let rarc: [String: DenialCategory] = [
    "N705": .documentation, "N706": .documentation,
    "N414": .frequency, "N435": .frequency,
    "M62": .authorization,
  ]

  /// CARCs that say little without a remark code.
  static let generic: Set<String> = ["16", "96"]

  /// Words of the payer's reason, tried in order when no code decides.
  static let words: [(String, DenialCategory)] = [
    ("medical necessity", .medicalNecessity), ("medically necessary", .medicalNecessity),
    ("investigational", .medicalNecessity), ("frequency", .frequency), ("per 12 months", .frequency),
    ("authorization", .authorization), ("precertification", .authorization),
    ("eligib", .eligibility), ("not enrolled", .eligibility), ("coverage terminated", .eligibility),
    ("document", .documentation), ("records", .documentation),
    ("diagnosis", .coding), ("modifier", .coding), ("place of service", .coding),
  ]

  public static func category(of d: Denial) -> DenialCategory {
    if let c = d.category { return c }
    return category(carc: d.carc, rarc: d.rarc ?? [], reason: d.reason)
  }

  public static func category(carc code: String?, rarc remarks: [String], reason: String) -> DenialCategory {
    let byRemark = remarks.lazy.compactMap { rarc[$0.uppercased()] }.first
    if let code = code?.trimmingCharacters(in: .whitespaces) {
      if generic.contains(code), let byRemark { return byRemark }
      if let c = carc[code] { return c }
    }
    if let byRemark { return byRemark }
    let text = reason.lowercased()
    for (w, c) in words where text.contains(w) { return c }
    return .other
  }
}
