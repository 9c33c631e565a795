/// One X12 segment: its id, its elements (element 1 first), and its position in the file.
public struct X12Segment: Sendable, Equatable {
  public let id: String
  public let elements: [String]
  /// 1-based position in the interchange.
  public let number: Int

  /// Element `k` (1-based, as the guides number them), or "" when absent.
  public subscript(k: Int) -> String { k >= 1 && k <= elements.count ? elements[k - 1] : "" }
}

/// The delimiters an interchange declares in its ISA segment.
public struct X12Delimiters: Sendable, Equatable {
  public let element: UInt8
  public let component: UInt8
  public let segment: UInt8
  public let repetition: UInt8?
}
