/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, with the first byte optionally
/// taken as a selector (which profile, which record kind, which chunk size), so that one
/// target reaches every branch of a reader from one corpus.
public struct FuzzInput {
  public let bytes: UnsafeBufferPointer<UInt8>

  public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
  }

  /// The first byte reduced to `0..<count`, and the bytes after it; nil for an empty input.
  public func selecting(among count: Int) -> (choice: Int, rest: UnsafeBufferPointer<UInt8>)? {
    guard let first = bytes.first, count > 0 else { return nil }
    return (Int(first) % count, UnsafeBufferPointer(rebasing: bytes[1...]))
  }
}
