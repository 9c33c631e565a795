#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporaries of `ProtectedFile` carry the writing process's id in their name
/// (`.NAME.paindesk-PID-N.tmp`, and SQLite's `-journal` beside a backup's), so that the next
/// writer in the folder can remove those of processes that died (a `kill -9` mid-backup
/// leaves a full copy of the ledger otherwise) and leave those of live ones alone.
enum StaleTemporaries {
  static let marker = ".paindesk-"

  static func name(for target: String, attempt: Int) -> String {
    ".\(target)\(marker)\(getpid())-\(attempt).tmp"
  }

  /// The process id in a temporary's name, or nil for any other file.
  static func processID(_ fileName: String) -> pid_t? {
    guard fileName.hasPrefix("."), let range = fileName.range(of: marker, options: .backwards) else { return nil }
    let rest = fileName[range.upperBound...]
    guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[rest.startIndex..<dash]), pid > 0 else { return nil }
    let tail = rest[rest.index(after: dash)...]
    guard let dot = tail.firstIndex(of: "."), Int(tail[tail.startIndex..<dot]) != nil,
      tail[dot...].hasPrefix(".tmp")
    else { return nil }
    return pid
  }

  /// Removes the temporaries in `folder` whose process is gone; the rest stay.
  static func clean(folder: String) {
    guard let dir = opendir(folder) else { return }
    defer { closedir(dir) }
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard let pid = processID(name), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink(PathText.join(folder, name)) }
    }
  }
}
