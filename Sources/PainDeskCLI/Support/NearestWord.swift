/// The word of a fixed set nearest to a mistyped one, for "did you mean" hints on flag
/// values and subcommands: the fewest single-character insertions, deletions,
/// substitutions and swaps of neighbours (optimal string alignment distance), at most a
/// third of the typed word's length (and at least 1, at most 3), ties to the earlier
/// candidate. Nil when nothing is that near: a wild guess helps nobody.
enum NearestWord {
  static func to(_ typed: String, among candidates: [String]) -> String? {
    let limit = min(3, max(1, typed.count / 3))
    var best: (word: String, distance: Int)?
    for c in candidates {
      let d = distance(Array(typed.lowercased()), Array(c.lowercased()))
      if d <= limit && d < (best?.distance ?? Int.max) { best = (c, d) }
    }
    return best?.word
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var d = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, table[i - 2][j - 2] + 1) }
        table[i][j] = d
      }
    }
    return table[a.count][b.count]
  }
}
