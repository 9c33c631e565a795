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
