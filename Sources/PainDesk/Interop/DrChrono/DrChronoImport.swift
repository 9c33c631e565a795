import Foundation

/// `paindesk import --from drchrono FILE...`: JSON saved from the DrChrono REST API as it
/// returns it: a page (`{"next": ..., "results": [...]}`), a list of pages, or a bare
/// array. The endpoint of each object is told by its fields. A field the mapping needs
/// that is missing or of the wrong type fails the batch with the file, index and field.
/// Built from DrChrono's public API documentation; no real export was at hand.
public enum DrChronoImport {
  /// The whole part of a number read from DrChrono, if it is in the range: `nan`, `inf`
  /// and `1e20` never reach an integer conversion.
  static func whole(_ d: Double, _ range: NumericRange) -> Int64? {
    range.contains(d) ? Int64(d.rounded(.towardZero)) : nil
  }

  enum Endpoint: String, CaseIterable {
    case appointments, patients, medications, patientAuthorizations = "patient_authorizations", labResults = "lab_results"
    case labOrders = "lab_orders"

    /// The endpoint an object came from, told by the first signature field it has.
    init?(of o: JSONObject) {
      guard let e = Self.allCases.first(where: { o.has($0.signature) }) else { return nil }
      self = e
    }

    /// A field only this endpoint's objects have.
    var signature: String {
      switch self {
      case .appointments: "scheduled_time"
      case .patients: "date_of_birth"
      case .medications: "date_prescribed"
      case .patientAuthorizations: "auth_number"
      case .labResults: "lab_test"
      case .labOrders: "sublab"
      }
    }
  }

  /// Two passes over the files, each holding one object at a time: the first keeps what
  /// mapping needs from other objects (lab orders, the patients authorized), the second
  /// maps each object and hands its records to one import batch.
  public static func run(paths: [String], ledger: Ledger, options: RecordImporter.Options) throws(ToolkitError) -> (ImportSummary, InteropSummary) {
    var interop = InteropSummary()
    // Lab results and authorizations read other objects: the lab orders of the files, and
    // the ledger's coverages and diagnoses of the patients authorized.
    var context = Context()
    var authorized: Set<String> = []
    var counts: [Int] = []
    for path in paths { try requireRereadable(path) }
    for path in paths {
      var n = 0
      try forEachObject(path) { (o, index) throws(ToolkitError) in
        n += 1
        switch Endpoint(of: o) {
        case .labOrders: try context.addLabOrder(o, file: path, index: index)
        case .patientAuthorizations:
          let f = Fields(o: o, file: path, index: index, endpoint: Endpoint.patientAuthorizations.rawValue)
          authorized.insert("drchrono-patient-\(try f.id("patient"))")
        default: break
        }
        return true
      }
      counts.append(n)
    }
    if !authorized.isEmpty { try context.addLedger(ledger, patients: authorized.sorted()) }
    let summary = try RecordImporter(ledger: ledger, options: options).run { (emit) throws(ToolkitError) in
      var going = true
      for (path, expected) in zip(paths, counts) {
        var n = 0
        try forEachObject(path) { (o, index) throws(ToolkitError) in
          n += 1
          for r in try map(o, file: path, index: index, summary: &interop, context: &context) where going {
            going = try emit(r, path, index + 1)
          }
          return going
        }
        if !going { return }
        guard n == expected else { throw ToolkitError(.ioError, "\(path): changed while it was imported: import it again") }
      }
      for s in context.screens(summary: &interop) where going { going = try emit(s.record, s.file, s.line) }
    }
    return (summary, interop)
  }

  /// A file read twice must be one: a pipe (`<(curl ...)`) would be empty the second time.
  static func requireRereadable(_ path: String) throws(ToolkitError) {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR else { return }
    throw ToolkitError(.usage, "\(path): not a regular file (a pipe?); DrChrono files are read twice: save it to a file and import that")
  }

  /// The largest file read, after inflating gzip.
  static let maxFileBytes = 1 << 30

  /// Calls `body` with each object of a file (plain or gzip) and its number from 0, as it
  /// is read, until `body` returns false.
  static func forEachObject(_ path: String, _ body: (JSONObject, Int) throws(ToolkitError) -> Bool) throws(ToolkitError) {
    var splitter = DrChronoObjectSplitter(file: path)
    var going = true
    func take(_ o: JSONObject, _ index: Int) throws(ToolkitError) { if going { going = try body(o, index) } }
    try InteropFile.forEachChunk(path, maxBytes: maxFileBytes) { (chunk) throws(ToolkitError) -> Bool in
      try splitter.feed(chunk, take)
      return going
    }
    if going { try splitter.finish(take) }
  }

  /// The objects of a page, of a list of pages, or of a bare array, in memory.
  static func objects(_ bytes: [UInt8], file: String) throws(ToolkitError) -> [JSONObject] {
    var out: [JSONObject] = []
    func take(_ o: JSONObject, _ index: Int) { out.append(o) }
    var splitter = DrChronoObjectSplitter(file: file)
    try bytes.withUnsafeBufferPointer { (b) throws(ToolkitError) in try splitter.feed(b, take) }
    try splitter.finish(take)
    return out
  }

  static func map(_ o: JSONObject, file: String, index: Int, summary: inout InteropSummary, context: inout Context) throws(ToolkitError) -> [JSONObject] {
    guard let endpoint = Endpoint(of: o) else {
      throw ToolkitError(
        .dataError, "\(file): object \(index + 1): not a DrChrono \(Endpoint.allCases.map(\.rawValue).joined(separator: ", ")) object (none of the fields \(Endpoint.allCases.map(\.signature).joined(separator: ", ")))")
    }
    summary.read[endpoint.rawValue, default: 0] += 1
    let f = Fields(o: o, file: file, index: index, endpoint: endpoint.rawValue)
    let id = try f.id("id")
    var r = JSONObject()
    switch endpoint {
    case .patients:
      r["kind"] = "patient"
      r["id"] = .string("drchrono-patient-\(id)")
      if let chart = try f.optionalString("chart_id") { r["mrn"] = .string(chart) }
      r["given_name"] = .string(try f.string("first_name"))
      r["family_name"] = .string(try f.string("last_name"))
      r["dob"] = .string(try f.date("date_of_birth"))
      r["sex"] = .string(["Male": "male", "Female": "female", "Other": "other"][try f.optionalString("gender") ?? ""] ?? "unknown")
      guard let state = USStates.code(try f.string("state")) else { throw f.fail("state", "is not a US state") }
      r["state"] = .string(state)
      let cell = try f.optionalString("cell_phone")
      let home = try f.optionalString("home_phone")
      if let p = cell ?? home { r["phone"] = .string(p) }
      if let e = try f.optionalString("email") { r["email"] = .string(e) }
      let status = try f.optionalString("patient_status")
      r["status"] = .string(status == "I" ? "inactive" : status == "D" || o["date_of_death"]?.stringValue != nil ? "deceased" : "active")
      if let doctor = try f.optionalID("doctor") { r["provider_id"] = .string("drchrono-doctor-\(doctor)") }
    case .appointments:
      if o["deleted_flag"]?.boolValue == true {
        summary.note(file, index + 1, "appointment '\(id)'", "deleted in DrChrono", unit: "object")
        return []
      }
      r["kind"] = "appointment"
      r["id"] = .string("drchrono-appt-\(id)")
      r["patient_id"] = .string("drchrono-patient-\(try f.id("patient"))")
      r["provider_id"] = .string("drchrono-doctor-\(try f.id("doctor"))")
      guard let start = CSVValues.dateTime(try f.string("scheduled_time"), format: "YYYY-MM-DD") else {
        throw f.fail("scheduled_time", "is not a date-time (YYYY-MM-DDTHH:MM:SS)")
      }
      r["start"] = .string(start)
      r["duration_min"] = .int(try f.int("duration"))
      r["type"] = "follow_up"
      let statuses = [
        "": "scheduled", "Not Confirmed": "scheduled", "Confirmed": "scheduled", "Arrived": "scheduled", "Checked In": "scheduled",
        "In Room": "scheduled", "In Session": "scheduled", "Complete": "completed", "Cancelled": "cancelled",
        "Rescheduled": "cancelled", "No Show": "no_show",
      ]
      let s = try f.optionalString("status") ?? ""
      guard let status = statuses[s] else { throw f.fail("status", "is not a DrChrono appointment status") }
      r["status"] = .string(status)
    case .medications:
      r["kind"] = "rx"
      r["id"] = .string("drchrono-med-\(id)")
      r["patient_id"] = .string("drchrono-patient-\(try f.id("patient"))")
      r["prescriber_id"] = .string("drchrono-doctor-\(try f.id("doctor"))")
      let name = try f.string("name")
      let code = try f.optionalString("rxnorm") ?? ""
      let ingredient = RxNormIngredients.byRxCUI(code) ?? RxNormIngredients.inName(name)
      r["drug"] = .string(ingredient?.name ?? FHIRMapping.productName(name))
      if let ingredient { r["rxnorm"] = .string(ingredient.rxcui) }
      guard let strength = FHIRMapping.strength(name) else {
        summary.note(file, index + 1, "medication '\(id)'", "no strength in the name", unit: "object")
        return []
      }
      r["strength"] = JSONValue.number(strength.value)
      r["strength_unit"] = .string(strength.unit)
      r["form"] = .string(FHIRMapping.form(name))
      let quantity = try f.optionalNumber("dispense_quantity")
      let perDay = try f.optionalNumber("dosage_quantity")
      let days = try f.optionalNumber("days_supply")
      guard let quantity, let days else {
        summary.note(file, index + 1, "medication '\(id)'", "no dispense_quantity or days_supply", unit: "object")
        return []
      }
      r["units_per_day"] = JSONValue.number(perDay ?? (days > 0 ? quantity / days : quantity))
      r["quantity"] = JSONValue.number(quantity)
      guard let wholeDays = Self.whole(days, .days) else { throw f.fail("days_supply", "is not a number of days \(NumericRange.days.summary)") }
      r["days_supply"] = .int(wholeDays)
      r["schedule"] = .string(ingredient?.schedule ?? "none")
      r["written_on"] = .string(try f.date("date_prescribed"))
      if let n = try f.optionalNumber("number_refills") {
        guard let refills = Self.whole(n, .units) else { throw f.fail("number_refills", "is not a count \(NumericRange.units.summary)") }
        r["refills"] = .int(refills)
      }
      r["status"] = .string((try f.optionalString("status")) == "active" ? "active" : "discontinued")
    case .patientAuthorizations:
      guard let auth = try authorization(f, id: id, context: context, summary: &summary) else { return [] }
      r = auth
    case .labResults:
      // Folded into one uds per lab order once every object is read (`Context.screens`).
      try context.addLabResult(f, id: id, summary: &summary)
      return []
    case .labOrders:
      // Read with its results (`Context.addLabOrder`); no record of its own.
      return []
    }
    summary.mapped[r.string("kind")!, default: 0] += 1
    return [r]
  }

  /// Typed access to an API object's fields; errors name the file, object and field.
  struct Fields {
    let o: JSONObject
    let file: String
    let index: Int
    let endpoint: String

    func fail(_ field: String, _ m: String) -> ToolkitError {
      ToolkitError(.dataError, "\(file): \(endpoint) object \(index + 1): field '\(field)' \(m)")
    }
    func id(_ k: String) throws(ToolkitError) -> String {
      guard let v = try optionalID(k) else { throw fail(k, "is missing") }
      return v
    }
    func optionalID(_ k: String) throws(ToolkitError) -> String? {
      guard let v = o[k], !v.isNull else { return nil }
      if let i = v.intValue { return String(i) }
      if let s = v.stringValue, !s.isEmpty { return s }
      throw fail(k, "is not an id")
    }
    func string(_ k: String) throws(ToolkitError) -> String {
      guard let v = try optionalString(k) else { throw fail(k, "is missing or empty") }
      return v
    }
    func optionalString(_ k: String) throws(ToolkitError) -> String? {
      guard let v = o[k], !v.isNull else { return nil }
      guard let s = v.stringValue else { throw fail(k, "is not a string") }
      return s.isEmpty ? nil : s
    }
    func date(_ k: String) throws(ToolkitError) -> String {
      let s = try string(k)
      guard let d = CSVValues.date(String(s.prefix(10)), format: "YYYY-MM-DD") else { throw fail(k, "is not a date (YYYY-MM-DD)") }
      return d
    }
    func int(_ k: String) throws(ToolkitError) -> Int64 {
      guard let v = o[k] else { throw fail(k, "is missing") }
      guard let i = v.intValue else { throw fail(k, "is not a whole number") }
      return i
    }
    func optionalNumber(_ k: String) throws(ToolkitError) -> Double? {
      guard let v = o[k], !v.isNull else { return nil }
      if let d = v.doubleValue { return d }
      if let s = v.stringValue { if s.isEmpty { return nil }; if let d = Double(s), d.isFinite { return d } }
      throw fail(k, "is not a finite number")
    }
  }
}
