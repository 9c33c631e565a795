import Foundation

/// Where a document's file lives. A `document.path` is relative to the ledger's folder
/// (the documents root) and must stay inside it: validation rejects absolute paths and
/// `..` components, and `resolve` refuses a file whose real path (symlinks followed)
/// leaves the root, so a packet never carries a file from elsewhere on the machine.
/// Imported attachments go in `documents/` under the root: files named by their SHA-256,
/// written with the ledger's sharing through a temporary name, so a crash leaves no
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
