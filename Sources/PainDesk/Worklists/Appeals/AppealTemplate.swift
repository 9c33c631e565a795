import Foundation

/// A letter template with `{{name}}` placeholders, filled by plain substitution: no
/// logic, no free text. A clinic overrides the shipped templates by putting files of
/// the same names in its templates folder (`--templates DIR`, else the config setting
/// `appeal.templates`). An unknown placeholder is an error, so a typo is never sent.
public struct AppealTemplate: Sendable {
  public let name: String
  public let text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// The placeholders the templates may use.
  public static let placeholders = [
    "date", "denial_id", "patient_id", "payer_id", "payer_name", "provider_id", "auth_id", "claim_id",
    "notice_date", "received_on", "level", "deadline", "deadline_rule", "deadline_source", "carc", "rarc",
    "hcr01", "reason", "category", "route", "services", "diagnoses", "criteria", "open_findings",
    "exhibits", "missing", "case_summary",
  ]

  /// Fills every `{{name}}`; throws naming the first unknown one.
  public func render(_ values: [String: String]) throws(ToolkitError) -> String {
    var out = ""
    var rest = Substring(text)
    while let open = rest.range(of: "{{") {
      out += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}") else {
        out += rest[open.lowerBound...]
        return out
      }
      let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      guard let v = values[key] else {
        throw ToolkitError(.config, "template '\(name)': unknown placeholder '{{\(key)}}' (see appeal-pack(1))")
      }
      out += v
      rest = rest[close.upperBound...]
    }
    return out + rest
  }

  /// The template `name` from `folder` when it holds one, else the shipped one.
  public static func load(_ name: String, folder: String?) throws(ToolkitError) -> AppealTemplate {
    if let folder, !folder.isEmpty {
      let path = (folder as NSString).appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: path) {
        guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else {
          throw ToolkitError(.noInput, "cannot read template '\(path)'")
        }
        return AppealTemplate(name: name, text: s)
      }
    }
    guard let s = shipped[name] else { preconditionFailure("no shipped template \(name)") }
    return AppealTemplate(name: name, text: s)
  }

  public static let letterText = "letter.txt"
  public static let letterHTML = "letter.html"
  public static let peerToPeer = "p2p-prep.txt"

  static let shipped: [String: String] = [
    letterText: """
      {{date}}

      To: {{payer_name}} ({{payer_id}}), appeals
      Re: request for {{level}} of denial {{denial_id}}
      Patient: {{patient_id}}   Authorization: {{auth_id}}   Claim: {{claim_id}}
      Notice dated {{notice_date}}; received {{received_on}}
      Denial codes: CARC {{carc}}  RARC {{rarc}}  HCR01 {{hcr01}}
      Reason given: {{reason}}

      We ask you to reverse this denial. The services below met your coverage policy
      on the date of service, criterion by criterion, as the enclosed exhibits show.

      Services:
      {{services}}
      Diagnoses: {{diagnoses}}

      Criteria and evidence:
      {{criteria}}

      Open items:
      {{open_findings}}

      Exhibits:
      {{exhibits}}

      Not in our records:
      {{missing}}

      This request is filed before the deadline of {{deadline}} ({{deadline_source}}).

      Provider: {{provider_id}}

      """,
    letterHTML: """
      <!DOCTYPE html>
      <html><head><meta charset="utf-8"><title>Appeal {{denial_id}}</title>
      <style>body{font-family:serif;max-width:42em;margin:2em auto}td,th{border:1px solid #999;padding:4px;vertical-align:top}table{border-collapse:collapse}@media print{body{margin:0}}</style>
      </head><body>
      <p>{{date}}</p>
      <p>To: {{payer_name}} ({{payer_id}}), appeals<br>
      Re: request for {{level}} of denial {{denial_id}}<br>
      Patient: {{patient_id}}; authorization: {{auth_id}}; claim: {{claim_id}}<br>
      Notice dated {{notice_date}}; received {{received_on}}<br>
      Denial codes: CARC {{carc}}, RARC {{rarc}}, HCR01 {{hcr01}}<br>
      Reason given: {{reason}}</p>
      <p>We ask you to reverse this denial. The services below met your coverage policy on the
      date of service, criterion by criterion, as the enclosed exhibits show.</p>
      <h2>Services</h2>
      {{services}}
      <p>Diagnoses: {{diagnoses}}</p>
      <h2>Criteria and evidence</h2>
      {{criteria}}
      <h2>Open items</h2>
      {{open_findings}}
      <h2>Exhibits</h2>
      {{exhibits}}
      <h2>Not in our records</h2>
      {{missing}}
      <p>This request is filed before the deadline of {{deadline}} ({{deadline_source}}).</p>
      <p>Provider: {{provider_id}}</p>
      </body></html>

      """,
    peerToPeer: """
      PEER-TO-PEER PREP  denial {{denial_id}}  (deadline {{deadline}})

      The case:
      {{case_summary}}

      What the payer said:
        CARC {{carc}}  RARC {{rarc}}  HCR01 {{hcr01}}  category {{category}}
        "{{reason}}"

      Policy criteria and the evidence:
      {{criteria}}

      Open items to address:
      {{open_findings}}

      Exhibits at hand:
      {{exhibits}}

      """,
  ]
}
