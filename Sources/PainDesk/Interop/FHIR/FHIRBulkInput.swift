import Foundation

/// The files of a Bulk Data export: named files, the `.ndjson[.gz]` files of a folder, or
/// the `output` files of a manifest (`error` files reported, `transactionTime` kept).
public struct FHIRBulkInput: Sendable {
  public var files: [String] = []
  public var transactionTime: String?
  public var errorFiles: [String] = []

  public static func resolve(_ paths: [String]) throws(ToolkitError) -> FHIRBulkInput {
    var input = FHIRBulkInput()
    for path in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        throw ToolkitError(.noInput, "cannot open '\(path)': no such file")
      }
      if isDir.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let manifest = names.first { $0 == "manifest.json" }
        if let manifest {
          try input.readManifest((path as NSString).appendingPathComponent(manifest))
        } else {
          input.files += names.filter(isNDJSON).sorted().map { (path as NSString).appendingPathComponent($0) }
        }
      } else if path.hasSuffix(".json") {
        try input.readManifest(path)
      } else {
        input.files.append(path)
      }
    }
    return input
  }

  static func isNDJSON(_ name: String) -> Bool {
    // `log.ndjson` is the client's log, not resources.
    (name.hasSuffix(".ndjson") || name.hasSuffix(".ndjson.gz")) && !name.hasPrefix("log.")
  }

  /// Reads a `$export` complete-status manifest; its URLs name files beside it.
  mutating func readManifest(_ path: String) throws(ToolkitError) {
    let bytes = try InteropFile.read(path, maxBytes: 64 << 20)
    let value: JSONValue
    do { value = try JSONParser.parse(bytes) } catch {
      throw ToolkitError(.dataError, "\(path): not a Bulk Data manifest: invalid JSON (\(error))")
    }
    guard let m = value.objectValue, let output = m["output"]?.arrayValue else {
      throw ToolkitError(.dataError, "\(path): not a Bulk Data manifest: no 'output' array")
    }
    transactionTime = m.string("transactionTime")
    if let t = transactionTime, Instant(t) == nil {
      throw ToolkitError(.dataError, "\(path): 'transactionTime' is not an instant")
    }
    let dir = (path as NSString).deletingLastPathComponent
    func local(_ url: String) -> String {
      let name = url.split(separator: "/").last.map(String.init) ?? url
      return dir.isEmpty ? name : (dir as NSString).appendingPathComponent(name)
    }
    for (k, o) in output.enumerated() {
      guard let url = o.objectValue?.string("url") else {
        throw ToolkitError(.dataError, "\(path): output[\(k)] has no 'url'")
      }
      files.append(local(url))
    }
    for e in m["error"]?.arrayValue ?? [] {
      if let url = e.objectValue?.string("url") { errorFiles.append(local(url)) }
    }
  }
}
