/// One problem with a record. `field` is a path such as `items[0].cpt` or `address.state`.
/// Messages never quote a field's value: values may be PHI (names, dates of birth).
public struct RecordIssue: Sendable, Equatable, CustomStringConvertible {
  public let field: String
  public let message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }

  public var description: String { message }
}

/// Checks a record against its kind's spec (records.md). Unknown fields are allowed and
/// kept, as records pass through tools; `kind` and `id` are required on every record.
public enum RecordValidator {
  public static func validate(_ record: JSONObject) -> [RecordIssue] {
    var issues: [RecordIssue] = []
    guard let kindValue = record["kind"] else {
      issues.append(RecordIssue(field: "kind", message: "missing field 'kind' (the kinds: 'paindesk schema', or man paindesk-records)"))
      return issues
    }
    guard case .string(let name) = kindValue else {
      issues.append(RecordIssue(field: "kind", message: "'kind' must be a string, found \(kindValue.typeName)"))
      return issues
    }
    guard let kind = RecordKind(name: name) else {
      issues.append(RecordIssue(field: "kind", message: "unknown kind (the kinds: 'paindesk schema', or man paindesk-records)"))
      return issues
    }
    let spec = RecordSpecs.spec(for: kind)
    checkObject(record, fields: spec.sortedFields, prefix: nil, into: &issues)
    for rule in spec.rules { check(rule, record, into: &issues) }
    return issues
  }

  /// The ids a record points at, for the ledger's referential check.
  public static func references(of record: JSONObject) -> [(field: String, kind: RecordKind, id: String)] {
    RecordSpecs.references(of: record)
  }


  // MARK: - Fields

  @inline(__always)
  private static func join(_ prefix: String?, _ name: String) -> String {
    guard let prefix else { return name }
    return prefix + "." + name
  }

  /// Walks the record's sorted members and the spec's sorted fields together.
  private static func checkObject(
    _ object: JSONObject, fields: [FieldSpec], prefix: String?, into issues: inout [RecordIssue]
  ) {
    let members = object.members
    var m = 0
    for field in fields {
      while m < members.count, JSONObject.keyPrecedes(members[m].key, field.name) { m += 1 }
      if m < members.count, members[m].key == field.name {
        let value = members[m].value
        m += 1
        if case .null = value, !field.required {
          let path = join(prefix, field.name)
          issues.append(RecordIssue(field: path, message: "'\(path)' is null; leave an optional field out instead"))
          continue
        }
        if field.required, case .array(let items) = value, items.isEmpty {
          let path = join(prefix, field.name)
          issues.append(RecordIssue(field: path, message: "'\(path)' is empty; it needs at least one element"))
          continue
        }
        checkValue(value, field: field, type: field.type, path: join(prefix, field.name), into: &issues)
      } else if field.required {
        let path = join(prefix, field.name)
        issues.append(RecordIssue(field: path, message: "missing required field '\(path)'"))
      }
    }
  }

  private static func mismatch(_ path: String, _ expected: String, _ value: JSONValue) -> RecordIssue {
    RecordIssue(field: path, message: "'\(path)' must be \(expected), found \(value.typeName)")
  }

  private static func outOfRange(_ path: String, _ range: NumericRange) -> RecordIssue {
    RecordIssue(field: path, message: "'\(path)' must be \(range.summary)")
  }

  private static func checkValue(
    _ value: JSONValue, field: FieldSpec, type: FieldType, path: @autoclosure () -> String,
    into issues: inout [RecordIssue]
  ) {
    switch type {
    case .any:
      return
    case .string:
      guard case .string(let s) = value else { return issues.append(mismatch(path(), "a string", value)) }
      if let format = field.format { checkFormat(s, format, path(), into: &issues) }
    case .int:
      guard case .int(let n) = value else { return issues.append(mismatch(path(), "an integer", value)) }
      if let range = field.range, !range.contains(n) { issues.append(outOfRange(path(), range)) }
    case .number:
      switch value {
      case .int(let n): if let range = field.range, !range.contains(n) { issues.append(outOfRange(path(), range)) }
      case .double(let d): if let range = field.range, !range.contains(d) { issues.append(outOfRange(path(), range)) }
      case .bigInteger: issues.append(outOfRange(path(), field.range ?? .exact))
      default: issues.append(mismatch(path(), "a number", value))
      }
    case .bool:
      guard case .bool = value else { return issues.append(mismatch(path(), "true or false", value)) }
    case .cents:
      let range = field.range ?? .cents
      guard case .int(let n) = value, range.contains(n) else {
        let p = path()
        return issues.append(RecordIssue(field: p, message: "'\(p)' must be an integer number of cents \(range.summary)"))
      }
    case .date:
      guard case .string(let s) = value else { return issues.append(mismatch(path(), "a date string (YYYY-MM-DD)", value)) }
      let check = FieldChecks.bytes(s) { p in p.count == 10 ? FieldChecks.checkDate(p) : .badShape }
      report(check, path(), shape: "a date (YYYY-MM-DD)", into: &issues)
    case .instant:
      guard case .string(let s) = value else { return issues.append(mismatch(path(), "an instant string", value)) }
      let check = FieldChecks.bytes(s) { FieldChecks.checkInstant($0, localAllowed: false) }
      report(check, path(), shape: "an RFC 3339 instant (YYYY-MM-DDTHH:MM:SSZ or with an offset)", into: &issues)
    case .localDateTime:
      guard case .string(let s) = value else { return issues.append(mismatch(path(), "a date-time string", value)) }
      let check = FieldChecks.bytes(s) { FieldChecks.checkInstant($0, localAllowed: true) }
      report(check, path(), shape: "a local date-time (YYYY-MM-DDTHH:MM) or an instant with an offset", into: &issues)
    case .enumeration(let allowed):
      guard case .string(let s) = value else { return issues.append(mismatch(path(), "a string", value)) }
      for a in allowed where a == s { return }
      let p = path()
      issues.append(RecordIssue(field: p, message: "'\(p)' must be one of: " + allowed.joined(separator: ", ")))
    case .array(let element):
      guard case .array(let items) = value else { return issues.append(mismatch(path(), "an array", value)) }
      if let limit = field.itemCount, !limit.contains(items.count) {
        let p = path()
        issues.append(RecordIssue(field: p, message: "'\(p)' must hold \(limit.lowerBound) to \(limit.upperBound) elements"))
      }
      for (k, item) in items.enumerated() {
        checkValue(item, field: field, type: element, path: path() + "[\(k)]", into: &issues)
      }
    case .object(let fields):
      guard case .object(let o) = value else { return issues.append(mismatch(path(), "an object", value)) }
      // FieldSpec keeps nested fields in canonical key order.
      checkObject(o, fields: fields, prefix: path(), into: &issues)
    }
  }

  private static func report(_ check: FieldChecks.DateCheck, _ path: String, shape: String, into issues: inout [RecordIssue]) {
    switch check {
    case .ok: return
    case .badShape: issues.append(RecordIssue(field: path, message: "'\(path)' is not \(shape)"))
    case .notOnCalendar: issues.append(RecordIssue(field: path, message: "'\(path)' is not a real calendar date"))
    }
  }

  private static func checkFormat(_ s: String, _ format: FieldFormat, _ path: String, into issues: inout [RecordIssue]) {
    let problem: String?
    switch format {
    case .recordId:
      switch FieldChecks.checkId(s) {
      case .ok: problem = nil
      case .empty: problem = "is empty"
      case .tooLong: problem = "is longer than \(FieldChecks.maxIdLength) characters"
      case .control: problem = "contains a control character or a bidirectional override; ids are plain text"
      }
    case .icd10: problem = FieldChecks.isICD10(s) ? nil : "is not an ICD-10-CM code (like M54.16)"
    case .cpt: problem = FieldChecks.isCPT(s) ? nil : "is not a CPT or HCPCS code (like 64483 or G0260)"
    case .npi:
      if !FieldChecks.hasNPIShape(s) {
        problem = "is not an NPI (10 digits)"
      } else {
        problem = FieldChecks.isNPI(s) ? nil : "fails the NPI check digit"
      }
    case .usState: problem = FieldChecks.isUSState(s) ? nil : "is not a 2-letter US state or territory code"
    case .ndc: problem = FieldChecks.isNDC(s) ? nil : "is not an NDC (10 or 11 digits, or 4-4-2, 5-3-2, 5-4-1, 5-4-2)"
    case .sha256: problem = FieldChecks.isSHA256(s) ? nil : "is not a SHA-256 hash (64 lowercase hex digits)"
    case .rxnorm: problem = FieldChecks.digits(s, min: 1, max: 10) ? nil : "is not an RxCUI (1 to 10 digits)"
    case .snomed: problem = FieldChecks.digits(s, min: 6, max: 18) ? nil : "is not a SNOMED CT id (6 to 18 digits)"
    case .placeOfService: problem = FieldChecks.digits(s, min: 2, max: 2) ? nil : "is not a CMS place-of-service code (2 digits)"
    case .zip: problem = FieldChecks.isZIP(s) ? nil : "is not a ZIP code (5 digits or ZIP+4)"
    case .documentPath:
      switch FieldChecks.checkDocumentPath(s) {
      case .ok: problem = nil
      case .absolute: problem = "is an absolute path; give the path relative to the documents folder"
      case .emptyComponent: problem = "has an empty component (empty, '//' or a trailing '/')"
      case .parent: problem = "has a '..' component; a document stays inside the documents folder"
      case .control: problem = "contains a control character"
      }
    }
    if let problem { issues.append(RecordIssue(field: path, message: "'\(path)' \(problem)")) }
  }

  // MARK: - Cross-field rules

  private static func check(_ rule: CrossFieldRule, _ record: JSONObject, into issues: inout [RecordIssue]) {
    switch rule.check {
    case .atLeastOne(let names):
      for n in names where record.has(n) { return }
      let list = names.map { "'\($0)'" }.joined(separator: " or ")
      issues.append(RecordIssue(field: names[0], message: "missing field: needs \(list)"))
    case .ordered(let first, let second):
      guard case .string(let a)? = record[first], case .string(let b)? = record[second] else { return }
      // Dates compare as text; instants (which may carry offsets) as instants.
      let before: Bool
      if FieldChecks.isDate(a), FieldChecks.isDate(b) {
        before = JSONObject.keyPrecedes(b, a)
      } else if let x = Instant(a), let y = Instant(b) {
        before = y < x
      } else {
        return
      }
      if before {
        issues.append(RecordIssue(field: second, message: "'\(second)' is before '\(first)'"))
      }
    case .uniqueKey(let array, let key):
      guard case .array(let items)? = record[array], items.count > 1 else { return }
      var seen: Set<JSONValue> = []
      for (k, item) in items.enumerated() {
        guard case .object(let o) = item, let v = o[key] else { continue }
        if !seen.insert(v).inserted {
          let path = "\(array)[\(k)].\(key)"
          issues.append(RecordIssue(field: path, message: "'\(path)' repeats an earlier '\(key)'; each must be unique"))
        }
      }
    case .orderedEach(let first, let array, let key):
      guard case .string(let a)? = record[first], FieldChecks.isDate(a), case .array(let items)? = record[array] else { return }
      for (k, item) in items.enumerated() {
        guard case .object(let o) = item, case .string(let b)? = o[key], FieldChecks.isDate(b),
          JSONObject.keyPrecedes(b, a)
        else { continue }
        let path = "\(array)[\(k)].\(key)"
        issues.append(RecordIssue(field: path, message: "'\(path)' is before '\(first)'"))
      }
    case .requiredUnless(let field, let whenField, let value):
      guard !record.has(field), case .string(let w)? = record[whenField], w != value else { return }
      issues.append(RecordIssue(field: field, message: "missing field '\(field)' (required unless '\(whenField)' is '\(value)')"))
    case .onlyWhen(let field, let whenField, let value):
      guard record.has(field), case .string(let w)? = record[whenField], w != value else { return }
      issues.append(RecordIssue(field: field, message: "'\(field)' is allowed only when '\(whenField)' is '\(value)'"))
    case .rangeBy(let field, let byField, let ranges):
      // A field already reported (wrong type, off every scale) is not reported twice.
      guard !issues.contains(where: { $0.field == field }), case .string(let by)? = record[byField],
        let range = ranges[by], let value = record[field]
      else { return }
      let inside: Bool
      switch value {
      case .int(let n): inside = range.contains(n)
      case .double(let d): inside = range.contains(d)
      default: return
      }
      if !inside {
        issues.append(RecordIssue(field: field, message: "'\(field)' must be \(range.summary) on the '\(by)' scale"))
      }
    }
  }
}
