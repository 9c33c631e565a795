/// Whether a value may replace a shipped one: the config file's overrides are checked
/// with it when the file loads, and flag and record values when they are looked up.
enum RuleValueCheck {
  /// Why `value` cannot replace the shipped `model`, or nil. Integers stay integers and
  /// are never negative; `*_pct` is 0-100; `*_date` is a date; lists keep their
  /// element type.
  static func problem(name: String, model: JSONValue, value: JSONValue) -> String? {
    switch model {
    case .int:
      if case .double = value { return "expected a whole number" }
      if case .bigInteger = value { return "out of range" }
      guard let n = value.intValue else { return "expected an integer, found \(value.typeName)" }
      if n < 0 { return "must not be negative" }
      if name.hasSuffix("_pct") && n > 100 { return "must be a percentage from 0 to 100" }
    case .double:
      guard let d = value.doubleValue else { return "expected a number, found \(value.typeName)" }
      if d < 0 { return "must not be negative" }
    case .bool:
      if value.boolValue == nil { return "expected true or false, found \(value.typeName)" }
    case .string:
      guard let s = value.stringValue else { return "expected a string, found \(value.typeName)" }
      if name.hasSuffix("_date") && LocalDate(s) == nil { return "expected a date (YYYY-MM-DD)" }
    case .array(let items):
      guard let list = value.arrayValue else { return "expected an array, found \(value.typeName)" }
      if let first = items.first {
        for (k, item) in list.enumerated() {
          if let problem = problem(name: name, model: first, value: item) { return "[\(k)]: \(problem)" }
        }
      }
    case .object, .null, .bigInteger:
      if value.typeName != model.typeName { return "expected \(model.typeName), found \(value.typeName)" }
    }
    return nil
  }
}
