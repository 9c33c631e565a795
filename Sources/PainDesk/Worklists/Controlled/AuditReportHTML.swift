/// The audit as one printable, self-contained HTML page: a summary of gaps first, then a
/// page per patient (CSS page breaks), no scripts or outside resources.
public enum AuditReportHTML {
  public static func render(_ rows: [RxAudit], from: LocalDate, to: LocalDate, mmeTable: String) -> String {
    var h = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Controlled-substance audit \(from) to \(to)</title>
      <style>
      body{font-family:sans-serif;font-size:11pt;margin:2em}
      table{border-collapse:collapse;width:100%;margin:1em 0}
      th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}
      .gap{color:#a00}.ok{color:#060}
      .patient{page-break-before:always;break-before:page}
      </style></head><body>
      <h1>Controlled-substance prescriptions, \(from) to \(to)</h1>
      <p>Each prescription is judged by the records' own dates as of the day it was written; "entered" is when the record reached the ledger. MME table: \(esc(mmeTable)).</p>
      <h2>Summary of gaps</h2>

      """
    let withGaps = rows.filter { !$0.gaps.isEmpty }
    h += "<p>\(rows.count) prescription(s), \(withGaps.count) with gaps.</p>\n"
    if !withGaps.isEmpty {
      h += "<table><tr><th>Patient</th><th>Rx</th><th>Written</th><th>Gaps</th></tr>\n"
      for r in withGaps {
        h += "<tr><td>\(esc(r.patientId))</td><td>\(esc(r.rxId))</td><td>\(r.writtenOn)</td><td class=\"gap\">\(r.gaps.map(esc).joined(separator: "<br>"))</td></tr>\n"
      }
      h += "</table>\n"
    }
    let byPatient = Dictionary(grouping: rows, by: \.patientId)
    for p in byPatient.keys.sorted() {
      h += "<section class=\"patient\"><h2>Patient \(esc(p))</h2>\n"
      for r in byPatient[p]! {
        h += "<h3>\(esc(r.rxId)): \(esc(r.drug)) (\(r.schedule.rawValue.uppercased())), written \(r.writtenOn) by \(esc(r.prescriberId))</h3>\n<table>\n"
        h += "<tr><th>Evidence</th><th>Record</th><th>Business date</th><th>Entered</th></tr>\n"
        h += line("PDMP check", r.pdmpCheckId, r.pdmpCheckedOn.map { "\($0) by \(r.pdmpCheckedBy ?? "?")" }, r.pdmpEnteredAt)
        h += line("Drug screen", r.udsId, r.udsCollectedOn.map { "collected \($0), reviewed \(r.udsReviewedOn ?? "no")" }, r.udsEnteredAt)
        h += line("Treatment agreement", r.agreementId, r.agreementSignedOn.map { "signed \($0)" }, r.agreementEnteredAt)
        h += line("Last visit", r.lastVisitOn == nil ? nil : "visit", r.lastVisitOn, nil)
        h += line("Prescription", r.rxId, r.writtenOn, r.rxEnteredAt)
        h += "<tr><td>MME/day at the time</td><td colspan=\"3\">\(RefillChecker.format(r.mmePerDay))</td></tr>\n</table>\n"
        h += r.gaps.isEmpty ? "<p class=\"ok\">No gaps.</p>\n" : "<ul class=\"gap\">" + r.gaps.map { "<li>\(esc($0))</li>" }.joined() + "</ul>\n"
      }
      h += "</section>\n"
    }
    return h + "</body></html>\n"
  }

  private static func line(_ what: String, _ id: String?, _ date: String?, _ at: String?) -> String {
    guard let id else { return "<tr><td>\(what)</td><td class=\"gap\" colspan=\"3\">none</td></tr>\n" }
    return "<tr><td>\(what)</td><td>\(esc(id))</td><td>\(esc(date ?? ""))</td><td>\(esc(at ?? ""))</td></tr>\n"
  }

  static func esc(_ s: String) -> String {
    HTMLText.escape(s)
  }
}
