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
}
