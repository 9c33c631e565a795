#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file holding PHI (a reject file, a report, a packet file, a backup), written
/// so that nothing is lost or exposed on the way (design.md §7):
/// - into a new temporary file beside the target (missing folders made as
///   `ProtectedFolder` makes them), opened with `O_CREAT | O_EXCL |
///   O_NOFOLLOW` (never through a link an attacker left there), its mode and group set with
///   `fchmod`/`fchown` whatever the umask or an older file's mode;
/// - renamed over the target only when complete (`commit`), so a crash or an error leaves
///   the old file, never half of the new one; a link at the target is replaced, not followed;
/// - never over one of `sparing` (the ledger and its companions, the command's inputs): that
///   is a usage error (64), checked before anything is written or truncated.
/// A temporary left by a killed process is removed by the next writer in that folder.
public final class ProtectedFile: @unchecked Sendable {
  public let target: String
  /// Where the bytes go until `commit` (named so that `StaleTemporaries` knows its process).
  public let temporaryPath: String
  /// The temporary file's stream; `commit` flushes and closes it.
  public let sink: ByteSink
  private var finished = false

  private init(target: String, temporaryPath: String, sink: ByteSink) {
    self.target = target
    self.temporaryPath = temporaryPath
    self.sink = sink
  }

  deinit {
    if !finished {
      try? sink.close()
      unlink(temporaryPath)
    }
  }

  /// Starts writing `target`. `sparing` lists files the target must not be (64).
  public static func create(_ target: String, sharing: FileSharing, sparing: SparedFiles = .none) throws(ToolkitError) -> ProtectedFile {
    if target.isEmpty || target.hasSuffix("/") {
      throw ToolkitError(.usage, "'\(target)' is not a file name: name a file to write")
    }
    if let clash = sparing.clash(target) {
      throw ToolkitError(.usage, "refusing to write '\(target)': it is \(clash); name another file")
    }
    var st = stat()
    if lstat(target, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
      throw ToolkitError(.cantCreate, "cannot write '\(target)': it is a folder; name a file")
    }
    let folder = PathText.parent(target)
    try ProtectedFolder.ensure(folder, sharing: sharing)
    StaleTemporaries.clean(folder: folder)
    let (fd, temp) = try openTemporary(in: folder, for: PathText.name(target), sharing: sharing, target: target)
    guard let sink = ByteSink.wrapping(descriptor: fd) else {
      close(fd)
      unlink(temp)
      throw ToolkitError(.cantCreate, "cannot write '\(target)': \(SystemError.reason(errno))")
    }
    return ProtectedFile(target: target, temporaryPath: temp, sink: sink)
  }

  /// Writes `bytes` to `target` in one go (create, write, commit).
  public static func write(_ bytes: [UInt8], to target: String, sharing: FileSharing, sparing: SparedFiles = .none) throws(ToolkitError) {
    let file = try create(target, sharing: sharing, sparing: sparing)
    file.sink.write(bytes)
    try file.commit()
  }

  /// Makes the written file the target: flushed, synced to disk, renamed into place.
  public func commit() throws(ToolkitError) {
    do {
      try sink.close(syncing: true)
    } catch {
      throw ToolkitError(error.status, "cannot write '\(target)': \(error.message.replacingOccurrences(of: "cannot write output: ", with: ""))")
    }
    guard rename(temporaryPath, target) == 0 else {
      let e = errno
      throw ToolkitError(SystemError.status(e, otherwise: .cantCreate), "cannot write '\(target)': \(SystemError.reason(e))")
    }
    finished = true
  }

  private static func openTemporary(
    in folder: String, for name: String, sharing: FileSharing, target: String
  ) throws(ToolkitError) -> (Int32, String) {
    for attempt in 0..<100 {
      let temp = PathText.join(folder, StaleTemporaries.name(for: name, attempt: attempt))
      let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, sharing.fileMode)
      if fd < 0 {
        let e = errno
        if e == EEXIST { continue }
        throw ToolkitError(SystemError.status(e, otherwise: .cantCreate), "cannot write '\(target)': \(SystemError.reason(e))")
      }
      let e = sharing.apply(toDescriptor: fd)
      if e != 0 {
        close(fd)
        unlink(temp)
        throw ToolkitError(SystemError.status(e, otherwise: .cantCreate), "cannot write '\(target)': \(SystemError.reason(e))")
      }
      return (fd, temp)
    }
    throw ToolkitError(.cantCreate, "cannot write '\(target)': no free temporary name beside it")
  }
}
