/// Splits an X12 interchange into segments with the delimiters read from its ISA, and
/// checks the envelope: ISA/IEA, GS/GE, ST/SE pairing, control numbers and counts. Any
/// problem is an error naming the segment number; nothing is returned half-read.
public enum X12Parser {
  public static let maxSegments = 2_000_000

  public static func parse(_ bytes: [UInt8], file: String) throws(ToolkitError) -> (segments: [X12Segment], delimiters: X12Delimiters) {
    func fail(_ n: Int, _ m: String) -> ToolkitError { ToolkitError(.dataError, "\(file): segment \(n): \(m)") }
    // Leading whitespace (a BOM or blank lines) is tolerated before ISA.
    var start = 0
    while start < bytes.count, [0x20, 0x0a, 0x0d, 0x09].contains(bytes[start]) { start += 1 }
    guard bytes.count - start >= 106, bytes[start] == 0x49, bytes[start + 1] == 0x53, bytes[start + 2] == 0x41 else {
      throw fail(1, "not an X12 interchange (it must begin with a 106-character ISA segment)")
    }
    let d = X12Delimiters(
      element: bytes[start + 3], component: bytes[start + 104], segment: bytes[start + 105],
      repetition: bytes[start + 82] == 0x55 ? nil : bytes[start + 82])
    guard d.element != d.segment, d.element != d.component, d.segment != d.component,
      !isAlnum(d.element), !isAlnum(d.segment), !isAlnum(d.component)
    else { throw fail(1, "ISA declares unusable delimiters") }
    var segments: [X12Segment] = []
    var k = start
    var number = 0
    while k < bytes.count {
      while k < bytes.count, [0x0a, 0x0d].contains(bytes[k]) || (bytes[k] == 0x20 && d.segment != 0x20) { k += 1 }
      guard k < bytes.count else { break }
      var end = k
      while end < bytes.count, bytes[end] != d.segment { end += 1 }
      number += 1
      guard end < bytes.count else { throw fail(number, "no segment terminator (the file is truncated)") }
      guard number <= maxSegments else { throw fail(number, "more than \(maxSegments) segments") }
      let fields = bytes[k..<end].split(separator: d.element, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
      let id = fields[0]
      guard (2...3).contains(id.utf8.count), id.utf8.allSatisfy({ isUpperAlnum($0) }) else {
        if let other = otherElementSeparator(bytes[k..<end], declared: d.element) {
          throw fail(number, "uses \(shown(other)) as its element separator, but ISA declares \(shown(d.element)): fix the ISA or the segment")
        }
        throw fail(number, "malformed segment (no segment id)")
      }
      if id == "ISA" && fields.count != 17 { throw fail(number, "ISA has \(fields.count - 1) elements, not 16") }
      segments.append(X12Segment(id: id, elements: Array(fields.dropFirst()), number: number))
      k = end + 1
    }
    try checkEnvelope(segments, fail: fail)
    return (segments, d)
  }

  /// The byte after a segment id of 2 or 3 letters and digits, when it is punctuation
  /// other than the declared element separator: the segment was written with another.
  static func otherElementSeparator(_ segment: ArraySlice<UInt8>, declared: UInt8) -> UInt8? {
    let head = Array(segment.prefix(4))
    for n in [2, 3] where head.count > n && head.prefix(n).allSatisfy(isUpperAlnum) {
      let b = head[n]
      if b != declared && b > 0x20 && b < 0x7f && !isAlnum(b) { return b }
    }
    return nil
  }

  /// A delimiter as messages show it: the character in quotes, or its code.
  static func shown(_ b: UInt8) -> String {
    b > 0x20 && b < 0x7f ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x" + String(b, radix: 16)
  }

  static func isAlnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5a).contains(b) || (0x61...0x7a).contains(b) }
  static func isUpperAlnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5a).contains(b) }

  static func checkEnvelope(_ s: [X12Segment], fail: (Int, String) -> ToolkitError) throws(ToolkitError) {
    var isa: X12Segment?
    var gs: X12Segment?
    var st: X12Segment?
    var groups = 0
    var sets = 0
    var inSet = 0
    for seg in s {
      if st != nil { inSet += 1 }
      switch seg.id {
      case "ISA":
        guard isa == nil else { throw fail(seg.number, "ISA inside an interchange (no IEA before it)") }
        isa = seg
        groups = 0
      case "GS":
        guard isa != nil, gs == nil else { throw fail(seg.number, "GS outside an interchange or inside a group") }
        gs = seg
        sets = 0
        groups += 1
      case "ST":
        guard gs != nil, st == nil else { throw fail(seg.number, "ST outside a functional group or inside a transaction set") }
        st = seg
        inSet = 1
        sets += 1
      case "SE":
        guard let open = st else { throw fail(seg.number, "SE without ST") }
        guard Int(seg[1]) == inSet else { throw fail(seg.number, "SE01 does not give the transaction set's \(inSet) segments") }
        guard seg[2] == open[2] else { throw fail(seg.number, "SE02 control number does not match ST02") }
        st = nil
      case "GE":
        guard let open = gs, st == nil else { throw fail(seg.number, "GE without GS, or before SE") }
        guard Int(seg[1]) == sets else { throw fail(seg.number, "GE01 does not give the group's \(sets) transaction sets") }
        guard seg[2] == open[6] else { throw fail(seg.number, "GE02 control number does not match GS06") }
        gs = nil
      case "IEA":
        guard let open = isa, gs == nil else { throw fail(seg.number, "IEA without ISA, or before GE") }
        guard Int(seg[1]) == groups else { throw fail(seg.number, "IEA01 does not give the interchange's \(groups) functional groups") }
        guard seg[2] == open[13] else { throw fail(seg.number, "IEA02 control number does not match ISA13") }
        isa = nil
      default:
        guard st != nil else { throw fail(seg.number, "\(seg.id) outside a transaction set") }
      }
    }
    if let st { throw fail(st.number, "ST without SE (the file is truncated)") }
    if let gs { throw fail(gs.number, "GS without GE (the file is truncated)") }
    if let isa { throw fail(isa.number, "ISA without IEA (the file is truncated)") }
  }
}
