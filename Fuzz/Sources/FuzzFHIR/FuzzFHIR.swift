import FuzzSupport
@testable import PainDesk

let scratch = ScratchFile(suffix: ".ndjson")

/// The FHIR Bulk Data reader and mapping on one arbitrary file: both passes of
/// `FHIRBulkImport` (the index, then every resource mapped and validated in dependency
/// order) against an empty ledger. Malformed input is an error, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFHIR(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  scratch.write(FuzzInput(data, size).bytes)
  var index = FHIRIndex()
  do throws(ToolkitError) {
    try FHIRReader.forEach(scratch.path) { index.add($0) }
  } catch {
    return 0
  }
  index.finish()
  let mapping = FHIRMapping(index: index, summary: InteropSummary(), documentsFolder: nil) { _ in [] }
  mapping.countUnmapped()
  for (type, kind) in FHIRMapping.order {
    try? FHIRReader.forEach(scratch.path) { r throws(ToolkitError) in
      guard r.type == type else { return }
      mapping.take(r, kind: kind)
      _ = mapping.drain()
    }
  }
  return 0
}

@main enum FuzzFHIRMain {
  static func main() { FuzzDriver.run(fuzzFHIR) }
}
