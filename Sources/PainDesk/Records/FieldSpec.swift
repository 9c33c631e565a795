/// The record contract as data (records.md): one description of every kind drives the
/// validator, the JSON Schemas, the man page and the drift tests, so they cannot disagree.

/// The JSON shape of a field's value.
public indirect enum FieldType: Sendable, Equatable {
  case string
  /// A JSON number with an integral value.
  case int
  /// Any JSON number.
  case number
  case bool
  /// A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not).
  case date
  /// An RFC 3339 date-time with `Z` or a numeric offset.
  case instant
  /// A local `YYYY-MM-DDTHH:MM[:SS]` in the clinic's time zone, or an instant.
  case localDateTime
  /// Money as a non-negative integer number of cents.
  case cents
  /// One of a fixed list of lower snake_case strings.
  case enumeration([String])
  case array(FieldType)
  /// A nested object; its unknown members are kept, like a record's.
  case object([FieldSpec])
  /// Any JSON value.
  case any

  /// A short name for messages and the man page.
  public var displayName: String {
    switch self {
    case .string: return "str"
    case .int: return "int"
    case .number: return "number"
    case .bool: return "bool"
    case .date: return "date"
    case .instant: return "instant"
    case .localDateTime: return "local date-time"
    case .cents: return "cents"
    case .enumeration: return "enum"
    case .array(let t): return "[" + t.displayName + "]"
    case .object: return "object"
    case .any: return "any"
    }
  }

  /// Nested object fields in canonical key order, so the validator can walk an object's
  /// sorted members and the fields together.
  var canonical: FieldType {
    switch self {
    case .array(let t): return .array(t.canonical)
    case .object(let fs): return .object(fs.sorted { JSONObject.keyPrecedes($0.name, $1.name) })
    default: return self
    }
  }

  /// An enumeration of the raw values of a Swift enum, so the typed views and the specs
  /// share one list.
  public static func oneOf<E: CaseIterable & RawRepresentable>(_: E.Type) -> FieldType
  where E.RawValue == String {
    .enumeration(E.allCases.map(\.rawValue))
  }
}

/// A code or identifier shape checked on top of a string field.
public enum FieldFormat: String, Sendable, CaseIterable {
  /// A record id: 1 to 200 characters, no control character and no bidi override.
  case recordId = "record-id"
  /// ICD-10-CM code shape (CDC/CMS ICD-10-CM tabular list): letter, digit, alphanumeric,
  /// then optionally '.' and 1 to 4 alphanumerics (M54.16, G89.29, M47.816).
  case icd10
  /// CPT (5 digits; Category II `dddd F`, Category III `dddd T`) or HCPCS Level II (a
  /// section letter and 4 digits, G0260).
  case cpt
  /// National Provider Identifier: 10 digits with a Luhn check digit (CMS).
  case npi
  /// A USPS 2-letter code of a state, DC or a territory.
  case usState = "us-state"
  /// National Drug Code (FDA): 10 or 11 digits, or hyphenated 4-4-2, 5-3-2, 5-4-1, 5-4-2.
  case ndc
  /// 64 lowercase hex digits.
  case sha256
  /// An RxNorm concept id (RxCUI): 1 to 10 digits.
  case rxnorm
  /// A SNOMED CT concept id (SCTID): 6 to 18 digits.
  case snomed
  /// A CMS place-of-service code: 2 digits.
  case placeOfService = "pos"
  /// A US ZIP or ZIP+4 code.
  case zip
  /// A file in the documents folder: a relative path with no empty, `..` or control-
  /// character component, so it cannot name a file outside the folder.
  case documentPath = "document-path"
}

/// One field of a kind (or of a nested object).
public struct FieldSpec: Sendable, Equatable {
  public let name: String
  public let type: FieldType
  public let required: Bool
  public let doc: String
  public let format: FieldFormat?
  /// The kind a `*_id` field points at (for an array, each element does).
  public let references: RecordKind?
  /// The values a numeric field (or each number of a list) may hold; records.md gives
  /// every numeric field one (`NumericRange.standard`).
  public let range: NumericRange?
  /// How many elements a list may hold, when records.md limits it.
  public let itemCount: ClosedRange<Int>?

  public init(
    _ name: String, _ type: FieldType, required: Bool = true, format: FieldFormat? = nil,
    references: RecordKind? = nil, range: NumericRange? = nil, itemCount: ClosedRange<Int>? = nil,
    doc: String = ""
  ) {
    self.name = name
    self.type = type.canonical
    self.required = required
    self.doc = doc
    self.format = format
    self.references = references
    self.range = range ?? NumericRange.standard(forField: name, type: type)
    self.itemCount = itemCount
  }
}

/// A rule across fields of one record, named so a message or a schema can cite it.
public struct CrossFieldRule: Sendable, Equatable {
  public enum Check: Sendable, Equatable {
    /// At least one of the fields is present.
    case atLeastOne([String])
    /// When both are present, `first` is not after `second` (dates compare as text).
    case ordered(first: String, second: String)
    /// The objects of an array field have distinct values of `key`.
    case uniqueKey(array: String, key: String)
    /// The date `key` of each object of `array` is not before the date in `first` (a fill
    /// is not before the prescription was written).
    case orderedEach(first: String, array: String, key: String)
    /// `field` is required unless `whenField` equals `value`.
    case requiredUnless(field: String, whenField: String, equals: String)
    /// `field` may appear only when `whenField` equals `value`.
    case onlyWhen(field: String, whenField: String, equals: String)
    /// The number in `field` lies in the range given for the value of `byField` (a score
    /// on its instrument's scale).
    case rangeBy(field: String, byField: String, ranges: [String: NumericRange])
  }

  public let name: String
  public let check: Check

  public init(_ name: String, _ check: Check) {
    self.name = name
    self.check = check
  }

  /// One line for the man page and the schema description.
  public var summary: String {
    switch check {
    case .atLeastOne(let fs): return "at least one of " + fs.map { "'\($0)'" }.joined(separator: ", ")
    case .ordered(let a, let b): return "'\(a)' is not after '\(b)'"
    case .uniqueKey(let a, let k): return "'\(k)' is unique within '\(a)'"
    case .orderedEach(let f, let a, let k): return "each '\(a)[].\(k)' is not before '\(f)'"
    case .requiredUnless(let f, let w, let v): return "'\(f)' is required unless '\(w)' is '\(v)'"
    case .onlyWhen(let f, let w, let v): return "'\(f)' is allowed only when '\(w)' is '\(v)'"
    case .rangeBy(let f, let w, let ranges):
      let each = ranges.keys.sorted().map { "\($0) \(ranges[$0]!.minimum)-\(ranges[$0]!.maximum)" }
      return "'\(f)' lies on the scale of its '\(w)': " + each.joined(separator: ", ")
    }
  }
}

/// The contract of one kind.
public struct KindSpec: Sendable {
  public let kind: RecordKind
  public let summary: String
  /// The fields in the order of records.md, starting with `id` (`kind` is implicit).
  public let fields: [FieldSpec]
  public let rules: [CrossFieldRule]
  /// `fields` sorted by canonical key order, for a merge walk over a record's members.
  let sortedFields: [FieldSpec]

  public init(_ kind: RecordKind, _ summary: String, fields: [FieldSpec], rules: [CrossFieldRule] = []) {
    self.kind = kind
    self.summary = summary
    self.fields = fields
    self.rules = rules
    self.sortedFields = fields.sorted { JSONObject.keyPrecedes($0.name, $1.name) }
  }

  public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
}
