import ArgumentParser
import PainDesk

/// A flag value that is one word of a fixed set (record kinds, statuses, formats,
/// channels). As `ExpressibleByArgument` the words show in help and completions; options
/// declare `transform: T.argument`, so a word the set does not hold is a usage error
/// (64) that suggests the nearest word and lists them all.
protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable, Equatable where RawValue == String {}

extension ArgumentChoice {
  /// For `@Option(transform:)`: the value, or why it is not one.
  static func argument(_ text: String) throws -> Self { try named(text, among: Array(allCases)) }

  /// For options that take a comma-separated list (`--status denied,pended`).
  static func argumentList(_ text: String) throws -> [Self] {
    try text.split(separator: ",", omittingEmptySubsequences: false).map { try argument(String($0)) }
  }

  /// The value named `text` when it is one of `choices`.
  static func named(_ text: String, among choices: [Self]) throws -> Self {
    if let v = Self(rawValue: text), choices.contains(v) { return v }
    throw UnknownChoice(text, choices: choices.map(\.rawValue))
  }

  /// For options kept as text (their commands read them as text): the check `validate()`
  /// runs, with the same hint.
  static func validate(_ text: String?, flag: String, among choices: [Self] = Array(allCases)) throws {
    guard let text else { return }
    do { _ = try named(text, among: choices) } catch let e as UnknownChoice {
      throw ValidationError("unknown \(flag) '\(text)': \(e)")
    }
  }
}

/// A word that is not one of the choices: says the nearest one and all of them.
struct UnknownChoice: Error, CustomStringConvertible {
  let text: String
  let choices: [String]

  init(_ text: String, choices: [String]) {
    self.text = text
    self.choices = choices
  }

  var description: String {
    let all = "use one of \(choices.joined(separator: ", "))"
    guard let near = NearestWord.to(text, among: choices) else { return all }
    return "did you mean '\(near)'? (\(all))"
  }
}

extension AppealStatus: ArgumentChoice {}
extension AuthStatus: ArgumentChoice {}
extension ContactChannel: ArgumentChoice {}
extension ItemOutcome: ArgumentChoice {}
extension OutputFormat: ArgumentChoice {}
extension OutreachPurpose: ArgumentChoice {}
extension OutreachResult: ArgumentChoice {}
extension RecallReason: ArgumentChoice {}
extension RecordKind: ArgumentChoice {}
extension RecordsDirection: ArgumentChoice {}
extension ReferralStatus: ArgumentChoice {}
extension Side: ArgumentChoice {}
extension SpinalRegion: ArgumentChoice {}
extension SubmissionChannel: ArgumentChoice {}
extension Urgency: ArgumentChoice {}
extension VerificationChannel: ArgumentChoice {}

/// A date or instant flag: its text as the type reads it (`LocalDate`: exactly
/// YYYY-MM-DD and a real day; `Instant`: RFC 3339 with an offset). The conversion is a
/// protocol default, so `LocalDate.init` still names the type's own initializer.
protocol TextArgument: ExpressibleByArgument, LosslessStringConvertible {
  /// What a value looks like, for the error: "a date (YYYY-MM-DD)".
  static var expected: String { get }
}

extension TextArgument {
  public init?(argument: String) { self.init(argument) }

  /// For `@Option(transform:)`: the value, or what one looks like.
  static func argument(_ text: String) throws -> Self {
    guard let v = Self(text) else { throw NotADate(expected: expected) }
    return v
  }

  /// For options kept as text (their commands read them as text): the check `validate()`
  /// runs, with the same hint.
  static func validate(_ text: String?, flag: String) throws {
    guard let text, Self(text) == nil else { return }
    throw ValidationError("\(flag) '\(text)' is not \(expected)")
  }
}

extension LocalDate: TextArgument {
  static let expected = "a date (YYYY-MM-DD)"
}

extension Instant: TextArgument {
  static let expected = "an instant (RFC 3339, e.g. 2026-11-28T14:05:00Z)"
}

/// A date or instant flag whose text is neither.
struct NotADate: Error, CustomStringConvertible {
  let expected: String
  var description: String { "not \(expected)" }
}

extension RecordKind {
  /// For `@Option(transform:)` where only kinds the ledger stores make sense (`export`,
  /// `void`): not the output kinds the tools print.
  static func storedArgument(_ text: String) throws -> RecordKind { try named(text, among: RecordKind.stored) }
}
