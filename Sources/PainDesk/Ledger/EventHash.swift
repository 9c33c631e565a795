import Crypto

/// The hash chain of the event log (design.md §3): `hash = sha256(prev_hash || canonical
/// event)`, where `prev_hash` is the previous event's hash as 64 lowercase hex characters
/// (64 zeros for the first event) and the canonical event is the JSON object of the
/// event's fields `action`, `actor`, `at`, `kind`, `record`, `record_id`, `seq`, `tool`,
/// keys sorted, no white space. Anyone can recompute it with `sqlite3`, `jq -cS` and
/// `sha256sum`.
public struct EventFields: Sendable, Equatable {
  public var seq: Int64
  public var at: String
  public var actor: String
  public var tool: String
  public var action: String
  public var kind: String
  public var recordID: String
  /// The record as canonical JSON.
  public var record: [UInt8]
}

public enum EventHash {
  public static let genesis = String(repeating: "0", count: 64)

  /// The canonical event bytes. Written field by field for speed; a unit test checks they
  /// equal `JSONWriter.canonical` of the same object.
  public static func canonicalEvent(_ e: EventFields) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(e.record.count + 192)
    writeHead(e, into: &out)
    out.append(contentsOf: e.record)
    writeTail(e, into: &out)
    return out
  }

  /// `sha256(previous || canonicalEvent(event))`, fed to the hash in three pieces so the
  /// record, most of the bytes, is not copied into a second buffer first (the importer
  /// hashes every event on the thread it waits on). A unit test checks it against
  /// `canonicalEvent`.
  public static func hash(previous: String, event e: EventFields) -> String {
    var h = SHA256()
    var head = Array(previous.utf8)
    head.reserveCapacity(192)
    writeHead(e, into: &head)
    head.withUnsafeBytes { h.update(bufferPointer: $0) }
    e.record.withUnsafeBytes { h.update(bufferPointer: $0) }
    var tail: [UInt8] = []
    tail.reserveCapacity(96)
    writeTail(e, into: &tail)
    tail.withUnsafeBytes { h.update(bufferPointer: $0) }
    return hex(h.finalize())
  }

  /// The canonical event up to its record: the keys before `record`, in sorted order.
  private static func writeHead(_ e: EventFields, into out: inout [UInt8]) {
    out.append(contentsOf: #"{"action":"#.utf8)
    JSONWriter.writeString(e.action, into: &out)
    out.append(contentsOf: #","actor":"#.utf8)
    JSONWriter.writeString(e.actor, into: &out)
    out.append(contentsOf: #","at":"#.utf8)
    JSONWriter.writeString(e.at, into: &out)
    out.append(contentsOf: #","kind":"#.utf8)
    JSONWriter.writeString(e.kind, into: &out)
    out.append(contentsOf: #","record":"#.utf8)
  }

  /// The canonical event after its record.
  private static func writeTail(_ e: EventFields, into out: inout [UInt8]) {
    out.append(contentsOf: #","record_id":"#.utf8)
    JSONWriter.writeString(e.recordID, into: &out)
    out.append(contentsOf: #","seq":"#.utf8)
    out.append(contentsOf: String(e.seq).utf8)
    out.append(contentsOf: #","tool":"#.utf8)
    JSONWriter.writeString(e.tool, into: &out)
    out.append(UInt8(ascii: "}"))
  }

  public static func sha256Hex(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

  private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for b in digest {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
