import Glibc

/// One file per fuzzing process that each input is written to, for the readers that take a
/// path (FHIR, DrChrono, X12, CSV). It lives in `$TMPDIR` (or `/tmp`), is named after the
/// process so that parallel jobs do not share it, and is rewritten for every input.
public struct ScratchFile: Sendable {
  public let path: String

  public init(suffix: String) {
    let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    path = "\(folder)/paindesk-fuzz-\(getpid())\(suffix)"
  }

  /// Replaces the file's content with `bytes`; a failure stops the run, as every later
  /// input would be read from a stale file.
  public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { fatalError("cannot create the fuzzing scratch file \(path)") }
    defer { close(fd) }
    var done = 0
    while done < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
      guard n > 0 else { fatalError("cannot write the fuzzing scratch file \(path)") }
      done += n
    }
  }
}
