/// Encodes any `Encodable` straight into a `JSONValue`, ready for `JSONWriter`, with no
/// round trip through Foundation's JSON text. `nil` optionals are left out (synthesized
/// `encodeIfPresent`); non-finite doubles are an error, as JSON has no such numbers.
public struct JSONValueEncoder: Sendable {
  public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

  public init() {}

  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    if let v = value as? JSONValue { return v }
    let node = Node()
    try value.encode(to: ValueEncoder(node: node, codingPath: [], userInfo: userInfo))
    return node.value()
  }

  /// Encodes a value that must come out as an object, such as a record.
  public func encodeObject<T: Encodable>(_ value: T) throws -> JSONObject {
    guard case .object(let o) = try encode(value) else {
      throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "expected an object"))
    }
    return o
  }
}

/// The tree being built; a class so nested containers can fill it in after they are
/// handed out, as the Encoder protocol requires.
private final class Node {
  var scalar: JSONValue?
  var object: [(String, Node)]?
  var array: [Node]?

  func value() -> JSONValue {
    if let object { return .object(JSONObject(object.map { ($0.0, $0.1.value()) })) }
    if let array { return .array(array.map { $0.value() }) }
    return scalar ?? .object(JSONObject())
  }

  func child(forKey key: String) -> Node {
    let n = Node()
    if object == nil { object = [] }
    object!.append((key, n))
    return n
  }

  func appendChild() -> Node {
    let n = Node()
    if array == nil { array = [] }
    array!.append(n)
    return n
  }
}

private struct ValueEncoder: Encoder {
  let node: Node
  let codingPath: [any CodingKey]
  let sendableUserInfo: [CodingUserInfoKey: any Sendable]

  init(node: Node, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]) {
    self.node = node
    self.codingPath = codingPath
    self.sendableUserInfo = userInfo
  }

  var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if node.object == nil { node.object = [] }
    return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if node.array == nil { node.array = [] }
    return UnkeyedContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

  func child(_ node: Node, key: any CodingKey) -> ValueEncoder {
    ValueEncoder(node: node, codingPath: codingPath + [key], userInfo: sendableUserInfo)
  }

  /// Encodes `value` into `node`, taking scalars and JSONValue directly.
  func encode<T: Encodable>(_ value: T, into node: Node, key: any CodingKey) throws {
    switch value {
    case let v as JSONValue: node.scalar = v
    case let s as String: node.scalar = .string(s)
    case let b as Bool: node.scalar = .bool(b)
    case let i as Int: node.scalar = .int(Int64(i))
    case let d as Double: node.scalar = try number(d, key: key)
    default: try value.encode(to: child(node, key: key))
    }
  }

  func number(_ d: Double, key: (any CodingKey)?) throws -> JSONValue {
    guard d.isFinite else {
      throw EncodingError.invalidValue(
        d, .init(codingPath: codingPath + (key.map { [$0] } ?? []), debugDescription: "JSON has no infinity or NaN"))
    }
    return JSONValue.number(d)
  }

  func integer<I: BinaryInteger>(_ i: I) throws -> JSONValue {
    guard let v = Int64(exactly: i) else {
      throw EncodingError.invalidValue(i, .init(codingPath: codingPath, debugDescription: "integer beyond 64 bits"))
    }
    return .int(v)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: ValueEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  private func put(_ v: JSONValue, _ key: Key) { encoder.node.child(forKey: key.stringValue).scalar = v }

  mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { put(try encoder.number(value, key: key), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { put(try encoder.number(Double(value), key: key), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { put(try encoder.integer(value), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.int(Int64(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { put(try encoder.integer(value), key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try encoder.encode(value, into: encoder.node.child(forKey: key.stringValue), key: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    encoder.child(encoder.node.child(forKey: key.stringValue), key: key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    encoder.child(encoder.node.child(forKey: key.stringValue), key: key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    encoder.child(encoder.node.child(forKey: "super"), key: AnyKey("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    encoder.child(encoder.node.child(forKey: key.stringValue), key: key)
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let encoder: ValueEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.node.array?.count ?? 0 }

  private func put(_ v: JSONValue) { encoder.node.appendChild().scalar = v }

  mutating func encodeNil() throws { put(.null) }
  mutating func encode(_ value: Bool) throws { put(.bool(value)) }
  mutating func encode(_ value: String) throws { put(.string(value)) }
  mutating func encode(_ value: Double) throws { put(try encoder.number(value, key: IndexKey(count))) }
  mutating func encode(_ value: Float) throws { put(try encoder.number(Double(value), key: IndexKey(count))) }
  mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int64) throws { put(.int(value)) }
  mutating func encode(_ value: UInt) throws { put(try encoder.integer(value)) }
  mutating func encode(_ value: UInt8) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: UInt16) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: UInt32) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: UInt64) throws { put(try encoder.integer(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    let key = IndexKey(count)
    try encoder.encode(value, into: encoder.node.appendChild(), key: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let key = IndexKey(count)
    return encoder.child(encoder.node.appendChild(), key: key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let key = IndexKey(count)
    return encoder.child(encoder.node.appendChild(), key: key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let key = IndexKey(count)
    return encoder.child(encoder.node.appendChild(), key: key)
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let encoder: ValueEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  private func put(_ v: JSONValue) { encoder.node.scalar = v }

  mutating func encodeNil() throws { put(.null) }
  mutating func encode(_ value: Bool) throws { put(.bool(value)) }
  mutating func encode(_ value: String) throws { put(.string(value)) }
  mutating func encode(_ value: Double) throws { put(try encoder.number(value, key: nil)) }
  mutating func encode(_ value: Float) throws { put(try encoder.number(Double(value), key: nil)) }
  mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: Int64) throws { put(.int(value)) }
  mutating func encode(_ value: UInt) throws { put(try encoder.integer(value)) }
  mutating func encode(_ value: UInt8) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: UInt16) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: UInt32) throws { put(.int(Int64(value))) }
  mutating func encode(_ value: UInt64) throws { put(try encoder.integer(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    if let v = value as? JSONValue {
      put(v)
      return
    }
    try value.encode(to: encoder)
  }
}
