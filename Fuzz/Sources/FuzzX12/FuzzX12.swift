import FuzzSupport
import PainDesk

/// The X12 835 reader on arbitrary bytes, and the remittance plan it makes against one
/// claim per patient control number read (so matching, reversals and denials are reached).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzX12(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let remit = try? Remittance835.read(Array(FuzzInput(data, size).bytes), file: "fuzz.835") else { return 0 }
  let claims = remit.claims.enumerated().map { k, clp -> JSONObject in
    let lines: [JSONValue] = clp.lines.enumerated().map { n, line in
      .object(JSONObject([("cpt", .string(line.cpt)), ("procedure_id", .string("p\(k)-\(n)"))]))
    }
    return JSONObject([
      ("kind", "claim"), ("id", .string("c\(k)")), ("claim_number", .string(clp.patientControlNumber)),
      ("patient_id", "pt"), ("payer_id", "payer"), ("status", "submitted"), ("lines", .array(lines)),
    ])
  }
  var summary = InteropSummary()
  for record in RemittanceImport.plan([remit], claims: claims, procedures: [:], today: "2026-01-01", summary: &summary) {
    _ = RecordValidator.validate(record)
  }
  return 0
}

@main enum FuzzX12Main {
  static func main() { FuzzDriver.run(fuzzX12) }
}
