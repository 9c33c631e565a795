import Foundation

/// Why a resource made no record: counted per reason in the summary.
struct FHIRSkip: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}

/// The second pass: maps each resource to a PainDesk record, resolving references against
/// the index, the records already mapped in this export and those in the ledger. Resources
/// are mapped in dependency order (people and places first), so a reference to a resource
/// that was skipped is seen as such.
final class FHIRMapping {
  let index: FHIRIndex
  let documentsFolder: String?
  let ledgerIDs: (RecordKind) -> Set<String>
  var summary: InteropSummary
  var records: [JSONObject] = []
  /// Where each record came from (file and line of its resource), parallel to `records`.
  var origins: [(file: String, line: Int)] = []
  /// Attachments to write once the batch commits: SHA-256 hex to bytes.
  var documents: [String: [UInt8]] = [:]
  private var mapped: [RecordKind: Set<String>] = [:]
  private var ledgerCache: [RecordKind: Set<String>] = [:]
  private var current: FHIRResource?

  /// The order types are mapped in, and the kind each makes.
  static let order: [(type: String, kind: RecordKind)] = [
    ("Organization", .location), ("Location", .location), ("Practitioner", .provider),
    ("Patient", .patient), ("Coverage", .coverage), ("Condition", .diagnosis),
    ("Encounter", .appointment), ("Appointment", .appointment), ("Procedure", .procedure),
    ("ServiceRequest", .procedure), ("MedicationRequest", .rx), ("Observation", .uds),
    ("DocumentReference", .document),
  ]
  /// Types read only as part of another (their data lands in the record of the other).
  static let folded: Set<String> = ["PractitionerRole", "MedicationDispense"]

  init(index: FHIRIndex, summary: InteropSummary, documentsFolder: String?, ledgerIDs: @escaping (RecordKind) -> Set<String>) {
    self.index = index
    self.summary = summary
    self.documentsFolder = documentsFolder
    self.ledgerIDs = ledgerIDs
  }

  /// Counts the types the mapping does not know (from the index), skipped with a summary.
  func countUnmapped() {
    let known = Set(Self.order.map(\.type)).union(Self.folded)
    for (type, n) in index.counts where !known.contains(type) { summary.unmapped[type] = n }
  }

  /// Maps one resource of a type in `order` to a record (or a note of why not); the records
  /// it makes wait in `records` until `drain`.
  func take(_ r: FHIRResource, kind: RecordKind) {
    current = r
    do {
      let record = try map(r)
      try accept(record, kind: kind, resource: r)
    } catch {
      summary.note(r.file, r.line, "\(r.type) '\(r.id)'", error.reason)
    }
  }

  /// The records made since the last call, with where each came from.
  func drain() -> [(record: JSONObject, file: String, line: Int)] {
    defer {
      records.removeAll(keepingCapacity: true)
      origins.removeAll(keepingCapacity: true)
    }
    return zip(records, origins).map { (record: $0, file: $1.file, line: $1.line) }
  }

  private func map(_ r: FHIRResource) throws(FHIRSkip) -> JSONObject {
    switch r.type {
    case "Organization", "Location": return try location(r)
    case "Practitioner": return try provider(r)
    case "Patient": return try patient(r)
    case "Coverage": return try coverage(r)
    case "Condition": return try diagnosis(r)
    case "Encounter": return try encounter(r)
    case "Appointment": return try appointment(r)
    case "Procedure": return try procedure(r)
    case "ServiceRequest": return try plannedProcedure(r)
    case "MedicationRequest": return try rx(r)
    case "Observation": return try drugScreen(r)
    case "DocumentReference": return try document(r)
    default: throw FHIRSkip("not mapped")
    }
  }

  /// Validates a mapped record against its kind; a record that cannot be valid is skipped
  /// with the first problem (field names only).
  func accept(_ record: JSONObject, kind: RecordKind, resource r: FHIRResource) throws(FHIRSkip) {
    let issues = RecordValidator.validate(record)
    if let first = issues.first { throw FHIRSkip("\(kind.rawValue): \(first.message)") }
    records.append(record)
    origins.append((r.file, r.line))
    mapped[kind, default: []].insert(r.id)
    summary.mapped[kind.rawValue, default: 0] += 1
  }

  /// Adds a record made on the side (a payer from a Coverage's payor).
  func acceptExtra(_ record: JSONObject, kind: RecordKind) -> Bool {
    guard let id = record.string("id") else { return false }
    if mapped[kind]?.contains(id) == true || ledger(kind).contains(id) { return true }
    guard RecordValidator.validate(record).isEmpty else { return false }
    records.append(record)
    origins.append((current?.file ?? "fhir", current?.line ?? 0))
    mapped[kind, default: []].insert(id)
    summary.mapped[kind.rawValue, default: 0] += 1
    return true
  }

  private func ledger(_ kind: RecordKind) -> Set<String> {
    if let s = ledgerCache[kind] { return s }
    let s = ledgerIDs(kind)
    ledgerCache[kind] = s
    return s
  }

  /// The record id a reference resolves to. A required reference that does not resolve
  /// skips the resource; an optional one is left out and counted.
  func resolve(_ value: JSONValue?, _ kind: RecordKind, types: [String], field: String, required: Bool) throws(FHIRSkip) -> String? {
    guard let ref = FHIRReference(value) else {
      if required { throw FHIRSkip("no \(field)") }
      return nil
    }
    var reason: String
    if var key = index.key(of: ref, types: types) {
      if key.hasPrefix("PractitionerRole/"), let p = index.practitionerOfRole[key] { key = p }
      let id = String(key[key.index(after: key.firstIndex(of: "/")!)...])
      if mapped[kind]?.contains(id) == true { return id }
      reason = "\(field) names a \(key.split(separator: "/")[0]) that was skipped"
    } else {
      if case .literal(_, let id) = ref, ledger(kind).contains(id) { return id }
      reason = "\(field) names a \(ref.type ?? types[0]) not in the files or the ledger"
    }
    if required { throw FHIRSkip(reason) }
    if let r = current { summary.note(r.file, r.line, "\(r.type) '\(r.id)'", "unresolved optional reference: " + reason) }
    return nil
  }

  /// A new record with `kind` and `id`.
  func record(_ kind: RecordKind, _ id: String) -> JSONObject {
    var o = JSONObject()
    o["kind"] = .string(kind.rawValue)
    o["id"] = .string(id)
    return o
  }
}
