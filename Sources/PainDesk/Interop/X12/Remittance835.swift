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
  /// Malformed elements PainDesk does not need, passed over: each names the file, the
  /// segment and the element, never its value.
  public var warnings: [String] = []

  /// SVC01-1, the product or service id qualifier (X12 element 235) for procedures.
  static let procedureQualifiers: Set<String> = ["HC", "AD", "ER", "IV", "N4", "NU", "WK", "HP"]

  /// The byte after a procedure qualifier in a composite, when it is punctuation other
  /// than the declared component separator (`HC:64483` under an ISA16 of `>`).
  static func otherComponentSeparator(_ composite: String, declared: UInt8) -> UInt8? {
    let bytes = Array(composite.utf8)
    guard bytes.count > 3, procedureQualifiers.contains(String(decoding: bytes.prefix(2), as: UTF8.self)) else { return nil }
    let b = bytes[2]
    return b != declared && b > 0x20 && b < 0x7f && !X12Parser.isAlnum(b) ? b : nil
  }

  public static func read(_ bytes: [UInt8], file: String) throws(ToolkitError) -> Remittance835 {
    let (segments, d) = try X12Parser.parse(bytes, file: file)
    func fail(_ s: X12Segment, _ m: String) -> ToolkitError { ToolkitError(.dataError, "\(file): segment \(s.number) (\(s.id)): \(m)") }
    func cents(_ s: X12Segment, _ k: Int, required: Bool = true) throws(ToolkitError) -> Int64 {
      let text = s[k]
      if text.isEmpty && !required { return 0 }
      guard let v = Money.cents(text) else { throw fail(s, "element \(k) is not an amount") }
      return v
    }
    var out = Remittance835()
    /// Element `k` as a date (CCYYMMDD), named by its segment and position.
    func date(_ s: X12Segment, _ k: Int) throws(ToolkitError) -> String {
      guard let d = X12Date.parse(s[k]) else { throw fail(s, "\(s.id)\(X12Date.position(k)) is not a date (CCYYMMDD)") }
      return d
    }
    /// A date PainDesk can do without: a malformed one is a warning, and nil.
    func optionalDate(_ s: X12Segment, _ k: Int) -> String? {
      guard !s[k].isEmpty else { return nil }
      guard let d = X12Date.parse(s[k]) else {
        out.warnings.append("\(file): segment \(s.number) (\(s.id)): \(s.id)\(X12Date.position(k)) is not a date (CCYYMMDD); passed over")
        return nil
      }
      return d
    }
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
        // BPR16, the payment's effective date, only stands in for a missing DTM*405.
        if let d = optionalDate(s, 16) { noticeDate = d }
      case "DTM":
        switch s[1] {
        case "405": if claim == nil { noticeDate = try date(s, 2) }
        case "472": if line != nil { line?.date = try date(s, 2) } else { claim?.date = try date(s, 2) }
        case "232", "150": if claim != nil && claim?.date == nil { claim?.date = try date(s, 2) }
        default: _ = optionalDate(s, 2)
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
        guard composite.count >= 2, Self.procedureQualifiers.contains(composite[0]) else {
          if let other = Self.otherComponentSeparator(s[1], declared: d.component) {
            throw fail(
              s, "SVC01 uses \(X12Parser.shown(other)) as its component separator, but ISA16 declares \(X12Parser.shown(d.component)): fix the ISA16 or the segment")
          }
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
