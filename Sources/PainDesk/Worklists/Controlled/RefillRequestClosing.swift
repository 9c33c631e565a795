/// `refill-check close`: a refill request leaves the queue with the status the office
/// records (approved, denied, cancelled, filled), the day, and an optional note.
public enum RefillRequestClosing {
  /// The request as closed; the note replaces an earlier status note, or is left out.
  public static func closed(_ request: JSONObject, as status: RefillRequestStatus, on day: LocalDate, note: String?) -> JSONObject {
    var r = request
    r["status"] = .string(status.rawValue)
    r["closed_on"] = .string(day.description)
    if let note { r["status_note"] = .string(note) }
    return r
  }

  /// Closes each request in one write (read and written in one transaction); an unknown
  /// id is exit 66 naming it, and nothing is written.
  public static func close(
    ids: [String], as status: RefillRequestStatus, on day: LocalDate, note: String?, ledger: Ledger,
    actor: String, tool: String, at: String, dryRun: Bool
  ) throws(ToolkitError) -> [JSONObject] {
    try ledger.update(.refillRequest, ids: ids, actor: actor, tool: tool, at: at, dryRun: dryRun) { r in
      closed(r, as: status, on: day, note: note)
    }
  }
}
