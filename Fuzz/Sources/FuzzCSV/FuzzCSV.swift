import FuzzSupport
@testable import PainDesk

/// Every shipped CSV profile, in name order, for the first byte to pick from.
let profiles = CSVProfile.shippedNames.map { name in
  guard let profile = try? CSVProfile.load(name) else { fatalError("shipped profile \(name) does not load") }
  return profile
}

/// The CSV reader on arbitrary bytes, mapped through the shipped profile the first byte
/// picks, and every record made validated. Errors are fine; a trap is not.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let (choice, bytes) = FuzzInput(data, size).selecting(among: profiles.count),
    let table = try? CSVParser.parse(Array(bytes), file: "fuzz.csv"),
    let records = try? CSVImport.map(table, profile: profiles[choice], file: "fuzz.csv")
  else { return 0 }
  for r in records { _ = RecordValidator.validate(r) }
  return 0
}

@main enum FuzzCSVMain {
  static func main() { FuzzDriver.run(fuzzCSV) }
}
