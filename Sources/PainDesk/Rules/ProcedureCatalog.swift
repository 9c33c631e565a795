/// The procedure families PainDesk reasons about (domain.md §1.1). Coverage criteria and
/// frequency limits are keyed on the family, not on single codes.
public enum ProcedureFamily: String, Sendable, CaseIterable, Codable {
  case esiInterlaminar = "esi_interlaminar"
  case esiTransforaminal = "esi_transforaminal"
  case facetInjection = "facet_injection"
  case facetRFA = "facet_rfa"
  case sijInjection = "sij_injection"
  case sijRFA = "sij_rfa"
  case scs
  case intrathecalPump = "intrathecal_pump"
  case pns
  case vertebralAugmentation = "vertebral_augmentation"
  case drugTest = "drug_test"

  /// ESI of either route: they share one frequency count (ESI LCDs).
  public var isESI: Bool { self == .esiInterlaminar || self == .esiTransforaminal }
}

/// Where a code is done: the spinal region its code implies (nil when the code says
/// nothing, e.g. an SCS lead or a pump).
public enum CatalogRegion: String, Sendable, Codable {
  case cervicalThoracic = "cervical_thoracic"
  case lumbarSacral = "lumbar_sacral"
  case sij
}

/// One code: our own short label (never the AMA descriptor), its family, the region its
/// code implies, and whether it is an add-on code billed with a primary one.
public struct CatalogEntry: Sendable, Hashable {
  public let code: String
  public let label: String
  public let family: ProcedureFamily
  public let region: CatalogRegion?
  public let addOn: Bool
}

/// The code map of domain.md §1.1, numbers only, with our labels.
public enum ProcedureCatalog {
  public static let entries: [CatalogEntry] = [
    e("62320", "ESI interlaminar C/T, no imaging", .esiInterlaminar, .cervicalThoracic),
    e("62321", "ESI interlaminar C/T, imaging", .esiInterlaminar, .cervicalThoracic),
    e("62322", "ESI interlaminar L/S, no imaging", .esiInterlaminar, .lumbarSacral),
    e("62323", "ESI interlaminar L/S, imaging", .esiInterlaminar, .lumbarSacral),
    e("64479", "ESI transforaminal C/T, first level", .esiTransforaminal, .cervicalThoracic),
    e("64480", "ESI transforaminal C/T, extra level", .esiTransforaminal, .cervicalThoracic, addOn: true),
    e("64483", "ESI transforaminal L/S, first level", .esiTransforaminal, .lumbarSacral),
    e("64484", "ESI transforaminal L/S, extra level", .esiTransforaminal, .lumbarSacral, addOn: true),
    e("64490", "Facet block C/T, level 1", .facetInjection, .cervicalThoracic),
    e("64491", "Facet block C/T, level 2", .facetInjection, .cervicalThoracic, addOn: true),
    e("64492", "Facet block C/T, level 3+", .facetInjection, .cervicalThoracic, addOn: true),
    e("64493", "Facet block L/S, level 1", .facetInjection, .lumbarSacral),
    e("64494", "Facet block L/S, level 2", .facetInjection, .lumbarSacral, addOn: true),
    e("64495", "Facet block L/S, level 3+", .facetInjection, .lumbarSacral, addOn: true),
    e("64633", "Facet RFA C/T, first joint", .facetRFA, .cervicalThoracic),
    e("64634", "Facet RFA C/T, extra joint", .facetRFA, .cervicalThoracic, addOn: true),
    e("64635", "Facet RFA L/S, first joint", .facetRFA, .lumbarSacral),
    e("64636", "Facet RFA L/S, extra joint", .facetRFA, .lumbarSacral, addOn: true),
    e("27096", "SI joint injection, imaging (professional)", .sijInjection, .sij),
    e("G0260", "SI joint injection (facility)", .sijInjection, .sij),
    e("64451", "SI joint nerve block, imaging", .sijInjection, .sij),
    e("64625", "SI joint nerve RFA", .sijRFA, .sij),
    e("63650", "SCS percutaneous leads (trial or permanent)", .scs, nil),
    e("63655", "SCS paddle leads via laminectomy", .scs, nil),
    e("63685", "SCS generator insert/replace", .scs, nil),
    e("63688", "SCS generator revise/remove", .scs, nil),
    e("63661", "SCS percutaneous lead removal", .scs, nil),
    e("63662", "SCS paddle lead removal", .scs, nil),
    e("63663", "SCS percutaneous lead revision", .scs, nil),
    e("63664", "SCS paddle lead revision", .scs, nil),
    e("62350", "Intrathecal catheter, tunneled", .intrathecalPump, nil),
    e("62351", "Intrathecal catheter, with laminectomy", .intrathecalPump, nil),
    e("62355", "Intrathecal catheter removal", .intrathecalPump, nil),
    e("62360", "Intrathecal reservoir implant", .intrathecalPump, nil),
    e("62361", "Intrathecal pump implant, non-programmable", .intrathecalPump, nil),
    e("62362", "Intrathecal pump implant, programmable", .intrathecalPump, nil),
    e("62365", "Intrathecal pump/reservoir removal", .intrathecalPump, nil),
    e("62367", "Pump analysis", .intrathecalPump, nil),
    e("62368", "Pump analysis with reprogramming", .intrathecalPump, nil),
    e("62369", "Pump analysis, reprogram and refill", .intrathecalPump, nil),
    e("62370", "Pump analysis, reprogram and refill (physician)", .intrathecalPump, nil),
    e("64555", "PNS percutaneous leads", .pns, nil),
    e("64575", "PNS open leads", .pns, nil),
    e("64590", "PNS/sacral generator insert/replace", .pns, nil),
    e("64595", "PNS/sacral generator revise/remove", .pns, nil),
    e("64596", "PNS integrated system, first lead", .pns, nil),
    e("64597", "PNS integrated system, extra lead", .pns, nil, addOn: true),
    e("64598", "PNS integrated system, revise/remove", .pns, nil),
    e("22510", "Vertebroplasty C/T, first level", .vertebralAugmentation, .cervicalThoracic),
    e("22511", "Vertebroplasty L/S, first level", .vertebralAugmentation, .lumbarSacral),
    e("22512", "Vertebroplasty, extra level", .vertebralAugmentation, nil, addOn: true),
    e("22513", "Kyphoplasty thoracic, first level", .vertebralAugmentation, .cervicalThoracic),
    e("22514", "Kyphoplasty lumbar, first level", .vertebralAugmentation, .lumbarSacral),
    e("22515", "Kyphoplasty, extra level", .vertebralAugmentation, nil, addOn: true),
    e("80305", "Drug screen presumptive, visual read", .drugTest, nil),
    e("80306", "Drug screen presumptive, instrument-assisted", .drugTest, nil),
    e("80307", "Drug screen presumptive, analyzer", .drugTest, nil),
    e("G0480", "Definitive drug test, 1-7 classes", .drugTest, nil),
    e("G0481", "Definitive drug test, 8-14 classes", .drugTest, nil),
    e("G0482", "Definitive drug test, 15-21 classes", .drugTest, nil),
    e("G0483", "Definitive drug test, 22+ classes", .drugTest, nil),
    e("G0659", "Definitive drug test, analyzer", .drugTest, nil),
  ]

  public static let byCode: [String: CatalogEntry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })

  public static func entry(_ code: String) -> CatalogEntry? {
    if let e = byCode[code] { return e }
    // Commercial definitive drug tests 80320-80377.
    if code.count == 5, let n = Int(code), (80320...80377).contains(n) {
      return CatalogEntry(code: code, label: "Definitive drug test (commercial)", family: .drugTest, region: nil, addOn: false)
    }
    return nil
  }

  private static func e(
    _ code: String, _ label: String, _ family: ProcedureFamily, _ region: CatalogRegion?, addOn: Bool = false
  ) -> CatalogEntry {
    CatalogEntry(code: code, label: label, family: family, region: region, addOn: addOn)
  }
}

extension SpinalRegion {
  /// The frequency-limit region: cervical+thoracic one, lumbar+sacral one (ESI LCDs).
  public var frequencyRegion: CatalogRegion {
    switch self {
    case .cervical, .thoracic: return .cervicalThoracic
    case .lumbar, .sacral: return .lumbarSacral
    case .sij: return .sij
    }
  }
}
