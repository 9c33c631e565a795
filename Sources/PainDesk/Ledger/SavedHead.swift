/// A head kept elsewhere for `paindesk verify --head`: the hash `paindesk head` printed,
/// with the seq it printed beside it when given (`SEQ:HASH`). With the seq, verify tells
/// events cut off the end (the seq is past the last event) from history rewritten (the
/// event at that seq has another hash); with the hash alone, a hash absent from the chain
/// can only be reported as unknown.
public struct SavedHead: Sendable, Equatable {
  public let seq: Int64?
  /// Lowercase hex, 64 characters.
  public let hash: String

  public init(seq: Int64?, hash: String) {
    self.seq = seq
    self.hash = hash
  }

  /// `HASH` or `SEQ:HASH` (a tab or spaces instead of the colon, as `paindesk head`'s
  /// table and TSV rows print them, work too); nil when it is neither.
  public init?(parsing text: String) {
    let parts = text.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
    guard let last = parts.last, parts.count <= 2 else { return nil }
    let hash = String(last).lowercased()
    guard hash.utf8.count == 64, hash.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
      return nil
    }
    if parts.count == 2 {
      guard let seq = Int64(parts[0]), seq >= 0 else { return nil }
      self.init(seq: seq, hash: hash)
    } else {
      self.init(seq: nil, hash: hash)
    }
  }
}
