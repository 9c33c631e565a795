/// `recall-scan log`: outreach attempts as `outreach` records with ids derived from what
/// they are (patient, date, purpose, channel), so logging the same attempt again is one
/// event, and a corrected result is an update of it (design.md §3).
public enum OutreachLog {
  public static func derivedId(patient: String, date: String, purpose: String, channel: String) -> String {
    "\(patient)-outreach-\(date)-\(purpose)-\(channel)"
  }

  /// An outreach record from the flags.
  public static func record(
    patient: String, date: LocalDate, channel: ContactChannel, result: OutreachResult, purpose: OutreachPurpose
  ) -> JSONObject {
    JSONObject([
      ("kind", "outreach"),
      ("id", .string(derivedId(patient: patient, date: date.description, purpose: purpose.rawValue, channel: channel.rawValue))),
      ("patient_id", .string(patient)), ("date", .string(date.description)), ("channel", .string(channel.rawValue)),
      ("purpose", .string(purpose.rawValue)), ("result", .string(result.rawValue)),
    ])
  }

  /// A record read from stdin, completed: `kind` defaults to `outreach`, `purpose` to
  /// `recall`, `date` to --as-of, and `id` is derived when absent. Anything else is left
  /// for the importer's validation.
  public static func complete(_ input: JSONObject, asOf: LocalDate) -> JSONObject {
    var o = input
    if o["kind"] == nil { o["kind"] = "outreach" }
    if o["purpose"] == nil { o["purpose"] = "recall" }
    if o["date"] == nil { o["date"] = .string(asOf.description) }
    if o["id"] == nil, let p = o.string("patient_id"), let d = o.string("date"), let u = o.string("purpose"),
      let c = o.string("channel")
    {
      o["id"] = .string(derivedId(patient: p, date: d, purpose: u, channel: c))
    }
    return o
  }
}
