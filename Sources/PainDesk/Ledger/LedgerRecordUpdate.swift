/// Changes to records the ledger holds, read and written in one IMMEDIATE transaction, so
/// no other writer comes between the read and the write (style.md "Changes to existing
/// records").
extension Ledger {
  /// Applies `change` to the current record of each id and records an `update` event for
  /// each one it changed (an unchanged one adds nothing); returns the records as changed.
  /// An id not in the ledger, or void, is exit 66 naming it, and nothing is written; a
  /// changed record that fails validation is 65.
  public func update(
    _ kind: RecordKind, ids: [String], actor: String, tool: String, at: String, dryRun: Bool,
    _ change: (JSONObject) throws(ToolkitError) -> JSONObject
  ) throws(ToolkitError) -> [JSONObject] {
    try writeBatch(dryRun: dryRun) { db in
      let writer = try EventWriter(db: db, at: at, actor: actor, tool: tool)
      var out: [JSONObject] = []
      for id in ids {
        guard let current = try writer.currentObject(kind: kind, id: id), !current.voided else {
          throw ToolkitError(.noInput, "no \(kind.rawValue) '\(id)' in the ledger: check the id ('paindesk export --kind \(kind.rawValue)'); nothing was written")
        }
        let changed = try change(current.object)
        if let issue = RecordValidator.validate(changed).first {
          throw ToolkitError(.dataError, "\(kind.rawValue) '\(id)': \(issue.message)")
        }
        if changed != current.object { try writer.store(action: "update", kind: kind, id: id, object: changed) }
        out.append(changed)
      }
      try writer.finish()
      return out
    }
  }
}
