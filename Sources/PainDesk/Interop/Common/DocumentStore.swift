import Foundation

/// The documents folder beside the ledger: files named by their SHA-256, written through a
/// temporary name so a crash leaves no partial file.
public enum DocumentStore {
  public static func folder(besideLedger path: String) -> String {
    var dir = (path as NSString).deletingLastPathComponent
    if dir.isEmpty { dir = "." }
    if !dir.hasPrefix("/") { dir = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(dir) }
    return ((dir as NSString).standardizingPath as NSString).appendingPathComponent("documents")
  }

  /// Writes the files that are not there yet (the ledger's sharing: 0600 files in a 0700
  /// folder, or 0660 in 2770 for a group ledger); returns how many were written.
  public static func write(_ files: [String: [UInt8]], to folder: String, sharing: FileSharing) throws(ToolkitError) -> Int {
    guard !files.isEmpty else { return 0 }
    try ProtectedFolder.ensure(folder, sharing: sharing)
    var written = 0
    for (sha, bytes) in files.sorted(by: { $0.key < $1.key }) {
      let path = PathText.join(folder, sha)
      if access(path, F_OK) == 0 { continue }
      try ProtectedFile.write(bytes, to: path, sharing: sharing)
      written += 1
    }
    return written
  }
}
