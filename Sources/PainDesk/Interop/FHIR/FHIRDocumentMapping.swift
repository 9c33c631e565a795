import Crypto
import Foundation

/// DocumentReference to document: the inline attachment is kept as a file named by its
/// SHA-256 in the documents folder; the ledger holds only the metadata.
extension FHIRMapping {
  /// LOINC document type codes to PainDesk document types.
  static let documentTypes: [String: String] = [
    "34117-2": "clinical_note", "11506-3": "clinical_note", "34111-5": "clinical_note", "11488-4": "clinical_note",
    "18842-5": "clinical_note", "18748-4": "imaging_report", "28570-0": "procedure_note", "11504-8": "procedure_note",
    "11519-6": "therapy_notes",
  ]

  /// The largest attachment kept (base64 decoded).
  static let maxAttachmentBytes = 32 << 20

  func document(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    let j = r.json
    guard j.string("status") != "entered-in-error" else { throw FHIRSkip("entered in error") }
    var o = record(.document, r.id)
    o["patient_id"] = .string(try resolve(j["subject"], .patient, types: ["Patient"], field: "subject", required: true)!)
    let codes = FHIR.codings(FHIR.object(j, "type")).filter { $0.system == FHIR.loincSystem }.map(\.code)
    o["type"] = .string(codes.lazy.compactMap { Self.documentTypes[$0] }.first ?? "other")
    let context = FHIR.object(j, "context")
    guard let date = FHIR.date(j["date"]) ?? FHIR.date(FHIR.object(context ?? JSONObject(), "period")?["start"]) else {
      throw FHIRSkip("no date")
    }
    o["date"] = .string(date)
    let attachment = FHIR.objects(j, "content").lazy.compactMap { FHIR.object($0, "attachment") }.first { $0.string("data") != nil }
    guard let base64 = attachment?.string("data") else { throw FHIRSkip("no inline attachment data") }
    guard base64.utf8.count <= Self.maxAttachmentBytes / 3 * 4 + 4 else { throw FHIRSkip("attachment larger than \(Self.maxAttachmentBytes) bytes") }
    guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else { throw FHIRSkip("attachment data is not base64") }
    let bytes = [UInt8](data)
    let sha = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    guard documentsFolder != nil else { throw FHIRSkip("no documents folder") }
    documents[sha] = bytes
    o["path"] = .string(DocumentStore.attachmentPath(sha256: sha))
    o["sha256"] = .string(sha)
    return o
  }
}
