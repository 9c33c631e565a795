import PainDesk

/// Reads NDJSON records from the sources; a bad line is a data error (65) naming the
/// file and line.
enum RecordInput {
  static func read(_ sources: [InputSource]) throws -> [(record: JSONObject, where: String)] {
    var out: [(JSONObject, String)] = []
    for source in sources {
      let fd = try source.open()
      var reader = NDJSONReader(source: source, fd: fd)
      while let item = try reader.next() {
        switch item {
        case .record(let line, let o): out.append((o, "\(source.name):\(line)"))
        case .bad(let e): throw ToolkitError(.dataError, e.description)
        }
      }
    }
    return out
  }
}
