/// The records of `Finding` and `Readiness` built by hand: `pa-submit --check` writes one
/// or more per request, and the generic `JSONValueEncoder` (a node and a dynamic cast per
/// field) was a tenth of its time. The same object the encoder gives (tested).
extension Finding {
  public var record: JSONObject {
    var o = JSONObject([
      ("kind", .string(kind.rawValue)), ("id", .string(id)), ("subject_kind", .string(subjectKind.rawValue)),
      ("subject_id", .string(subjectId)), ("rule", .string(rule)), ("source", .string(source)),
      ("severity", .string(severity.rawValue)), ("message", .string(message)),
    ])
    if let evidence { o["evidence"] = evidence }
    return o
  }
}

extension Readiness {
  public var record: JSONObject {
    JSONObject([
      ("kind", .string(kind.rawValue)), ("id", .string(id)), ("auth_id", .string(authId)), ("ready", .bool(ready)),
      ("pa_required", .bool(paRequired)), ("blocking", .int(Int64(blocking))), ("warnings", .int(Int64(warnings))),
    ])
  }
}
