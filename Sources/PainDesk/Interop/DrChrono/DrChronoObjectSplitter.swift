#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The objects of a DrChrono API file as its bytes arrive, in chunks of any size: a page
/// (`{"next": ..., "results": [...]}`), a list of pages, or a bare array of objects. Each
/// object is handed on, numbered from 0 in the file, as soon as it ends, so memory is
/// bounded by `maxObjectBytes`, not by the file. Only the structure around the objects is
/// scanned here; every value (an object, a page's other fields, each key) is parsed by
/// `JSONParser`, and its errors keep their byte column in the whole file.
struct DrChronoObjectSplitter {
  typealias Object = (_ object: JSONObject, _ index: Int) throws(ToolkitError) -> Void

  /// The largest object, and the most a page's fields besides `results` may hold.
  static let maxObjectBytes = 4 << 20

  let file: String
  /// Bytes read before the current one (a column is this plus 1).
  private var offset = 0
  private var frames: [Frame] = []
  private var capture: Capture?
  private var started = false
  /// Objects handed on so far.
  private var objects = 0

  init(file: String) { self.file = file }

  /// An array or object the splitter is inside of, and what it expects next.
  private struct Frame {
    enum Kind {
      /// The top-level array: pages and objects.
      case list
      /// A page's `results`: objects.
      case results
      /// The top-level page, or an item of the list (a page once it has `results`).
      case object(topLevel: Bool)
    }
    enum Expect { case firstItem, item, separator, firstKey, key, colon, value }
    var kind: Kind
    var expect: Expect
    /// Items of an array so far.
    var count = 0
    /// An object: `results` seen (a page); its keys (for duplicates) and their bytes and
    /// those of the values besides `results`; a list item's members until it is a page.
    var isPage = false
    var keys: Set<String> = []
    var bytes = 0
    var members: [(String, JSONValue)] = []
    var key = ""

    var isTopLevel: Bool { if case .object(topLevel: true) = kind { true } else { false } }
  }

  /// A value being kept until it ends, to be parsed whole.
  private struct Capture {
    enum Purpose { case item, key, value }
    let purpose: Purpose
    /// Where it started in the file.
    let start: Int
    /// Containers around it, for the parser's depth limit.
    let outerDepth: Int
    var bytes: [UInt8] = []
    var depth = 0
    var inString = false
    var escaped = false
    /// A number or literal: it ends at the byte after it.
    var scalar = false
  }

  mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: Object) throws(ToolkitError) {
    var k = 0
    while k < chunk.count {
      if capture?.inString == true && capture?.escaped == false {
        // The plain bytes of a string being kept, taken as one run.
        let end = k + Self.plainRun(UnsafeBufferPointer(rebasing: chunk[k...]))
        if end > k {
          capture!.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[k..<end]))
          if capture!.bytes.count > Self.maxObjectBytes { throw tooLong() }
          offset += end - k
          k = end
          continue
        }
      }
      try step(chunk[k], body)
      offset += 1
      k += 1
    }
  }

  /// Ends the input: a number still being read ends here; anything else open means the
  /// file is cut short.
  mutating func finish(_ body: Object) throws(ToolkitError) {
    if let c = capture {
      guard c.scalar else {
        _ = try parse(c)
        throw invalid(offset + 1, "unexpected end of input (truncated record?)")
      }
      try complete(body)
    }
    guard started, frames.isEmpty else { throw invalid(offset + 1, "unexpected end of input (truncated record?)") }
  }

  // MARK: - Bytes

  /// How many bytes come before the first quote or backslash.
  private static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let start = UnsafeRawPointer(base)
    var quote = bytes.count
    if let q = memchr(start, 0x22, bytes.count) { quote = UnsafeRawPointer(q) - start }
    guard let backslash = memchr(start, 0x5c, quote) else { return quote }
    return UnsafeRawPointer(backslash) - start
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0a || b == 0x0d }

  /// A byte a JSON value can start with.
  private static func startsValue(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"),
      UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  private mutating func step(_ b: UInt8, _ body: Object) throws(ToolkitError) {
    if capture != nil {
      switch try keep(b) {
      case .more: return
      case .endedWith: return try complete(body)
      case .endedBefore: try complete(body)
      }
    }
    if Self.isSpace(b) { return }
    guard let t = frames.indices.last else { return try topLevel(b) }
    switch (frames[t].kind, frames[t].expect) {
    case (.list, .firstItem), (.list, .separator), (.results, .firstItem), (.results, .separator):
      if b == UInt8(ascii: "]") { return try close(body) }
      guard frames[t].expect == .separator else { return try item(b) }
      guard b == UInt8(ascii: ",") else { throw invalid(offset + 1, "expected ',' or ']' in an array") }
      frames[t].expect = .item
    case (.list, _), (.results, _):
      try item(b)
    case (.object, .firstKey), (.object, .separator):
      if b == UInt8(ascii: "}") { return try close(body) }
      guard frames[t].expect == .separator else { return try key(b) }
      guard b == UInt8(ascii: ",") else { throw invalid(offset + 1, "expected ',' or '}' in an object") }
      frames[t].expect = .key
    case (.object, .key):
      try key(b)
    case (.object, .colon):
      guard b == UInt8(ascii: ":") else { throw invalid(offset + 1, "expected ':' after a key") }
      frames[t].expect = .value
    case (.object, _):
      guard Self.startsValue(b) else { throw unexpected(b) }
      frames[t].expect = .separator
      guard frames[t].key == "results" else { return try begin(.value, b) }
      // A page: its objects follow; what the list item held so far were its paging fields.
      guard b == UInt8(ascii: "[") else { throw ToolkitError(.dataError, "\(file): a DrChrono API page has a 'results' array") }
      frames[t].isPage = true
      frames[t].members = []
      frames.append(Frame(kind: .results, expect: .firstItem))
    }
  }

  /// The first byte of the file's value: a page or a list.
  private mutating func topLevel(_ b: UInt8) throws(ToolkitError) {
    guard !started else { throw invalid(offset + 1, "unexpected text after the JSON value") }
    guard Self.startsValue(b) else { throw unexpected(b) }
    started = true
    switch b {
    case UInt8(ascii: "{"): frames.append(Frame(kind: .object(topLevel: true), expect: .firstKey))
    case UInt8(ascii: "["): frames.append(Frame(kind: .list, expect: .firstItem))
    default: throw ToolkitError(.dataError, "\(file): not a DrChrono API page or list")
    }
  }

  /// An item of the list (a page or an object) or of a page's results (an object).
  private mutating func item(_ b: UInt8) throws(ToolkitError) {
    guard Self.startsValue(b) else { throw unexpected(b) }
    let t = frames.count - 1
    let k = frames[t].count
    frames[t].count += 1
    frames[t].expect = .separator
    if case .results = frames[t].kind {
      guard b == UInt8(ascii: "{") else { throw ToolkitError(.dataError, "\(file): results[\(k)] is not an object") }
      return try begin(.item, b)
    }
    guard b == UInt8(ascii: "{") else { throw ToolkitError(.dataError, "\(file): an item of the list is not an object") }
    frames.append(Frame(kind: .object(topLevel: false), expect: .firstKey))
  }

  private mutating func key(_ b: UInt8) throws(ToolkitError) {
    guard b == UInt8(ascii: "\"") else { throw invalid(offset + 1, "expected a quoted key") }
    try begin(.key, b)
  }

  /// The end of the innermost array or object.
  private mutating func close(_ body: Object) throws(ToolkitError) {
    let f = frames.removeLast()
    if case .object(let topLevel) = f.kind {
      if topLevel && !f.isPage { throw ToolkitError(.dataError, "\(file): a DrChrono API page has a 'results' array") }
      if !f.isPage {
        objects += 1
        try body(JSONObject(f.members), objects - 1)
      }
    }
  }

  // MARK: - Values kept whole

  private mutating func begin(_ purpose: Capture.Purpose, _ b: UInt8) throws(ToolkitError) {
    capture = Capture(purpose: purpose, start: offset, outerDepth: frames.count)
    capture!.scalar = b != UInt8(ascii: "{") && b != UInt8(ascii: "[") && b != UInt8(ascii: "\"")
    _ = try keep(b)
  }

  private enum Kept {
    case more
    /// The byte closed the value.
    case endedWith
    /// The value (a number or literal) ended before the byte, which is not part of it.
    case endedBefore
  }

  /// Takes one more byte of the value being kept.
  private mutating func keep(_ b: UInt8) throws(ToolkitError) -> Kept {
    if capture!.scalar {
      if Self.isSpace(b) || b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { return .endedBefore }
    } else if capture!.inString {
      if capture!.escaped {
        capture!.escaped = false
      } else if b == UInt8(ascii: "\\") {
        capture!.escaped = true
      } else if b == UInt8(ascii: "\"") {
        capture!.inString = false
      }
    } else {
      switch b {
      case UInt8(ascii: "\""): capture!.inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        capture!.depth += 1
        if capture!.outerDepth + capture!.depth > JSONParser.maxDepth {
          throw invalid(offset + 1, "nesting deeper than \(JSONParser.maxDepth) levels")
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"): capture!.depth -= 1
      default: break
      }
    }
    capture!.bytes.append(b)
    if capture!.bytes.count > Self.maxObjectBytes { throw tooLong() }
    return capture!.inString || capture!.depth > 0 || capture!.scalar ? .more : .endedWith
  }

  /// Parses the value kept and hands it to where it belongs.
  private mutating func complete(_ body: Object) throws(ToolkitError) {
    guard let c = capture else { return }
    capture = nil
    let value = try parse(c)
    let t = frames.count - 1
    switch c.purpose {
    case .item:
      guard let o = value.objectValue else { throw ToolkitError(.software, "\(file): a kept object did not parse as one") }
      objects += 1
      try body(o, objects - 1)
    case .key:
      guard let key = value.stringValue else { throw ToolkitError(.software, "\(file): a kept key did not parse as a string") }
      guard frames[t].keys.insert(key).inserted else { throw invalid(c.start + 1, "duplicate key '\(key)'") }
      frames[t].key = key
      frames[t].expect = .colon
      try count(c.bytes.count, in: t)
    case .value:
      if case .object(topLevel: false) = frames[t].kind, !frames[t].isPage { frames[t].members.append((frames[t].key, value)) }
      try count(c.bytes.count, in: t)
    }
  }

  /// Counts a key or a value against the object's (or page's) limit.
  private mutating func count(_ n: Int, in t: Int) throws(ToolkitError) {
    frames[t].bytes += n
    if frames[t].bytes > Self.maxObjectBytes { throw tooLong() }
  }

  private func parse(_ c: Capture) throws(ToolkitError) -> JSONValue {
    do { return try JSONParser.parse(c.bytes) } catch { throw invalid(c.start + error.column, error.reason) }
  }

  // MARK: - Errors

  private func invalid(_ column: Int, _ reason: String) -> ToolkitError {
    ToolkitError(.dataError, "\(file): invalid JSON: column \(column): \(reason)")
  }

  private func unexpected(_ b: UInt8) -> ToolkitError {
    invalid(offset + 1, "unexpected character \(JSONParser.describe(b))")
  }

  /// An object, or a page's fields besides its results, over the limit.
  private func tooLong() -> ToolkitError {
    if capture?.purpose != .item, let page = frames.last, page.isPage || page.isTopLevel {
      return ToolkitError(.dataError, "\(file): a DrChrono API page's fields besides 'results' are longer than \(Self.maxObjectBytes) bytes")
    }
    return ToolkitError(.dataError, "\(file): object \(objects + 1): longer than \(Self.maxObjectBytes) bytes")
  }
}
