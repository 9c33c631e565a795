/// The record contract as the ledger applies it on import: validation issues of a record
/// and the ids it refers to. (Temporary minimal version; the full specs replace it.)
public struct ContractIssue: Sendable, Equatable {
  public let field: String
  public let message: String
}

public enum RecordContract {
  public static func issues(_ o: JSONObject) -> [ContractIssue] {
    guard let k = o["kind"] else { return [ContractIssue(field: "kind", message: "missing field 'kind'")] }
    guard let name = k.stringValue, let kind = RecordKind(name: name) else {
      return [ContractIssue(field: "kind", message: "unknown kind")]
    }
    _ = kind
    guard let id = o["id"]?.stringValue, !id.isEmpty else {
      return [ContractIssue(field: "id", message: "missing field 'id'")]
    }
    return []
  }

  public static func references(_ o: JSONObject) -> [(field: String, kind: RecordKind, id: String)] {
    guard let kind = o.string("kind").flatMap(RecordKind.init(name:)), let table = StateTables.current[kind] else { return [] }
    return table.columns.compactMap { c in
      guard let r = c.references, c.path.count == 1, let id = o.string(c.name) else { return nil }
      return (c.name, r, id)
    }
  }
}
