/// One record read from an input, with where it came from (for `file:line:` errors).
public struct SourcedRecord: Sendable {
  public let file: String
  public let line: Int
  public let record: JSONObject
}

extension NDJSONReader {
  /// Every record of the sources, in order. The first bad line fails the whole read with
  /// 65 (`file:line: what is wrong`); a missing file is 66.
  public static func readAll(_ sources: [InputSource]) throws(ToolkitError) -> [SourcedRecord] {
    var out: [SourcedRecord] = []
    for source in sources {
      let fd = try source.open()
      var reader = NDJSONReader(source: source, fd: fd)
      while let item = try reader.next() {
        switch item {
        case .record(let line, let o): out.append(SourcedRecord(file: source.name, line: line, record: o))
        case .bad(let e): throw ToolkitError(.dataError, e.description)
        }
      }
    }
    return out
  }
}
