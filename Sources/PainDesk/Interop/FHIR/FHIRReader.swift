/// Reads `application/fhir+ndjson` files (plain or gzip) one line at a time, in constant
/// memory. Malformed input (a line that is not JSON, or not a FHIR resource) fails the
/// whole batch with the file and line; STU3 `Parameters` header lines are handed on with
/// an empty id for the caller to count and pass over.
public enum FHIRReader {
  /// The largest line accepted (a DocumentReference may carry its attachment inline).
  public static let maxLineBytes = 64 << 20

  /// Calls `body` with each resource of the file, in order.
  public static func forEach(_ file: String, _ body: (FHIRResource) throws(ToolkitError) -> Void) throws(ToolkitError) {
    try InteropLines.forEach(file, maxLineBytes: maxLineBytes) { number, bytes throws(ToolkitError) in
      let value: JSONValue
      do { value = try JSONParser.parse(bytes) } catch {
        throw ToolkitError(.dataError, "\(file):\(number): invalid JSON: \(error)")
      }
      guard let o = value.objectValue, let type = o.string("resourceType"), !type.isEmpty else {
        throw ToolkitError(.dataError, "\(file):\(number): not a FHIR resource (no 'resourceType')")
      }
      if type == "Parameters" { return try body(FHIRResource(type: type, id: "", json: o, file: file, line: number)) }
      guard let id = o.string("id"), FieldChecks.checkId(id) == .ok else {
        throw ToolkitError(.dataError, "\(file):\(number): \(type) without a usable 'id'")
      }
      try body(FHIRResource(type: type, id: id, json: o, file: file, line: number))
    }
  }

  /// Counts the OperationOutcome lines of a manifest's `error` files, for the summary.
  public static func reportErrors(_ files: [String], summary: inout InteropSummary) {
    for file in files {
      var n = 0
      do throws(ToolkitError) {
        try InteropLines.forEach(file, maxLineBytes: maxLineBytes) { _, _ in n += 1 }
      } catch {
        summary.warnings.append("\(file): error file named by the manifest cannot be read")
        continue
      }
      summary.warnings.append("\(file): the server reported \(n) error(s) (OperationOutcome) for this export")
    }
  }
}
