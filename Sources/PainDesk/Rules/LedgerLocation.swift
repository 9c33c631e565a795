/// Where the ledger is (design.md §3, style.md §4.6): `--ledger PATH`, else
/// `$PAINDESK_LEDGER` (ignored when empty), else
/// `$XDG_DATA_HOME/paindesk/ledger.sqlite` (unset, empty or relative: `$HOME/.local/share`).
public enum LedgerLocation {
  public static func resolve(flag: String?, environment: [String: String])
    -> (path: String, explicit: Bool)?
  {
    XDGLocation.resolve(
      flag: flag, variable: "PAINDESK_LEDGER", xdgVariable: "XDG_DATA_HOME",
      homeFallback: ".local/share", file: "paindesk/ledger.sqlite", environment: environment)
  }
}
