/// One change asked of one stored record: the record's id, where the change was asked for
/// (`file:line`, or nil for flags) and the change itself.
public struct StoredRecordChange<Change> {
  public var id: String
  public var place: String?
  public var change: Change

  public init(id: String, place: String? = nil, change: Change) {
    self.id = id
    self.place = place
    self.change = change
  }
}

extension RecordImporter {
  /// Applies changes to stored records of `kind` and stores the results, in one IMMEDIATE
  /// transaction (`update`): the changes are applied in input order, several to one record
  /// each to the result of the one before. `apply` returns the new record, or nil to leave
  /// it as it is. Returns each record named, as it is now, in the order first named.
  /// A record not in the ledger is a data error (65) naming the place, kind and id; an
  /// error of `apply` is prefixed with the place.
  public func change<Change>(
    _ kind: RecordKind, _ changes: [StoredRecordChange<Change>], source: String,
    apply: (Change, JSONObject) throws(ToolkitError) -> JSONObject?
  ) throws(ToolkitError) -> (records: [JSONObject], summary: ImportSummary) {
    try update(source: source) { stored throws(ToolkitError) in
      var current = try stored.byId(of: kind, ids: changes.map { ($0.id, $0.place) })
      var order: [String] = []
      var named = Set<String>()
      for c in changes {
        guard let record = current[c.id] else { continue }
        do throws(ToolkitError) {
          if let next = try apply(c.change, record) { current[c.id] = next }
        } catch {
          throw ToolkitError(error.status, (c.place.map { "\($0): " } ?? "") + error.message, detail: error.detail)
        }
        if named.insert(c.id).inserted { order.append(c.id) }
      }
      return order.compactMap { current[$0] }
    }
  }
}
