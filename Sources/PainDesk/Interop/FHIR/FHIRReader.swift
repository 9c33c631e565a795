/// Reads `application/fhir+ndjson` files into resources. Malformed input (a line that is
/// not JSON, or not a FHIR resource) fails the whole batch with the file and line; STU3
/// `Parameters` header lines are passed over.
public enum FHIRReader {
  /// The largest line accepted (a DocumentReference may carry its attachment inline).
  public static let maxLineBytes = 64 << 20

  public static func read(_ files: [String], summary: inout InteropSummary) throws(ToolkitError) -> [FHIRResource] {
    var out: [FHIRResource] = []
    for file in files {
      let bytes = try InteropFile.read(file)
      for (number, range) in InteropFile.lines(bytes) {
        guard range.count <= maxLineBytes else {
          throw ToolkitError(.dataError, "\(file):\(number): line longer than \(maxLineBytes) bytes")
        }
        let value: JSONValue
        do {
          value = try bytes.withUnsafeBufferPointer { b throws(JSONParseError) in
            try JSONParser.parse(UnsafeBufferPointer(rebasing: b[range]))
          }
        } catch {
          throw ToolkitError(.dataError, "\(file):\(number): invalid JSON: \(error)")
        }
        guard let o = value.objectValue, let type = o.string("resourceType"), !type.isEmpty else {
          throw ToolkitError(.dataError, "\(file):\(number): not a FHIR resource (no 'resourceType')")
        }
        if type == "Parameters" {
          summary.read["Parameters (header)", default: 0] += 1
          continue
        }
        guard let id = o.string("id"), FieldChecks.checkId(id) == .ok else {
          throw ToolkitError(.dataError, "\(file):\(number): \(type) without a usable 'id'")
        }
        summary.read[type, default: 0] += 1
        out.append(FHIRResource(type: type, id: id, json: o, file: file, line: number))
      }
    }
    return out
  }

  /// Counts the OperationOutcome lines of a manifest's `error` files, for the summary.
  public static func reportErrors(_ files: [String], summary: inout InteropSummary) {
    for file in files {
      guard let bytes = try? InteropFile.read(file) else {
        summary.warnings.append("\(file): error file named by the manifest cannot be read")
        continue
      }
      let n = InteropFile.lines(bytes).count
      summary.warnings.append("\(file): the server reported \(n) error(s) (OperationOutcome) for this export")
    }
  }
}
