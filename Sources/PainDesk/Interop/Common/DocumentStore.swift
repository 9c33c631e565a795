import Foundation

/// Where a document's file lives. A `document.path` is relative to the ledger's folder
/// (the documents root) and must stay inside it: validation rejects absolute paths and
/// `..` components, and `resolve` refuses a file whose real path (symlinks followed)
/// leaves the root, so a packet never carries a file from elsewhere on the machine.
/// Imported attachments go in `documents/` under the root: files named by their SHA-256,
/// folder 0700, files 0600, written through a temporary name so a crash leaves no
/// partial file.
public enum DocumentStore {
  /// The folder document paths are relative to: the ledger's, as an absolute path.
  public static func root(besideLedger path: String) -> String {
    var dir = (path as NSString).deletingLastPathComponent
    if dir.isEmpty { dir = "." }
    if !dir.hasPrefix("/") { dir = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(dir) }
    return (dir as NSString).standardizingPath
  }

  /// The folder of imported attachments under the root.
  public static let attachmentsFolderName = "documents"

  public static func folder(besideLedger path: String) -> String {
    (root(besideLedger: path) as NSString).appendingPathComponent(attachmentsFolderName)
  }

  /// The `document.path` of an imported attachment with this SHA-256.
  public static func attachmentPath(sha256: String) -> String { attachmentsFolderName + "/" + sha256 }

  /// What a document's path resolves to.
  public enum Resolution: Equatable, Sendable {
    /// The real path of the file, inside the root.
    case file(String)
    /// No file there.
    case missing
    /// The path is not a relative path inside the root, or its real path (a symlink
    /// followed) leaves the root.
    case outside
  }

  /// The file `path` names under `root`, checked again on disk: a ledger written before
  /// paths were validated, or a symlink placed in the folder, must not reach other files.
  public static func resolve(_ path: String, root: String) -> Resolution {
    guard FieldChecks.isDocumentPath(path) else { return .outside }
    guard let realRoot = realPath(root) else { return .missing }
    let joined = (root as NSString).appendingPathComponent(path)
    guard let real = realPath(joined) else { return .missing }
    let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
    return real.hasPrefix(prefix) ? .file(real) : .outside
  }

  private static func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
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
