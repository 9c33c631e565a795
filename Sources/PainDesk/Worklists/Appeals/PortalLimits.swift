/// What an upload portal takes (settings `appeal.portal_max_files`, `_max_file_mb`,
/// `_max_total_mb`; default 10 files, 60 MB each, 150 MB in all).
public struct PortalLimits: Sendable, Hashable {
  public var maxFiles: Int
  public var maxFileBytes: Int
  public var maxTotalBytes: Int

  public init(maxFiles: Int = 10, maxFileMB: Int = 60, maxTotalMB: Int = 150) {
    self.maxFiles = maxFiles
    maxFileBytes = maxFileMB * 1_048_576
    maxTotalBytes = maxTotalMB * 1_048_576
  }

  public init(rules: EffectiveRules) {
    func n(_ k: String) -> Int { Int(rules.setting(k).value.intValue ?? 0) }
    self.init(maxFiles: n("appeal.portal_max_files"), maxFileMB: n("appeal.portal_max_file_mb"), maxTotalMB: n("appeal.portal_max_total_mb"))
  }

  /// One line per check, and the problems (empty when the upload fits).
  public func check(_ files: [(name: String, bytes: Int)]) -> (lines: [String], problems: [String]) {
    var lines: [String] = []
    var problems: [String] = []
    let total = files.reduce(0) { $0 + $1.bytes }
    let countOK = files.count <= maxFiles
    lines.append("files\t\(files.count)\tmax \(maxFiles)\t\(countOK ? "ok" : "over")")
    if !countOK { problems.append("\(files.count) files, the portal takes \(maxFiles)") }
    for f in files {
      let ok = f.bytes <= maxFileBytes
      lines.append("file \(f.name)\t\(f.bytes)\tmax \(maxFileBytes)\t\(ok ? "ok" : "over")")
      if !ok { problems.append("\(f.name) is larger than \(maxFileBytes / 1_048_576) MB") }
    }
    let totalOK = total <= maxTotalBytes
    lines.append("total bytes\t\(total)\tmax \(maxTotalBytes)\t\(totalOK ? "ok" : "over")")
    if !totalOK { problems.append("\(total) bytes in all, the portal takes \(maxTotalBytes / 1_048_576) MB") }
    return (lines, problems)
  }
}
