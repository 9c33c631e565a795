/// What the ledger holds about one patient that a PA request cites (records.md,
/// "Clinical evidence"): the inputs of `ReadinessEvaluator`.
public struct PatientEvidence: Sendable {
  public var patient: Patient?
  public var diagnoses: [Diagnosis] = []
  public var care: [ConservativeCare] = []
  public var imaging: [Imaging] = []
  public var assessments: [Assessment] = []
  public var procedures: [Procedure] = []
  public var auths: [Auth] = []
  public var documents: [Document] = []

  public init(patient: Patient? = nil) { self.patient = patient }

  /// Assessments tied to a procedure, by procedure id.
  public func assessments(of procedureId: String) -> [Assessment] {
    assessments.filter { $0.procedureId == procedureId }
  }

  /// Peak relief of a procedure: its `relief_pct`, else computed from its pre/post
  /// assessments on the same scale (`ReliefMeasure`).
  public func relief(of p: Procedure) -> ReliefMeasure? {
    ReliefMeasure.of(p, assessments: assessments(of: p.id))
  }
}

/// Relief after a procedure and how it was measured.
public struct ReliefMeasure: Sendable, Hashable {
  public let pct: Int
  /// The pain instrument of the pre/post pair (nil when the procedure carried relief_pct).
  public let instrument: Instrument?
  /// The assessment ids used.
  public let assessmentIds: [String]

  static let painScales: [Instrument] = [.nrs, .vas, .peg]

  public static func of(_ p: Procedure, assessments: [Assessment]) -> ReliefMeasure? {
    let pair = pairOf(assessments)
    if let pct = p.reliefPct { return ReliefMeasure(pct: pct, instrument: pair?.0, assessmentIds: pair.map { [$0.1.id, $0.2.id] } ?? []) }
    guard let (inst, pre, post) = pair, let a = pre.score, let b = post.score, a > 0 else { return nil }
    let pct = Int(((a - b) / a * 100).rounded())
    return ReliefMeasure(pct: max(0, pct), instrument: inst, assessmentIds: [pre.id, post.id])
  }

  /// The first pain scale with both a pre and a post score.
  static func pairOf(_ list: [Assessment]) -> (Instrument, Assessment, Assessment)? {
    for inst in painScales {
      let pre = list.first { $0.instrument == inst && $0.timing == .pre && $0.score != nil }
      let post = list.filter { $0.instrument == inst && $0.timing == .post && $0.score != nil }.min { ($0.score ?? 0) < ($1.score ?? 0) }
      if let pre, let post { return (inst, pre, post) }
    }
    return nil
  }
}
