#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A problem with one input line: printed as `FILE:LINE: message` (design.md §2).
public struct InputLineError: Error, Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let message: String
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }
  public var description: String { "\(file):\(line): \(message)" }
}

/// Where records come from: a file path, or standard input (named `stdin` in messages).
public struct InputSource: Sendable {
  public let name: String
  let path: String?

  public static let stdin = InputSource(name: "stdin", path: nil)
  public static func file(_ path: String) -> InputSource {
    path == "-" ? .stdin : InputSource(name: path, path: path)
  }

  /// Opens the source for reading; a missing file is 66, a forbidden one 77.
  public func open() throws(ToolkitError) -> Int32 {
    guard let path else { return 0 }
    let fd = Glibc_open(path)
    if fd < 0 {
      let e = errno
      switch e {
      case ENOENT, ENOTDIR: throw ToolkitError(.noInput, "cannot open '\(path)': no such file")
      case EACCES, EPERM: throw ToolkitError(.noPermission, "cannot open '\(path)': permission denied")
      case EISDIR: throw ToolkitError(.noInput, "cannot read '\(path)': it is a folder")
      default: throw ToolkitError(.ioError, "cannot open '\(path)': \(String(cString: strerror(e)))")
      }
    }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw ToolkitError(.noInput, "cannot read '\(path)': it is a folder")
    }
    return fd
  }
}

private func Glibc_open(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }

/// Reads NDJSON records one line at a time: one JSON object per line, UTF-8; `\r\n`
/// accepted, blank lines skipped, a UTF-8 BOM tolerated at the very start only. Each call
/// returns one record or one line's error, so that `--skip-bad` can go on past a bad line.
public struct NDJSONReader: ~Copyable {
  public let source: InputSource
  private var lines: LineReader
  private var first = true

  public init(source: InputSource, fd: Int32, maxLineBytes: Int = LineReader.defaultMaxLineBytes) {
    self.source = source
    lines = LineReader(fd: fd, ownsFD: fd != 0, maxLineBytes: maxLineBytes)
  }

  public enum Item {
    case record(line: Int, JSONObject)
    case bad(InputLineError)
  }

  /// The next record or bad line; nil at the end. Throws only on an I/O error.
  public mutating func next() throws(ToolkitError) -> Item? {
    while true {
      let sourceName = source.name
      let isFirst = first
      let parsed: Item??
      do {
        parsed = try lines.next { line -> Item? in
          var bytes = line
          if isFirst, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
          }
          if NDJSONReader.isBlank(bytes) { return nil }
          return NDJSONReader.parseLine(bytes, file: sourceName, line: 0)
        }
      } catch let failure as LineReader.Failure {
        first = false
        switch failure {
        case .lineTooLong(let line, let limit):
          return .bad(InputLineError(file: source.name, line: line, message: "line longer than \(limit / (1 << 20)) MiB; records must be one line each and smaller"))
        case .io(let e):
          throw ToolkitError(.ioError, "cannot read '\(source.name)': \(String(cString: strerror(e)))")
        }
      } catch {
        throw ToolkitError(.software, "unexpected reader error: \(error)")
      }
      first = false
      guard let parsed else { return nil }  // end of input
      guard let item = parsed else { continue }  // blank line
      // Fill in the line number now that the reader has counted it.
      switch item {
      case .record(_, let o): return .record(line: lines.lineNumber, o)
      case .bad(let e): return .bad(InputLineError(file: e.file, line: lines.lineNumber, message: e.message))
      }
    }
  }

  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in bytes where b != 0x20 && b != 0x09 && b != 0x0D { return false }
    return true
  }

  /// Parses one line into an object, or explains why it is not one, with a hint for the
  /// usual mistakes (a JSON array, pretty-printed JSON).
  static func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) -> Item {
    do {
      let v = try JSONParser.parse(bytes)
      switch v {
      case .object(let o): return .record(line: line, o)
      case .array:
        return .bad(InputLineError(file: file, line: line, message: "a JSON array, not an object; records are one object per line: try `jq -c '.[]'`"))
      default:
        return .bad(InputLineError(file: file, line: line, message: "\(v.typeName), not a JSON object; records are one object per line"))
      }
    } catch {
      let trimmed = trimmedText(bytes)
      // A line that opens an object and stops after `{`, `[`, `,` or `:` is one line of a
      // pretty-printed record.
      let last = bytes.last { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
      let truncatedObject = trimmed.hasPrefix("{") && [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: ":")].contains(last ?? 0)
      if trimmed == "{" || trimmed == "[" || truncatedObject || trimmed.hasPrefix("\"") && trimmed.contains(":") {
        return .bad(InputLineError(file: file, line: line, message: "invalid JSON: this looks like pretty-printed JSON; one object per line: try `jq -c .`"))
      }
      if trimmed.hasPrefix("[") {
        return .bad(InputLineError(file: file, line: line, message: "invalid JSON at \(error): records are one object per line: try `jq -c '.[]'`"))
      }
      return .bad(InputLineError(file: file, line: line, message: "invalid JSON at \(error)"))
    }
  }

  private static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let limited = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, 64)])
    var s = String(decoding: limited, as: UTF8.self)
    while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
    while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
    return s
  }
}
