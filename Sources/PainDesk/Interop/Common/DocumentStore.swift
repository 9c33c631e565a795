import Foundation

/// The documents folder beside the ledger: files named by their SHA-256, folder 0700,
/// files 0600, written through a temporary name so a crash leaves no partial file.
public enum DocumentStore {
  public static func folder(besideLedger path: String) -> String {
    var dir = (path as NSString).deletingLastPathComponent
    if dir.isEmpty { dir = "." }
    if !dir.hasPrefix("/") { dir = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(dir) }
    return ((dir as NSString).standardizingPath as NSString).appendingPathComponent("documents")
  }

  /// Writes the files that are not there yet; returns how many were written.
  public static func write(_ files: [String: [UInt8]], to folder: String) throws(ToolkitError) -> Int {
    guard !files.isEmpty else { return 0 }
    let fm = FileManager.default
    do {
      if !fm.fileExists(atPath: folder) {
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      }
      var written = 0
      for (sha, bytes) in files.sorted(by: { $0.key < $1.key }) {
        let path = (folder as NSString).appendingPathComponent(sha)
        if fm.fileExists(atPath: path) { continue }
        let tmp = path + ".tmp"
        guard fm.createFile(atPath: tmp, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
          throw ToolkitError(.cantCreate, "cannot write a document into '\(folder)'")
        }
        try fm.moveItem(atPath: tmp, toPath: path)
        written += 1
      }
      return written
    } catch let e as ToolkitError {
      throw e
    } catch {
      throw ToolkitError(.cantCreate, "cannot write documents into '\(folder)': \(error.localizedDescription)")
    }
  }
}
