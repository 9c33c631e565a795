/// Decodes any `Decodable` straight from a parsed `JSONValue`, with no round trip
/// through Foundation's JSON text (which is several times slower; style.md §0).
///
/// Integers must be integral and in range; a `Double` accepts any number; `Optional`s
/// decode a missing key or `null` as nil.
public struct JSONValueDecoder: Sendable {
  public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

  public init() {}

  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    if T.self == JSONValue.self { return value as! T }
    let decoder = ValueDecoder(value: value, parentPath: [], key: nil, userInfo: userInfo)
    return try T(from: decoder)
  }

  public func decode<T: Decodable>(_ type: T.Type, from object: JSONObject) throws -> T {
    try decode(type, from: .object(object))
  }
}

private struct ValueDecoder: Decoder {
  let value: JSONValue
  /// The path to the container holding this value, and its key there: the full path is
  /// only built for an error, or once per nested container (not once per field).
  let parentPath: [any CodingKey]
  let key: (any CodingKey)?
  let sendableUserInfo: [CodingUserInfoKey: any Sendable]

  init(value: JSONValue, parentPath: [any CodingKey], key: (any CodingKey)?, userInfo: [CodingUserInfoKey: any Sendable]) {
    self.value = value
    self.parentPath = parentPath
    self.key = key
    self.sendableUserInfo = userInfo
  }

  var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }

  var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let o) = value else {
      throw DecodingError.typeMismatch(
        JSONObject.self, .init(codingPath: codingPath, debugDescription: "expected an object, found \(value.typeName)"))
    }
    return KeyedDecodingContainer(KeyedContainer<Key>(object: o, decoder: self, path: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let a) = value else {
      throw DecodingError.typeMismatch(
        [JSONValue].self, .init(codingPath: codingPath, debugDescription: "expected an array, found \(value.typeName)"))
    }
    return UnkeyedContainer(items: a, decoder: self, path: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleContainer(decoder: self) }

  /// The decoder of a member or element; `path` is this decoder's `codingPath`.
  func child(_ value: JSONValue, key: any CodingKey, path: [any CodingKey]) -> ValueDecoder {
    ValueDecoder(value: value, parentPath: path, key: key, userInfo: sendableUserInfo)
  }

  // MARK: Scalars, shared by the three containers

  func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
    .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(value.typeName)"))
  }

  func decodeBool() throws -> Bool {
    guard case .bool(let b) = value else { throw mismatch(Bool.self, "a boolean") }
    return b
  }

  func decodeString() throws -> String {
    guard case .string(let s) = value else { throw mismatch(String.self, "a string") }
    return s
  }

  func decodeDouble() throws -> Double {
    switch value {
    case .int(let i): return Double(i)
    case .double(let d): return d
    case .bigInteger(let text): return Double(text) ?? .nan
    default: throw mismatch(Double.self, "a number")
    }
  }

  func decodeInteger<I: FixedWidthInteger>(_: I.Type) throws -> I {
    guard case .int(let i) = value else { throw mismatch(I.self, "an integer") }
    guard let v = I(exactly: i) else {
      throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "number does not fit in \(I.self)"))
    }
    return v
  }

  func decodeAny<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == JSONValue.self { return value as! T }
    return try T(from: self)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let object: JSONObject
  let decoder: ValueDecoder
  let path: [any CodingKey]

  var codingPath: [any CodingKey] { path }
  var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { object.has(key.stringValue) }

  private func child(_ key: Key) throws -> ValueDecoder {
    guard let v = object[key.stringValue] else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing field '\(key.stringValue)'"))
    }
    return decoder.child(v, key: key, path: path)
  }

  /// The member's decoder, nil when it is absent or null (one lookup, where the default
  /// `decodeIfPresent` makes three).
  private func present(_ key: Key) -> ValueDecoder? {
    guard let v = object[key.stringValue], !v.isNull else { return nil }
    return decoder.child(v, key: key, path: path)
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    guard let v = object[key.stringValue] else { return true }
    return v.isNull
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key)?.decodeBool() }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key)?.decodeString() }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key)?.decodeDouble() }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key)?.decodeInteger(Int.self) }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(key)?.decodeAny(T.self) }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decodeBool() }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decodeString() }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decodeDouble() }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try child(key).decodeDouble()) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decodeInteger(Int.self) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decodeInteger(Int8.self) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decodeInteger(Int16.self) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decodeInteger(Int32.self) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decodeInteger(Int64.self) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decodeInteger(UInt.self) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decodeInteger(UInt8.self) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decodeInteger(UInt16.self) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decodeInteger(UInt32.self) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decodeInteger(UInt64.self) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeAny(T.self) }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> any Decoder {
    decoder.child(object[key.stringValue] ?? .null, key: key, path: path)
  }
}

/// An index as a coding key, for paths such as `items[2]`.
struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { "[\(intValue ?? 0)]" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { return nil }
  init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let items: [JSONValue]
  let decoder: ValueDecoder
  let path: [any CodingKey]
  var currentIndex = 0

  init(items: [JSONValue], decoder: ValueDecoder, path: [any CodingKey]) {
    self.items = items
    self.decoder = decoder
    self.path = path
  }

  var codingPath: [any CodingKey] { path }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  private mutating func next(_ type: Any.Type) throws -> ValueDecoder {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "no more elements in the array"))
    }
    defer { currentIndex += 1 }
    return decoder.child(items[currentIndex], key: IndexKey(currentIndex), path: path)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, items[currentIndex].isNull else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type).decodeBool() }
  mutating func decode(_ type: String.Type) throws -> String { try next(type).decodeString() }
  mutating func decode(_ type: Double.Type) throws -> Double { try next(type).decodeDouble() }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try next(type).decodeDouble()) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next(type).decodeInteger(Int.self) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type).decodeInteger(Int8.self) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type).decodeInteger(Int16.self) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type).decodeInteger(Int32.self) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type).decodeInteger(Int64.self) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type).decodeInteger(UInt.self) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type).decodeInteger(UInt8.self) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type).decodeInteger(UInt16.self) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type).decodeInteger(UInt32.self) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type).decodeInteger(UInt64.self) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decodeAny(T.self) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next(JSONObject.self).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next([JSONValue].self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next(JSONValue.self) }
}

private struct SingleContainer: SingleValueDecodingContainer {
  let decoder: ValueDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.value.isNull }
  func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool() }
  func decode(_ type: String.Type) throws -> String { try decoder.decodeString() }
  func decode(_ type: Double.Type) throws -> Double { try decoder.decodeDouble() }
  func decode(_ type: Float.Type) throws -> Float { Float(try decoder.decodeDouble()) }
  func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(Int.self) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decodeInteger(Int8.self) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decodeInteger(Int16.self) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decodeInteger(Int32.self) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decodeInteger(Int64.self) }
  func decode(_ type: UInt.Type) throws -> UInt { try decoder.decodeInteger(UInt.self) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decodeInteger(UInt8.self) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decodeInteger(UInt16.self) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decodeInteger(UInt32.self) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decodeInteger(UInt64.self) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeAny(T.self) }
}

/// `JSONValue` is Codable with any coder, so typed views can carry free-form members
/// (a finding's `evidence`). The JSONValue coders take it as is.
extension JSONValue: Codable {
  public init(from decoder: any Decoder) throws {
    if let d = decoder as? ValueDecoder {
      self = d.value
      return
    }
    if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
      var o = JSONObject()
      for key in keyed.allKeys { o[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
      self = .object(o)
      return
    }
    if var unkeyed = try? decoder.unkeyedContainer() {
      var items: [JSONValue] = []
      while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
      self = .array(items)
      return
    }
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let b = try? single.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? single.decode(Int64.self) {
      self = .int(i)
    } else if let d = try? single.decode(Double.self) {
      self = JSONValue.number(d)
    } else {
      self = .string(try single.decode(String.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var c = encoder.singleValueContainer()
      try c.encodeNil()
    case .bool(let b):
      var c = encoder.singleValueContainer()
      try c.encode(b)
    case .int(let i):
      var c = encoder.singleValueContainer()
      try c.encode(i)
    case .double(let d):
      var c = encoder.singleValueContainer()
      try c.encode(d)
    case .bigInteger(let text):
      // Only JSONWriter keeps the digits; an Encoder has no exact form for them.
      var c = encoder.singleValueContainer()
      try c.encode(Double(text) ?? 0)
    case .string(let s):
      var c = encoder.singleValueContainer()
      try c.encode(s)
    case .array(let a):
      var c = encoder.unkeyedContainer()
      for v in a { try c.encode(v) }
    case .object(let o):
      var c = encoder.container(keyedBy: AnyKey.self)
      for m in o.members { try c.encode(m.value, forKey: AnyKey(m.key)) }
    }
  }
}

/// A coding key for any member name.
struct AnyKey: CodingKey {
  let stringValue: String
  init(_ s: String) { stringValue = s }
  init?(stringValue: String) { self.stringValue = stringValue }
  var intValue: Int? { nil }
  init?(intValue: Int) { return nil }
}
