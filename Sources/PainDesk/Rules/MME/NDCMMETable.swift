import Foundation

/// A clinic-loaded NDC-level MME table in the format of the CDC's "Oral MME conversion
/// file" (2016 and 2018 compilations, domain.md §6.3): a CSV with at least the columns
/// `NDC`, `Strength_Per_Unit`, `UOM` and `MME_Conversion_Factor` (any order, more columns
/// allowed). Used for prescriptions that carry `ndc`; a row without a factor (the 2018
/// file's buprenorphine) converts nothing. Patches still follow the patch rule.
public struct NDCMMETable: Sendable {
  public struct Entry: Sendable, Hashable {
    public let strengthPerUnit: Double
    public let unit: String
    public let factor: Double?
    public let drug: String
  }

  /// The file's name, recorded in `mme_table`.
  public let name: String
  public let entries: [String: Entry]

  public init(name: String, entries: [String: Entry]) {
    self.name = name
    self.entries = entries
  }

  /// Reads the CSV file. A missing file is 66, a file without the columns 65.
  public static func load(path: String) throws(ToolkitError) -> NDCMMETable {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ToolkitError(.noInput, "MME table '\(path)': no such file or not readable")
    }
    return try parse(String(decoding: data, as: UTF8.self), name: (path as NSString).lastPathComponent)
  }

  public static func parse(_ text: String, name: String) throws(ToolkitError) -> NDCMMETable {
    // "\r\n" is one Character in Swift: split on any newline; drop a BOM.
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    var lines = body.split(whereSeparator: \.isNewline).makeIterator()
    guard let header = lines.next() else { throw ToolkitError(.dataError, "MME table '\(name)': empty file") }
    let cols = CSVSplit.fields(header).map { $0.trimmingCharacters(in: .whitespaces) }
    func column(_ n: String) throws(ToolkitError) -> Int {
      guard let k = cols.firstIndex(of: n) else {
        throw ToolkitError(.dataError, "MME table '\(name)': no column '\(n)' (expected the CDC NDC file's columns)")
      }
      return k
    }
    let ndc = try column("NDC")
    let strength = try column("Strength_Per_Unit")
    let uom = try column("UOM")
    let factor = try column("MME_Conversion_Factor")
    let drug = cols.firstIndex(of: "Drug")
    var entries: [String: Entry] = [:]
    var lineNo = 1
    while let line = lines.next() {
      lineNo += 1
      let f = CSVSplit.fields(line)
      guard f.count > max(ndc, strength, uom, factor), let key = NDCCode.normalized(f[ndc]) else {
        throw ToolkitError(.dataError, "MME table '\(name)': line \(lineNo): expected an NDC")
      }
      // A product without a strength per unit (an injectable depot) converts nothing.
      guard let s = Double(f[strength]) else { continue }
      entries[key] = Entry(
        strengthPerUnit: s, unit: f[uom].lowercased(), factor: Double(f[factor]),
        drug: drug.map { $0 < f.count ? f[$0] : "" } ?? "")
    }
    return NDCMMETable(name: name, entries: entries)
  }

  public func entry(ndc: String) -> Entry? { NDCCode.normalized(ndc).flatMap { entries[$0] } }
}

/// NDCs compared as 11 digits (5-4-2): hyphenated 4-4-2, 5-3-2 and 5-4-1 are padded.
public enum NDCCode {
  public static func normalized(_ text: String) -> String? {
    let parts = text.split(separator: "-").map(String.init)
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
    if parts.count == 3 {
      func pad(_ s: String, _ n: Int) -> String { String(repeating: "0", count: max(0, n - s.count)) + s }
      let joined = pad(parts[0], 5) + pad(parts[1], 4) + pad(parts[2], 2)
      return joined.count == 11 ? joined : nil
    }
    guard parts.count == 1 else { return nil }
    let digits = parts[0]
    if digits.count == 11 { return digits }
    // The CDC file's NDC_Numeric drops leading zeros.
    return digits.count < 11 ? String(repeating: "0", count: 11 - digits.count) + digits : nil
  }
}
