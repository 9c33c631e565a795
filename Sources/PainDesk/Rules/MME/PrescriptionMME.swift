/// The MME/day of one prescription, or why there is none.
public struct PrescriptionMME: Sendable, Hashable {
  public enum Basis: String, Sendable, Hashable {
    /// strength x units/day x the ingredient's factor.
    case ingredient
    /// The clinic's NDC table row for the Rx's `ndc`.
    case ndc
    /// Transdermal fentanyl: mcg/hr x 2.4 x patches worn at once.
    case patch
    /// Buprenorphine: excluded from the CDC table.
    case buprenorphine
    /// An opioid with no clinical factor (or a form the table does not cover).
    case noFactor = "no_factor"
    /// Strength, units per day or patches worn outside records.md's ranges (a ledger row
    /// written by hand): no figure, and a finding asks for the record to be corrected.
    case outOfRange = "out_of_range"
    /// A controlled substance that is neither a recognized opioid nor a known non-opioid
    /// (`ControlledDrugClass`): no figure, and a finding says the total may be incomplete.
    case unrecognized
    case notOpioid = "not_opioid"
  }

  public let rxId: String
  public let drug: String
  public let basis: Basis
  /// Nil when not converted (buprenorphine, no factor, unrecognized, not an opioid).
  public let mmePerDay: Double?

  public var isOpioid: Bool { basis != .notOpioid && basis != .unrecognized }
}
