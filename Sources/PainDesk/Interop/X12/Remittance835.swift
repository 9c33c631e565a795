/// An 835 (005010X221A1) read into claim payments: CLP claims with their CAS adjustments,
/// SVC service lines with CPT, paid amounts, DTM dates, CAS and LQ remark codes.
public struct Remittance835: Sendable {
  public struct Adjustment: Sendable, Equatable {
    public let group: String
    public let carc: String
    public let cents: Int64
  }

  public struct Line: Sendable {
    public let segment: Int
    public var cpt: String
    public var chargeCents: Int64
    public var paidCents: Int64
    public var units: Int
    public var date: String?
    public var adjustments: [Adjustment] = []
    public var rarcs: [String] = []
  }

  public struct Claim: Sendable {
    public let segment: Int
    public let file: String
    public let patientControlNumber: String
    public let status: String
    public let chargeCents: Int64
    public let paidCents: Int64
    public var date: String?
    public var adjustments: [Adjustment] = []
    public var rarcs: [String] = []
    public var lines: [Line] = []
    /// The remittance's production date (DTM*405) or payment date (BPR16).
    public var noticeDate: String?

    /// CLP02 (X12 element 1029, Claim Status Code) 4: denied. Code list as published for
    /// the element in X12 versions 003050 to 006050 in Stedi's EDI reference
    /// (stedi.com/edi/x12-004060/element/1029): 1-3 processed as primary, secondary,
    /// tertiary; 4 denied; 19-21 processed and forwarded; 22 reversal of previous payment.
    public var isDenied: Bool { status == "4" }
    /// CLP02 22: reversal of previous payment (its amounts are the negated original's).
    public var isReversal: Bool { status == "22" }
  }

  public var claims: [Claim] = []

  public static func read(_ bytes: [UInt8], file: String) throws(ToolkitError) -> Remittance835 {
    let (segments, d) = try X12Parser.parse(bytes, file: file)
    func fail(_ s: X12Segment, _ m: String) -> ToolkitError { ToolkitError(.dataError, "\(file): segment \(s.number) (\(s.id)): \(m)") }
    func cents(_ s: X12Segment, _ k: Int, required: Bool = true) throws(ToolkitError) -> Int64 {
      let text = s[k]
      if text.isEmpty && !required { return 0 }
      guard let v = Money.cents(text) else { throw fail(s, "element \(k) is not an amount") }
      return v
    }
    func date(_ s: X12Segment) throws(ToolkitError) -> String {
      let t = s[2]
      guard t.utf8.count == 8, let y = Int(t.prefix(4)), let m = Int(t.dropFirst(4).prefix(2)), let dd = Int(t.suffix(2)),
        let ld = LocalDate(year: y, month: m, day: dd)
      else { throw fail(s, "DTM02 is not a date (CCYYMMDD)") }
      return ld.description
    }
    var out = Remittance835()
    var noticeDate: String?
    var claim: Claim?
    var line: Line?
    func closeLine() { if let l = line { claim?.lines.append(l) }; line = nil }
    func closeClaim() { closeLine(); if var c = claim { c.noticeDate = c.noticeDate ?? noticeDate; out.claims.append(c) }; claim = nil }
    for s in segments {
      switch s.id {
      case "ST":
        guard s[1] == "835" else { throw fail(s, "ST01 is not 835: only 835 remittances are read") }
        noticeDate = nil
      case "BPR":
        if s[16].utf8.count == 8 { noticeDate = try date(X12Segment(id: "BPR", elements: ["", s[16]], number: s.number)) }
      case "DTM":
        let value = try date(s)
        switch s[1] {
        case "405": if claim == nil { noticeDate = value }
        case "472": if line != nil { line?.date = value } else { claim?.date = value }
        case "232", "150": if claim != nil && claim?.date == nil { claim?.date = value }
        default: break
        }
      case "CLP":
        closeClaim()
        guard !s[1].isEmpty else { throw fail(s, "CLP01 (patient control number) is empty") }
        guard !s[2].isEmpty else { throw fail(s, "CLP02 (claim status) is empty") }
        claim = Claim(
          segment: s.number, file: file, patientControlNumber: s[1], status: s[2],
          chargeCents: try cents(s, 3), paidCents: try cents(s, 4))
      case "SVC":
        guard claim != nil else { throw fail(s, "SVC before any CLP") }
        closeLine()
        let composite = s[1].split(separator: Character(UnicodeScalar(d.component)), omittingEmptySubsequences: false).map(String.init)
        guard composite.count >= 2, ["HC", "AD", "ER", "IV", "N4", "NU", "WK", "HP"].contains(composite[0]) else {
          throw fail(s, "SVC01 is not a qualified procedure code")
        }
        // SVC05 may be decimal in X12; a line's units are whole, so the fraction is dropped.
        guard let quantity = s[5].isEmpty ? 1 : NumericRange.units.number(parsing: s[5]) else {
          throw fail(s, "SVC05 is not a number of units (0 to \(NumericRange.units.maximum))")
        }
        let units = Int(quantity.rounded(.towardZero))
        line = Line(segment: s.number, cpt: composite[1], chargeCents: try cents(s, 2), paidCents: try cents(s, 3), units: units)
      case "CAS":
        guard claim != nil else { throw fail(s, "CAS before any CLP") }
        guard ["CO", "CR", "OA", "PI", "PR"].contains(s[1]) else { throw fail(s, "CAS01 is not a group code (CO, OA, PI, PR)") }
        // Up to six reason/amount/quantity triples.
        var k = 2
        while k <= 17, !s[k].isEmpty {
          let a = Adjustment(group: s[1], carc: s[k], cents: try cents(s, k + 1))
          if line != nil { line?.adjustments.append(a) } else { claim?.adjustments.append(a) }
          k += 3
        }
      case "LQ":
        guard s[1] == "HE" || s[1] == "RX" else { throw fail(s, "LQ01 is not HE or RX") }
        if s[1] == "HE" { if line != nil { line?.rarcs.append(s[2]) } else { claim?.rarcs.append(s[2]) } }
      case "MOA", "MIA":
        // Claim-level remark codes: MOA03-07, MIA05/20-23.
        let ks = s.id == "MOA" ? [3, 4, 5, 6, 7] : [5, 20, 21, 22, 23]
        for k in ks where !s[k].isEmpty { claim?.rarcs.append(s[k]) }
      case "LX", "TS3", "TS2", "PLB", "SE":
        closeClaim()
      default:
        break
      }
    }
    closeClaim()
    return out
  }
}
