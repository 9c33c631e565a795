/// Where a drug screen is in its life: ordered -> collected -> resulted -> reviewed.
public enum UDSStage: String, Sendable, CaseIterable {
  case ordered, collected, resulted, reviewed

  public init(_ u: UDS) {
    if u.reviewedOn != nil {
      self = .reviewed
    } else if u.resultedOn != nil {
      self = .resulted
    } else if u.collectedOn != nil {
      self = .collected
    } else {
      self = .ordered
    }
  }
}
