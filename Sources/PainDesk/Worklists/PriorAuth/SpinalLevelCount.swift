/// How many spinal levels a request's lines of one family cover, for the per-session
/// limits (ESI LCD L39240: transforaminal at most 2 levels, interlaminar 1; vertebral
/// augmentation fractures per procedure). Levels are counted, not units: a bilateral
/// injection bills both sides of one level (two units, or modifier 50) and is one level.
enum SpinalLevelCount {
  /// The distinct `levels` named on the lines when any are; otherwise from the codes: a
  /// primary code is the first level and each add-on unit one more, halved when the
  /// request is bilateral (a line's `side`, or a primary code billed twice, which can
  /// only be its two sides).
  static func levels(of lines: [AuthItem]) -> Int {
    let named = Set(lines.flatMap { $0.levels ?? [] })
    if !named.isEmpty { return named.count }
    let coded = lines.compactMap { line in ProcedureCatalog.entry(line.cpt).map { (line, $0) } }
    let bilateral = coded.contains { line, entry in line.side == .bilateral || (!entry.addOn && line.units >= 2) }
    let primary = coded.contains { !$0.1.addOn } ? 1 : 0
    let added = coded.filter { $0.1.addOn }.map { line, _ in bilateral ? (line.units + 1) / 2 : line.units }.saturatingSum()
    return primary + added
  }
}
