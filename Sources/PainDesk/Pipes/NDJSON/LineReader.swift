#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `\n`-terminated lines from a file descriptor in constant memory (a 256 KiB window
/// that grows only up to `maxLineBytes`). `\r\n` is taken as `\n`; the last line may lack
/// its newline. `FileHandle.bytes` does not exist on Linux (style.md), so this is read(2),
/// or any other byte source (an inflating gzip stream) given as `read`.
public struct LineReader: ~Copyable {
  public static let defaultMaxLineBytes = 1 << 20
  /// Fills the buffer at the pointer with up to the count of bytes; returns how many, 0 at
  /// the end. Errors pass through `next` unchanged.
  public typealias ByteSource = (UnsafeMutableRawPointer, Int) throws -> Int

  private let fd: Int32
  private let source: ByteSource?
  private let ownsFD: Bool
  private let maxLineBytes: Int
  private var buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  private var eof = false
  /// 1-based number of the last line returned.
  public private(set) var lineNumber = 0

  public init(fd: Int32, ownsFD: Bool = false, maxLineBytes: Int = LineReader.defaultMaxLineBytes) {
    self.fd = fd
    self.ownsFD = ownsFD
    self.maxLineBytes = maxLineBytes
    source = nil
    buffer = .allocate(byteCount: 256 * 1024, alignment: 16)
  }

  /// Lines of the bytes `read` produces (see `ByteSource`).
  public init(maxLineBytes: Int = LineReader.defaultMaxLineBytes, read: @escaping ByteSource) {
    fd = -1
    ownsFD = false
    self.maxLineBytes = maxLineBytes
    source = read
    buffer = .allocate(byteCount: 256 * 1024, alignment: 16)
  }

  deinit {
    buffer.deallocate()
    if ownsFD { close(fd) }
  }

  public enum Failure: Error, Sendable, Equatable {
    case lineTooLong(line: Int, limit: Int)
    case io(errno: Int32)
  }

  /// Calls `body` with the next line (without its newline) and returns true, or returns
  /// false at the end of input.
  public mutating func next<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R? {
    while true {
      // Look for a newline in what is buffered.
      let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
      if start < end, let nl = memchr(base + start, 0x0A, end - start) {
        let nlIndex = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
        var lineEnd = nlIndex
        if lineEnd > start && base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        if lineEnd - start > maxLineBytes {
          start = nlIndex + 1
          lineNumber += 1
          throw Failure.lineTooLong(line: lineNumber, limit: maxLineBytes)
        }
        lineNumber += 1
        let line = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
        start = nlIndex + 1
        return try body(line)
      }
      if eof {
        guard start < end else { return nil }
        if end - start > maxLineBytes {
          start = end
          lineNumber += 1
          throw Failure.lineTooLong(line: lineNumber, limit: maxLineBytes)
        }
        var lineEnd = end
        if base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        lineNumber += 1
        let line = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
        start = end
        return try body(line)
      }
      if end - start > maxLineBytes + 1 {
        try discardRestOfLine()
        lineNumber += 1
        throw Failure.lineTooLong(line: lineNumber, limit: maxLineBytes)
      }
      try fill()
    }
  }

  /// Drops an oversized line up to and including its newline, so that reading can go on
  /// with the next line (under --skip-bad).
  private mutating func discardRestOfLine() throws {
    while true {
      let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
      if start < end, let nl = memchr(base + start, 0x0A, end - start) {
        start = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
        return
      }
      start = end
      if eof { return }
      try fill()
    }
  }

  /// Moves the unread tail to the front, grows the window when a line needs it, and reads.
  private mutating func fill() throws {
    if start > 0 {
      let pending = end - start
      if pending > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + start, pending) }
      start = 0
      end = pending
    }
    if end == buffer.count {
      let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
      bigger.copyMemory(from: UnsafeRawBufferPointer(buffer))
      buffer.deallocate()
      buffer = bigger
    }
    if let source {
      let n = try source(buffer.baseAddress! + end, buffer.count - end)
      if n > 0 { end += n } else { eof = true }
      return
    }
    while true {
      let n = read(fd, buffer.baseAddress! + end, buffer.count - end)
      if n > 0 {
        end += n
        return
      }
      if n == 0 {
        eof = true
        return
      }
      if errno == EINTR { continue }
      throw Failure.io(errno: errno)
    }
  }
}
