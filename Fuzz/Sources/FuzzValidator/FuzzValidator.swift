import FuzzSupport
import PainDesk

/// The record validator on arbitrary JSON objects, made records of the kind the first byte
/// picks (so every kind's fields and rules are reached), with its references read; a
/// record it accepts must decode to its typed view, which the tools compute with.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzValidator(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let (choice, bytes) = FuzzInput(data, size).selecting(among: RecordKind.allCases.count),
    var record = (try? JSONParser.parse(bytes))?.objectValue
  else { return 0 }
  let kind = RecordKind.allCases[choice]
  if !record.has("kind") { record["kind"] = .string(kind.rawValue) }
  _ = RecordValidator.references(of: record)
  guard RecordValidator.validate(record).isEmpty, let name = record.string("kind"), let stated = RecordKind(name: name) else { return 0 }
  do {
    _ = try JSONValueDecoder().decode(TypedRecords.type(for: stated), from: record)
  } catch {
    fatalError("a valid \(stated.rawValue) record does not decode to its typed view: \(error)")
  }
  return 0
}

@main enum FuzzValidatorMain {
  static func main() { FuzzDriver.run(fuzzValidator) }
}
