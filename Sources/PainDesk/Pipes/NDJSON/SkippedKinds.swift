/// Records of other kinds met by a tool that reads one kind from a pipe (`paindesk export |
/// refill-check`): counted, so that the tool says what it passed over instead of answering
/// as if the input were empty. Only record kinds PainDesk knows are named; anything else
/// is "another kind" (input text never reaches a message).
public struct SkippedKinds: Sendable {
  public private(set) var counts: [String: Int] = [:]

  public init() {}

  public mutating func add(_ kind: String?) {
    counts[kind.flatMap(RecordKind.init(name:))?.rawValue ?? "another kind", default: 0] += 1
  }

  public var total: Int { counts.values.reduce(0, +) }

  /// "input held auth and denial records, which refill-check does not read (it reads
  /// refill_request): they were skipped"; nil when nothing was skipped.
  public func warning(reads kind: RecordKind, tool: String) -> String? {
    guard total > 0 else { return nil }
    let names = counts.keys.sorted()
    let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
    return "input held \(list) records, which \(tool) does not read (it reads \(kind.rawValue)): they were skipped"
  }

  /// For --verbose: how many of each.
  public var detail: String {
    "skipped \(total) record(s): " + counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
  }
}
