/// Where the clinic's config file is (design.md §4, style.md §4.6): `--config PATH`,
/// else `$PAINDESK_CONFIG` (ignored when empty), else
/// `$XDG_CONFIG_HOME/paindesk/config.json`, where an unset, empty or relative
/// `XDG_CONFIG_HOME` is ignored (XDG Base Directory spec) for `$HOME/.config`.
/// `explicit` is true for the flag and the variable: a missing explicit file is an
/// error (66), a missing default file means the shipped defaults.
public enum ConfigLocation {
  public static func resolve(flag: String?, environment: [String: String])
    -> (path: String, explicit: Bool)?
  {
    XDGLocation.resolve(
      flag: flag, variable: "PAINDESK_CONFIG", xdgVariable: "XDG_CONFIG_HOME",
      homeFallback: ".config", file: "paindesk/config.json", environment: environment)
  }
}
