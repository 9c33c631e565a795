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

/// The shared precedence of both locations. Nil only when nothing names a path and
/// `HOME` is unset or empty.
enum XDGLocation {
  static func resolve(
    flag: String?, variable: String, xdgVariable: String, homeFallback: String, file: String,
    environment env: [String: String]
  ) -> (path: String, explicit: Bool)? {
    if let flag { return (flag, true) }  // even empty: the user named it
    if let v = env[variable], !v.isEmpty { return (v, true) }
    if let xdg = env[xdgVariable], xdg.hasPrefix("/") { return (join(xdg, file), false) }
    guard let home = env["HOME"], !home.isEmpty else { return nil }
    return (join(join(home, homeFallback), file), false)
  }

  static func join(_ a: String, _ b: String) -> String {
    a.hasSuffix("/") ? a + b : a + "/" + b
  }
}
