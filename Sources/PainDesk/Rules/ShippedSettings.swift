/// Plain knobs of the tools (config `settings`), with their defaults. Unlike rules they
/// have no public source. A setting a config names must be listed here, and its value
/// must have the default's JSON type: a typo is an error, not a silent no-op.
public enum ShippedSettings {
  public static let defaults: JSONObject = ShippedRules.p([
    "due.within_days": 14,
    "recall.letter_after_attempts": 3,
    "appeal.templates": "",
    "appeal.urgent_under_days": 14,
    "appeal.portal_max_files": 10,
    "appeal.portal_max_file_mb": 60,
    "appeal.portal_max_total_mb": 150,
  ])

  /// What each setting does, as `paindesk config` and paindesk-config(5) say it.
  public static let descriptions: [String: String] = [
    "due.within_days": "look-ahead in days of recall-scan's list when --within is not given",
    "recall.letter_after_attempts": "failed recall calls after which recall-scan asks for a letter instead",
    "appeal.templates": "folder of the clinic's own appeal letter templates (empty: the shipped ones)",
    "appeal.urgent_under_days": "days left before an appeal deadline under which a preparing appeal is urgent",
    "appeal.portal_max_files": "most files a payer's upload portal takes in one appeal packet",
    "appeal.portal_max_file_mb": "largest file in MB a payer's upload portal takes",
    "appeal.portal_max_total_mb": "largest packet in MB a payer's upload portal takes",
  ]
}
