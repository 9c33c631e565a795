/// Where an effective rule value came from (design.md §4), from strongest to weakest:
/// a command-line flag, a field on the record (e.g. a payer's `decision_days`), the
/// config file, the shipped default with its public source.
public enum RuleOrigin: Sendable, Hashable, CustomStringConvertible {
  case flag(name: String)
  case record(field: String)
  case config(path: String)
  case shipped(source: String)

  /// `flag --decision-days`, `record decision_days`, `config /etc/paindesk.json`,
  /// `shipped LCD L39240`.
  public var description: String {
    switch self {
    case .flag(let name): return "flag \(name)"
    case .record(let field): return "record \(field)"
    case .config(let path): return "config \(path)"
    case .shipped(let source): return "shipped \(source)"
    }
  }

  /// One word for tables: `flag`, `record`, `config` or `shipped`.
  public var kind: String {
    switch self {
    case .flag: return "flag"
    case .record: return "record"
    case .config: return "config"
    case .shipped: return "shipped"
    }
  }
}
