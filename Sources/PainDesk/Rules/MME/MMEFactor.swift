/// One ingredient's conversion factor to oral morphine milligram equivalents.
public struct MMEFactor: Sendable, Hashable {
  /// Lower-case ingredient name (`oxycodone`).
  public let ingredient: String
  /// RxNorm ingredient code (RxCUI).
  public let rxnorm: String
  public let factor: Double

  public init(_ ingredient: String, _ rxnorm: String, _ factor: Double) {
    self.ingredient = ingredient
    self.rxnorm = rxnorm
    self.factor = factor
  }
}
