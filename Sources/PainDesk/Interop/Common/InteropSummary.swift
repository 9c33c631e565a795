import Foundation

/// What a format import did beyond the ledger's own counts: what it read, what it left out
/// and why. Ids, files and line or segment numbers only, never values (design.md §5).
public struct InteropSummary: Sendable {
  /// One record left out, or one reference left unresolved.
  public struct Note: Sendable, Equatable {
    public let file: String
    public let line: Int
    public let what: String
    public let reason: String
    /// What `line` counts when it is not a line: `segment` (X12), `object` (API JSON).
    public var unit = ""

    public var diagnostic: String { unit.isEmpty ? "\(file):\(line): \(what): \(reason)" : "\(file): \(unit) \(line): \(what): \(reason)" }
  }

  /// Input items read, by type (FHIR resource type, 835 segment group, CSV profile).
  public var read: [String: Int] = [:]
  /// Records made, by kind.
  public var mapped: [String: Int] = [:]
  /// Types the importer does not map, counted and skipped.
  public var unmapped: [String: Int] = [:]
  /// Skipped or unresolved, counted per reason.
  public var reasons: [String: Int] = [:]
  public var notes: [Note] = []
  /// Warnings that are not about one item (unknown CARC, error files of a manifest).
  public var warnings: [String] = []

  public init() {}

  mutating func note(_ file: String, _ line: Int, _ what: String, _ reason: String, unit: String = "") {
    reasons[reason, default: 0] += 1
    notes.append(Note(file: file, line: line, what: what, reason: reason, unit: unit))
  }

  /// The summary lines (`--verbose` adds one line per note).
  public func lines(verbose: Bool) -> [String] {
    var out: [String] = []
    func table(_ title: String, _ d: [String: Int]) {
      guard !d.isEmpty else { return }
      out.append(title)
      for (k, v) in d.sorted(by: { $0.key < $1.key }) { out.append("  \(k.count < 44 ? k.padding(toLength: 44, withPad: " ", startingAt: 0) : k) \(v)") }
    }
    table("read:", read)
    table("mapped:", mapped)
    table("unmapped types (skipped):", unmapped)
    table("skipped or unresolved, by reason:", reasons)
    out += warnings.map { "warning: " + $0 }
    if verbose { out += notes.map(\.diagnostic) }
    return out
  }
}
