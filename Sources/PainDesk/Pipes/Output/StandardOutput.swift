#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A byte sink: stdout through a large stdio buffer (fwrite), or a string in tests. The
/// library formats; only this type touches the stream. SIGPIPE keeps its default, so
/// `| head` ends the process quietly (style.md §4.5).
public final class ByteSink: @unchecked Sendable {
  private let file: UnsafeMutablePointer<FILE>?
  private var captured: [UInt8] = []
  private var closed = false

  /// Standard output.
  public static func standardOutput() -> ByteSink {
    // A FILE of our own on fd 1: Glibc's `stdout` global is not concurrency-safe to name.
    ByteSink(file: fdopen(1, "w"))
  }

  /// A stream over an open file descriptor (a `ProtectedFile`'s temporary); nil when the
  /// descriptor cannot be streamed. The sink owns it from then on.
  static func wrapping(descriptor fd: Int32) -> ByteSink? {
    guard let f = fdopen(fd, "w") else { return nil }
    return ByteSink(file: f)
  }

  public func close() throws(ToolkitError) { try close(syncing: false) }

  /// Flushes and closes; with `syncing`, waits until the bytes are on the disk first. A
  /// second close does nothing.
  func close(syncing: Bool) throws(ToolkitError) {
    guard let file, !closed else { return }
    closed = true
    var failure: Int32 = 0
    if fflush(file) != 0 || ferror(file) != 0 { failure = errno == 0 ? EIO : errno }
    if failure == 0 && syncing && fsync(fileno(file)) != 0 { failure = errno }
    if fclose(file) != 0 && failure == 0 { failure = errno }
    if failure != 0 {
      throw ToolkitError(
        SystemError.status(failure, otherwise: .ioError), "cannot write output: \(SystemError.reason(failure))")
    }
  }

  /// A sink that keeps what is written (tests, and formats that buffer).
  public static func memory() -> ByteSink { ByteSink(file: nil) }

  private init(file: UnsafeMutablePointer<FILE>?) {
    self.file = file
    if let file { setvbuf(file, nil, _IOFBF, 1 << 16) }
  }

  public func write(_ bytes: [UInt8]) {
    guard let file else {
      captured.append(contentsOf: bytes)
      return
    }
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
  }

  public func write(_ s: String) {
    var s = s
    s.withUTF8 { buf in
      if let file { _ = fwrite(buf.baseAddress, 1, buf.count, file) } else { captured.append(contentsOf: buf) }
    }
  }

  /// Flushes; an error here (a full disk, a closed pipe with SIGPIPE ignored) is an I/O error.
  public func flush() throws(ToolkitError) {
    guard let file, !closed else { return }
    if fflush(file) != 0 || ferror(file) != 0 {
      throw ToolkitError(.ioError, "cannot write output: \(String(cString: strerror(errno)).lowercased())")
    }
  }

  /// What a memory sink holds, as text.
  public var text: String { String(decoding: captured, as: UTF8.self) }
}
