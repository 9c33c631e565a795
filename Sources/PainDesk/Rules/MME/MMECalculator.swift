/// MME/day per active opioid prescription and the patient's total (CDC 2022 Table;
/// domain.md §6.1): strength x units per day x the clinical factor; transdermal fentanyl
/// mcg/hr x 2.4 x `concurrent_units` however often the patch is changed; methadone flat
/// 4.7; buprenorphine not converted. With a clinic NDC table, an Rx carrying `ndc` uses
/// that row's strength and factor (patches still by the patch rule).
public struct MMECalculator: Sendable {
  public let ndcTable: NDCMMETable?

  public init(ndcTable: NDCMMETable? = nil) {
    self.ndcTable = ndcTable
  }

  /// The table id every output carries: `cdc-2022-clinical`, plus the NDC file's name
  /// when one is loaded.
  public var tableId: String {
    ndcTable.map { "\(CDCClinicalMMETable.id)+ndc:\($0.name)" } ?? CDCClinicalMMETable.id
  }

  public func mme(_ rx: Rx) -> PrescriptionMME {
    func result(_ basis: PrescriptionMME.Basis, _ v: Double?) -> PrescriptionMME {
      if let v, !NumericRange.exact.contains(v) {
        return PrescriptionMME(rxId: rx.id, drug: rx.drug, basis: .outOfRange, mmePerDay: nil)
      }
      return PrescriptionMME(rxId: rx.id, drug: rx.drug, basis: basis, mmePerDay: v.map(MMECalculator.rounded))
    }
    let opioids = OpioidIngredients.found(drug: rx.drug, rxnorm: rx.rxnorm)
    guard let ingredient = opioids.first else {
      let unknown = rx.schedule != .none && ControlledDrugClass.of(drug: rx.drug, rxnorm: rx.rxnorm) == [.unrecognized]
      return result(unknown ? .unrecognized : .notOpioid, nil)
    }
    // One strength per record: a product naming two opioids cannot be split.
    guard opioids.count == 1 else { return result(.noFactor, nil) }
    if ingredient == CDCClinicalMMETable.buprenorphine { return result(.buprenorphine, nil) }
    if ingredient == CDCClinicalMMETable.fentanyl {
      guard rx.form == .patch, rx.strengthUnit == .mcgPerHour else { return result(.noFactor, nil) }
      let worn = Double(max(1, rx.concurrentUnits ?? 1))
      return result(.patch, rx.strength * CDCClinicalMMETable.fentanylPatchFactor * worn)
    }
    if let ndc = rx.ndc, let e = ndcTable?.entry(ndc: ndc) {
      guard let f = e.factor else { return result(.noFactor, nil) }
      return result(.ndc, e.strengthPerUnit * rx.unitsPerDay * f)
    }
    guard let f = CDCClinicalMMETable.factor(of: ingredient) else { return result(.noFactor, nil) }
    // Factors are per mg; a strength in mcg is converted first.
    let mg: Double
    switch rx.strengthUnit {
    case .mg: mg = rx.strength
    case .mcg: mg = rx.strength / 1000
    case .mcgPerHour: return result(.noFactor, nil)
    }
    return result(.ingredient, mg * rx.unitsPerDay * f.factor)
  }

  /// The patient's total across the given prescriptions (those taken on the day,
  /// `ControlledSubstanceData.takenRx`), and the figure of each opioid or unrecognized
  /// controlled substance among them.
  public func total(_ prescriptions: [Rx]) -> (total: Double, items: [PrescriptionMME]) {
    let items = prescriptions.map(mme).filter { $0.isOpioid || $0.basis == .unrecognized }
    return (MMECalculator.rounded(items.compactMap(\.mmePerDay).reduce(0, +)), items)
  }

  /// Two decimals, so outputs are stable.
  public static func rounded(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
