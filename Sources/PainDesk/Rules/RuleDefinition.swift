/// One rule as data (design.md §4): a stable dotted id, named parameters, the date it
/// took effect and the public source it encodes, so every finding can cite it.
public struct RuleDefinition: Sendable, Hashable {
  /// How sure domain.md is of a value: [C] confirmed in a primary source, [S] from a
  /// secondary summary, [U] unconfirmed. [S] and [U] values ship only as configurable
  /// defaults, and `description` says so.
  public enum Confidence: String, Sendable, Hashable, CaseIterable {
    case confirmed, secondary, unconfirmed
  }

  /// Stable id, e.g. `esi.frequency`, `appeal.window.medicare.redetermination`.
  public let id: String
  public let title: String
  /// Named values, snake_case (`{"max_sessions":4,"window_months":12}`).
  public let parameters: JSONObject
  /// The first date the rule applies to. `RuleDefinition.longStanding` (1970-01-01)
  /// marks a rule in force before any record the toolkit handles, whose start date
  /// domain.md does not give.
  public let effectiveFrom: LocalDate
  /// Public source id: `LCD L39240`, `42 CFR 405.942`, `CMS-0057-F`...
  public let source: String
  public let confidence: Confidence
  /// Extra words for `paindesk config` and findings (optional).
  public let note: String?

  public static let longStanding = LocalDate(year: 1970, month: 1, day: 1)!

  public init(
    _ id: String, _ title: String, _ parameters: JSONObject, from effectiveFrom: LocalDate = longStanding,
    source: String, _ confidence: Confidence, note: String? = nil
  ) {
    self.id = id
    self.title = title
    self.parameters = parameters
    self.effectiveFrom = effectiveFrom
    self.source = source
    self.confidence = confidence
    self.note = note
  }

  /// Whether the rule applies to something dated `date` (a service, a notice).
  public func isInEffect(on date: LocalDate) -> Bool { date >= effectiveFrom }

  /// The title, the note, and for [S]/[U] rules the warning that the value is a
  /// configurable default to check against the primary source.
  public var description: String {
    var parts = [title]
    if let note { parts.append(note) }
    switch confidence {
    case .confirmed: break
    case .secondary:
      parts.append("configurable default from a secondary summary; check the primary source")
    case .unconfirmed:
      parts.append("configurable default, unconfirmed; set it in the clinic config")
    }
    return parts.joined(separator: "; ")
  }
}

extension LocalDate {
  /// For literal dates in the shipped tables.
  static func literal(_ text: String) -> LocalDate {
    guard let d = LocalDate(text) else { preconditionFailure("bad literal date \(text)") }
    return d
  }
}
