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

  /// Standard output.
  public static func standardOutput() -> ByteSink {
    // A FILE of our own on fd 1: Glibc's `stdout` global is not concurrency-safe to name.
    ByteSink(file: fdopen(1, "w"))
  }

  /// A new private file (0600), replacing one of the same name. Closed by `close()`.
  public static func createFile(_ path: String) throws(ToolkitError) -> ByteSink {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0, let f = fdopen(fd, "w") else {
      let e = errno
      if e == EACCES || e == EPERM { throw ToolkitError(.noPermission, "cannot create '\(path)': permission denied") }
      throw ToolkitError(.cantCreate, "cannot create '\(path)': \(String(cString: strerror(e)).lowercased())")
    }
    return ByteSink(file: f)
  }

  public func close() throws(ToolkitError) {
    try flush()
    if let file { fclose(file) }
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
    guard let file else { return }
    if fflush(file) != 0 || ferror(file) != 0 {
      throw ToolkitError(.ioError, "cannot write output: \(String(cString: strerror(errno)).lowercased())")
    }
  }

  /// What a memory sink holds, as text.
  public var text: String { String(decoding: captured, as: UTF8.self) }
}
