extension PASResponse {
  /// Reads and decodes a Da Vinci PAS ClaimResponse bundle file (gzip or plain; bounded
  /// like every interop file, InteropFile).
  public static func read(file: String) throws(ToolkitError) -> Decoded {
    let bytes = try InteropFile.read(file)
    let json: JSONValue
    do { json = try JSONParser.parse(bytes) } catch { throw ToolkitError(.dataError, "\(file): invalid JSON: \(error.reason)") }
    return try decode(json, file: file)
  }
}
