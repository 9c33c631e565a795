import FuzzSupport
import PainDesk

/// The JSON parser on arbitrary bytes: it may reject them, never trap; what it accepts
/// must write canonically to text that parses back to the same canonical text.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  guard let value = try? JSONParser.parse(input.bytes) else { return 0 }
  let canonical = JSONWriter.canonicalBytes(value)
  guard let again = try? JSONParser.parse(canonical) else { fatalError("canonical JSON does not parse back") }
  guard JSONWriter.canonicalBytes(again) == canonical else { fatalError("canonical JSON is not stable") }
  return 0
}

@main enum FuzzJSONMain {
  static func main() { FuzzDriver.run(fuzzJSON) }
}
