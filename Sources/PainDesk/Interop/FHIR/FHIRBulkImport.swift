/// `paindesk import --from fhir`: a Bulk Data export into the ledger in one batch. Two
/// passes (index every resource, then map in dependency order), one RecordImporter batch,
/// then the attachments and the `_since` high-water mark once the batch has committed.
public enum FHIRBulkImport {
  public struct Result: Sendable {
    public var summary: ImportSummary
    public var interop: InteropSummary
    public var transactionTime: String?
    public var documentsWritten = 0
  }

  public static func run(
    paths: [String], ledger: Ledger, options: RecordImporter.Options, documentsFolder: String
  ) throws(ToolkitError) -> Result {
    let input = try FHIRBulkInput.resolve(paths)
    var interop = InteropSummary()
    let resources = try FHIRReader.read(input.files, summary: &interop)
    FHIRReader.reportErrors(input.errorFiles, summary: &interop)
    let (located, documents, mappedSummary) = try map(resources, summary: interop, ledger: ledger, documentsFolder: documentsFolder)
    interop = mappedSummary
    let records = located.map(\.record)
    let summary = try RecordImporter(ledger: ledger, options: options).run(located: located)
    var result = Result(summary: summary, interop: interop, transactionTime: input.transactionTime)
    guard summary.rejects.isEmpty, !options.dryRun else { return result }
    let kept = Set(records.filter { $0.string("kind") == "document" }.compactMap { $0.string("sha256") })
    result.documentsWritten = try DocumentStore.write(documents.filter { kept.contains($0.key) }, to: documentsFolder)
    if let t = input.transactionTime { try ledger.setMeta(.fhirSince, t) }
    return result
  }

  /// Maps resources to records (no ledger writes); ids already in the ledger resolve.
  public static func map(
    _ resources: [FHIRResource], summary: InteropSummary, ledger: Ledger?, documentsFolder: String?
  ) throws(ToolkitError) -> (records: [(record: JSONObject, file: String, line: Int)], documents: [String: [UInt8]], summary: InteropSummary) {
    var ledgerError: ToolkitError?
    let mapping = FHIRMapping(index: FHIRIndex(resources), summary: summary, documentsFolder: documentsFolder) { kind in
      guard let ledger else { return [] }
      do throws(ToolkitError) { return try ledger.ids(of: kind) } catch {
        ledgerError = error
        return []
      }
    }
    mapping.run(resources)
    if let ledgerError { throw ledgerError }
    let located = zip(mapping.records, mapping.origins).map { (record: $0, file: $1.file, line: $1.line) }
    return (located, mapping.documents, mapping.summary)
  }
}
