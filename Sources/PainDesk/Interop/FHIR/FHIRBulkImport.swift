/// `paindesk import --from fhir`: a Bulk Data export into the ledger in one batch, streamed.
/// Pass 1 reads every file line by line into a compact index (keys, identifiers, the few
/// fields other resources need) and fails on malformed input before anything is written;
/// pass 2 reads the files again, type by type in dependency order, and hands each record
/// to one RecordImporter batch as it is made. Memory holds the index and the ids mapped,
/// never a file or the resources. Then the attachments and the `_since` high-water mark,
/// once the batch has committed.
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
    // Pass 1: the index, and which types each file holds (Bulk Data: one type per file).
    var index = FHIRIndex()
    var typesOf: [String: Set<String>] = [:]
    for file in input.files {
      try FHIRReader.forEach(file) { r throws(ToolkitError) in
        if r.type == "Parameters" {
          interop.read["Parameters (header)", default: 0] += 1
          return
        }
        interop.read[r.type, default: 0] += 1
        index.add(r)
        typesOf[file, default: []].insert(r.type)
      }
    }
    index.finish()
    FHIRReader.reportErrors(input.errorFiles, summary: &interop)
    // The ledger's ids, read before the batch takes the writer.
    let kinds = Set(FHIRMapping.order.map(\.kind)).union([.payer, .patient, .provider, .location])
    var ledgerIDs: [RecordKind: Set<String>] = [:]
    for kind in kinds { ledgerIDs[kind] = try ledger.ids(of: kind) }
    let mapping = FHIRMapping(index: index, summary: interop, documentsFolder: documentsFolder) { ledgerIDs[$0] ?? [] }
    mapping.countUnmapped()
    // Pass 2: map and import as the files are read again.
    var kept = Set<String>()
    let summary = try RecordImporter(ledger: ledger, options: options).run { emit throws(ToolkitError) in
      var stopped = false
      for (type, kind) in FHIRMapping.order {
        for file in input.files where typesOf[file]?.contains(type) == true {
          try FHIRReader.forEach(file) { r throws(ToolkitError) in
            guard r.type == type, !stopped else { return }
            mapping.take(r, kind: kind)
            for m in mapping.drain() {
              if m.record.string("kind") == "document", let sha = m.record.string("sha256") { kept.insert(sha) }
              if try !emit(m.record, m.file, m.line) { stopped = true }
            }
          }
          if stopped { return }
        }
      }
    }
    var result = Result(summary: summary, interop: mapping.summary, transactionTime: input.transactionTime)
    guard summary.rejects.isEmpty, !options.dryRun else { return result }
    result.documentsWritten = try DocumentStore.write(mapping.documents.filter { kept.contains($0.key) }, to: documentsFolder, sharing: ledger.sharing)
    if let t = input.transactionTime { try ledger.setMeta(.fhirSince, t) }
    return result
  }
}
