/// Workers' comp and auto no-fault (rule `coverage.injury_case`): a visit billed to such a
/// coverage needs an open `case` on it with a claim number, the injury date and an
/// adjuster or TPA to call.
public enum InjuryCaseCheck {
  public static let rule = "coverage.injury_case"

  public static func isInjury(_ type: PayerType?) -> Bool {
    type == .workersComp || type == .autoNoFault
  }

  /// The open case on the coverage (the latest by id when there are several).
  public static func openCase(on coverage: Coverage, in cases: [InsuranceCase]) -> InsuranceCase? {
    cases.filter { $0.coverageId == coverage.id && $0.status == .open }.max { $0.id < $1.id }
  }

  /// What the case lacks, as problem lines.
  public static func missing(_ c: InsuranceCase?, coverage: Coverage) -> [String] {
    guard let c else { return ["\(coverage.id): no open injury case (claim number, injury date, adjuster) [\(rule)]"] }
    var out: [String] = []
    if c.claimNumber.allSatisfy({ $0 == " " }) { out.append("\(c.id): no claim number [\(rule)]") }
    if LocalDate(c.injuryDate) == nil { out.append("\(c.id): no injury date [\(rule)]") }
    if contact(c) == nil { out.append("\(c.id): no adjuster or TPA contact [\(rule)]") }
    return out
  }

  /// The adjuster (name and the first of phone, fax, email), else the TPA.
  public static func contact(_ c: InsuranceCase) -> String? {
    if let a = c.adjuster, !a.name.isEmpty {
      let how = [a.phone, a.fax.map { "fax " + $0 }, a.email].compactMap { $0 }.first
      return "adjuster \(a.name)" + (how.map { " " + $0 } ?? "")
    }
    if let t = c.tpa, !t.isEmpty { return "TPA \(t)" }
    return nil
  }
}
