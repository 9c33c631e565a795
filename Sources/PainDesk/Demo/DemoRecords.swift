/// The shared state of one demo generation: the as-of date, the per-kind random streams,
/// the typed facts later generators build on, and the records emitted so far per kind.
/// Single-threaded and short-lived; never shared across tasks.
final class DemoBuilder {
  let seed: UInt64
  let asOf: DemoDate
  /// The first day of the 12 months of history.
  let historyStart: DemoDate

  var providers: [DemoProvider] = []
  var locations: [DemoLocation] = []
  var payers: [DemoPayer] = []
  var patients: [DemoPatient] = []
  var documents = 0
  /// Document ids per patient, in the order written (a lookup table, never iterated).
  var documentsByPatient: [String: [String]] = [:]
  var procedures: [DemoProcedure] = []
  /// ICD-10 codes per patient (lookup only).
  var diagnosisCodes: [String: [String]] = [:]
  /// Auth numbers per auth id (lookup only).
  var authNumbers: [String: String] = [:]
  var auths: [DemoAuth] = []
  var prescriptions: [DemoPrescription] = []
  var screens: [DemoScreen] = []
  var visits: [DemoVisit] = []
  var claimDenials: [DemoClaimDenial] = []
  /// Intake status per referred patient (lookup only).
  var intakeStatus: [String: String] = [:]
  /// The procedure appointment cancelled yesterday, whose slot the waitlist should fill.
  var openedSlot: DemoVisit?

  private var records: [RecordKind: [JSONObject]] = [:]
  private var streams: [String: DemoRandom] = [:]

  init(seed: UInt64, asOf: DemoDate) {
    self.seed = seed
    self.asOf = asOf
    historyStart = asOf - 365
  }

  /// The random stream of `kind` (or of a planning step that is not a kind).
  func rng(_ kind: RecordKind) -> DemoRandom { rng(named: kind.rawValue) }

  func rng(named name: String) -> DemoRandom {
    if let r = streams[name] { return r }
    let r = DemoRandom(seed: seed, stream: name)
    streams[name] = r
    return r
  }

  /// Adds a record; nil fields are left out.
  @discardableResult
  func emit(_ kind: RecordKind, _ id: String, _ fields: KeyValuePairs<String, JSONValue?>)
    -> JSONObject
  {
    var o = JSONObject()
    o["kind"] = .string(kind.rawValue)
    o["id"] = .string(id)
    // `v != nil` would compare with JSON null (JSONValue is nil-literal expressible).
    for (k, v) in fields { if let v { o[k] = v } }
    records[kind, default: []].append(o)
    return o
  }

  func count(_ kind: RecordKind) -> Int { records[kind]?.count ?? 0 }

  /// The next sequential id of `kind`: `AS00042`.
  func nextID(_ kind: RecordKind, _ prefix: String, width: Int = 5) -> String {
    demoID(prefix, count(kind) + 1, width: width)
  }

  /// Every record, kinds in dependency order (`RecordKind.stored`), each kind in the
  /// order it was generated.
  func all() -> [JSONObject] { RecordKind.stored.flatMap { records[$0] ?? [] } }

  /// Patient ids are `P` + their 1-based position.
  func patient(_ id: String) -> DemoPatient { patients[Int(id.dropFirst())! - 1] }

  func payer(_ id: String) -> DemoPayer { payers.first { $0.id == id }! }
  func location(_ id: String) -> DemoLocation { locations.first { $0.id == id }! }
}

/// Short constructors for record fields, so generators read like the records they write.
extension JSONValue {
  static func str(_ s: String?) -> JSONValue? { s.map { .string($0) } }
  static func num(_ n: Int?) -> JSONValue? { n.map { .int(Int64($0)) } }
  static func dbl(_ d: Double?) -> JSONValue? { d.map { JSONValue.number($0) } }
  static func date(_ d: DemoDate?) -> JSONValue? { d.map { .string($0.text) } }
  static func flag(_ b: Bool?) -> JSONValue? { b.map { .bool($0) } }
  static func strs(_ a: [String]?) -> JSONValue? { a.map { .array($0.map { .string($0) }) } }
  static func objs(_ a: [JSONObject]?) -> JSONValue? { a.map { .array($0.map { .object($0) }) } }
  static func obj(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    var o = JSONObject()
    for (k, v) in pairs { if let v { o[k] = v } }
    return .object(o)
  }
}

/// Four-digit style ids: `P0001`, `A0042`.
func demoID(_ prefix: String, _ n: Int, width: Int = 4) -> String {
  prefix + DemoDate.pad(n, width)
}

extension DemoBuilder {
  /// The ICD-10 codes a patient's requests cite, from the diagnosis plan.
  func patientCodes(_ patientID: String) -> [String] {
    diagnosisCodes[patientID] ?? ["G89.29"]
  }
}
