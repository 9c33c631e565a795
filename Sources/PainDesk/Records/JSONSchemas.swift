/// JSON Schemas (draft 2020-12) generated from `RecordSpecs`, so the schemas that
/// `paindesk schema` prints and the Swift validator cannot drift apart.
///
/// Shapes a schema cannot say with standard keywords are given twice: as a `pattern`
/// that any validator checks, and as a `format` naming the exact rule (`npi` adds the
/// check digit; `date` a real calendar day). Rules across fields that JSON Schema cannot
/// express (date order, unique item numbers) are listed in `x-paindesk-rules`.
public enum JSONSchemas {
  public static let dialect = "https://json-schema.org/draft/2020-12/schema"
  public static let baseURI = "https://paindesk.invalid/schema/"

  public static func schema(for kind: RecordKind) -> JSONValue {
    let spec = RecordSpecs.spec(for: kind)
    var o = objectSchema(spec.fields)
    o["$schema"] = .string(dialect)
    o["$id"] = .string(baseURI + kind.rawValue + ".json")
    o["title"] = .string(kind.rawValue)
    o["description"] = .string(spec.summary)
    var properties = o["properties"]?.objectValue ?? JSONObject()
    properties["kind"] = ["const": .string(kind.rawValue), "description": "the record kind"]
    o["properties"] = .object(properties)
    var required = o["required"]?.arrayValue ?? []
    required.insert("kind", at: 0)
    o["required"] = .array(required)
    var allOf: [JSONValue] = []
    var custom: [JSONValue] = []
    for rule in spec.rules {
      switch rule.check {
      case .atLeastOne(let names):
        allOf.append(["anyOf": .array(names.map { ["required": [.string($0)]] })])
      case .requiredUnless(let field, let whenField, let value):
        let condition: JSONValue = ["const": .string(value)]
        let ifPart: JSONValue = ["properties": .object(JSONObject([(whenField, condition)])), "required": [.string(whenField)]]
        allOf.append(["if": ifPart, "else": ["required": [.string(field)]]])
      case .onlyWhen(let field, let whenField, let value):
        let condition: JSONValue = ["not": ["const": .string(value)]]
        let ifPart: JSONValue = ["properties": .object(JSONObject([(whenField, condition)])), "required": [.string(whenField)]]
        allOf.append(["if": ifPart, "then": ["not": ["required": [.string(field)]]]])
      case .ordered(let first, let second):
        custom.append(["name": .string(rule.name), "ordered": [.string(first), .string(second)]])
      case .uniqueKey(let array, let key):
        custom.append(["name": .string(rule.name), "unique_key": [.string(array), .string(key)]])
      case .orderedEach(let first, let array, let key):
        custom.append(["name": .string(rule.name), "ordered_each": [.string(first), .string(array), .string(key)]])
      case .rangeBy(let field, let byField, let ranges):
        for value in ranges.keys.sorted() {
          let condition: JSONValue = ["const": .string(value)]
          let ifPart: JSONValue = ["properties": .object(JSONObject([(byField, condition)])), "required": [.string(byField)]]
          let thenPart: JSONValue = ["properties": .object(JSONObject([(field, .object(rangeSchema(ranges[value]!)))]))]
          allOf.append(["if": ifPart, "then": thenPart])
        }
      }
    }
    if !allOf.isEmpty { o["allOf"] = .array(allOf) }
    if !custom.isEmpty { o["x-paindesk-rules"] = .array(custom) }
    return .object(o)
  }

  /// Every kind's schema, keyed by kind name.
  public static func all() -> JSONValue {
    .object(JSONObject(RecordKind.allCases.map { ($0.rawValue, schema(for: $0)) }))
  }

  // MARK: - Pieces

  private static func objectSchema(_ fields: [FieldSpec]) -> JSONObject {
    var properties = JSONObject()
    var required: [JSONValue] = []
    for f in fields {
      properties[f.name] = .object(fieldSchema(f))
      if f.required { required.append(.string(f.name)) }
    }
    var o: JSONObject = ["type": "object", "additionalProperties": true]
    o["properties"] = .object(properties)
    if !required.isEmpty { o["required"] = .array(required) }
    return o
  }

  private static func fieldSchema(_ f: FieldSpec) -> JSONObject {
    var o = typeSchema(f.type, format: f.format, references: f.references, range: f.range)
    if let count = f.itemCount {
      o["minItems"] = .int(Int64(count.lowerBound))
      o["maxItems"] = .int(Int64(count.upperBound))
    }
    var doc = f.doc
    if let r = f.references, doc.isEmpty { doc = "id of a \(r.rawValue)" }
    if !doc.isEmpty { o["description"] = .string(doc) }
    if f.required, case .array = f.type { o["minItems"] = 1 }
    return o
  }

  /// Components that are not empty and not `..`, joined by `/`, with no control character.
  private static let pathChar = "[^/\\u0000-\\u001F\\u007F]"
  private static let pathComponent = "([^/.\\u0000-\\u001F\\u007F]\(pathChar)*|\\.|\\.[^/.\\u0000-\\u001F\\u007F]\(pathChar)*|\\.\\.\(pathChar)+)"
  static let documentPathPattern = "^\(pathComponent)(/\(pathComponent))*$"

  static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
  private static let dateBody = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
  private static let hm = "([01][0-9]|2[0-3]):[0-5][0-9]"
  private static let zone = "(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
  static let instantPattern = "^\(dateBody)T\(hm):[0-5][0-9](\\.[0-9]+)?\(zone)$"
  static let localDateTimePattern = "^\(dateBody)T\(hm)(:[0-5][0-9](\\.[0-9]+)?)?\(zone)?$"

  /// `minimum`/`maximum` (`exclusiveMinimum` for a strength) of a numeric range.
  private static func rangeSchema(_ range: NumericRange) -> JSONObject {
    var o = JSONObject()
    o[range.minimumExcluded ? "exclusiveMinimum" : "minimum"] = .int(range.minimum)
    o["maximum"] = .int(range.maximum)
    return o
  }

  private static func typeSchema(
    _ type: FieldType, format: FieldFormat?, references: RecordKind?, range: NumericRange?
  ) -> JSONObject {
    switch type {
    case .any: return JSONObject()
    case .string:
      var o: JSONObject = ["type": "string"]
      if let format { o.merge(formatSchema(format)) }
      if let references { o["x-paindesk-references"] = .string(references.rawValue) }
      return o
    case .int, .number, .cents:
      var o: JSONObject = ["type": type == .number ? "number" : "integer"]
      o.merge(rangeSchema(range ?? NumericRange.standard(forField: "", type: type) ?? .exact))
      return o
    case .bool: return ["type": "boolean"]
    case .date:
      return ["type": "string", "format": "date", "pattern": .string(datePattern)]
    case .instant:
      return ["type": "string", "format": "date-time", "pattern": .string(instantPattern)]
    case .localDateTime:
      return ["type": "string", "format": "paindesk-local-date-time", "pattern": .string(localDateTimePattern)]
    case .enumeration(let values):
      return ["type": "string", "enum": .array(values.map { .string($0) })]
    case .array(let element):
      return ["type": "array", "items": .object(typeSchema(element, format: format, references: references, range: range))]
    case .object(let fields):
      return objectSchema(fields)
    }
  }

  private static func formatSchema(_ format: FieldFormat) -> JSONObject {
    switch format {
    case .recordId:
      return ["minLength": 1, "maxLength": .int(Int64(FieldChecks.maxIdLength)), "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$"]
    case .icd10: return ["pattern": "^[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?$"]
    case .cpt: return ["pattern": "^([0-9]{4}[0-9FT]|[ABCEGHJKLMPQRSTUV][0-9]{4})$"]
    case .npi: return ["format": "paindesk-npi", "pattern": "^[0-9]{10}$"]
    case .usState: return ["enum": .array(FieldChecks.usStateCodes.map { .string($0) })]
    case .ndc:
      return [
        "pattern": "^([0-9]{10,11}|[0-9]{4}-[0-9]{4}-[0-9]{2}|[0-9]{5}-[0-9]{3}-[0-9]{2}|[0-9]{5}-[0-9]{4}-[0-9]{1,2})$",
      ]
    case .sha256: return ["pattern": "^[0-9a-f]{64}$"]
    case .rxnorm: return ["pattern": "^[0-9]{1,10}$"]
    case .snomed: return ["pattern": "^[0-9]{6,18}$"]
    case .placeOfService: return ["pattern": "^[0-9]{2}$"]
    case .zip: return ["pattern": "^[0-9]{5}(-[0-9]{4})?$"]
    case .documentPath: return ["pattern": .string(documentPathPattern)]
    }
  }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }

  /// Adds or replaces the members of `other`.
  mutating func merge(_ other: JSONObject) {
    for m in other.members { self[m.key] = m.value }
  }
}
