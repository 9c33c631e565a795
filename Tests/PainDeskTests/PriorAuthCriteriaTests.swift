import Foundation
import Testing

@testable import PainDesk

/// Builders for readiness tests: one patient with evidence, one request.
private enum F {
  static let rules = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))
  static let d = JSONValueDecoder()

  static func auth(_ cpts: [String], region: String = "lumbar", date: String = "2026-12-10", icd: [String] = ["M54.16"], payer: String = "PY") -> Auth {
    Auth(
      id: "A1", patientId: "P1", payerId: payer, coverageId: nil, caseId: nil, providerId: "DR1",
      items: cpts.enumerated().map { k, c in
        AuthItem(seq: k + 1, cpt: c, units: 1, region: SpinalRegion(rawValue: region), side: nil, levels: ["L4-L5"], outcome: nil, approvedUnits: nil, unitsUsed: nil)
      }, icd10: icd, urgency: .standard, serviceDate: date, locationId: nil, placeOfService: nil, status: .draft,
      channel: nil, reference: nil, submittedAt: nil, decidedAt: nil, authNumber: nil, validFrom: nil, validTo: nil,
      requestedItems: nil, reauthOf: nil, documentIds: nil, denial: nil)
  }
  static func dx(_ id: String, onset: String, region: SpinalRegion = .lumbar, icd: String = "M54.16") -> Diagnosis {
    Diagnosis(id: id, patientId: "P1", icd10: icd, snomed: nil, notedOn: onset, onset: onset, region: region)
  }
  static func care(_ id: String, start: String, outcome: CareOutcome = .failed) -> ConservativeCare {
    ConservativeCare(id: id, patientId: "P1", type: .physicalTherapy, start: start, end: nil, outcome: outcome)
  }
  static func img(_ id: String, _ date: String, region: String = "lumbar") -> Imaging {
    Imaging(id: id, patientId: "P1", modality: .mri, region: region, date: date, summary: "x", documentId: nil)
  }
  static func score(_ id: String, _ inst: Instrument, _ v: Double, date: String = "2026-10-01", proc: String? = nil, timing: AssessmentTiming? = nil) -> Assessment {
    Assessment(id: id, patientId: "P1", date: date, instrument: inst, score: v, result: nil, procedureId: proc, timing: timing)
  }
  static func proc(
    _ id: String, _ cpt: String, _ date: String, region: SpinalRegion = .lumbar, relief: Int? = nil, days: Int? = nil, levels: [String] = ["L4-L5"],
    purpose: ProcedurePurpose? = nil
  ) -> Procedure {
    Procedure(
      id: id, patientId: "P1", providerId: "DR1", cpt: cpt, snomed: nil, units: 1, region: region, side: nil, levels: levels,
      date: date, status: .performed, locationId: nil, placeOfService: nil, authId: nil, reliefPct: relief, reliefDays: days,
      chargeCents: nil, paidCents: nil, purpose: purpose)
  }
  static func item(_ seq: Int, _ cpt: String, units: Int, side: Side? = nil, levels: [String]? = nil) -> AuthItem {
    AuthItem(seq: seq, cpt: cpt, units: units, region: .lumbar, side: side, levels: levels, outcome: nil, approvedUnits: nil, unitsUsed: nil)
  }
  static let psychCleared = Assessment(
    id: "PE", patientId: "P1", date: "2026-10-01", instrument: .psychEval, score: nil, result: .cleared, procedureId: nil, timing: nil)
  static func payer(_ type: PayerType, id: String = "PY", state: String? = nil) -> Payer {
    try! d.decode(Payer.self, from: JSONObject([("kind", "payer"), ("id", .string(id)), ("name", "X"), ("type", .string(type.rawValue))] + (state.map { [("state", JSONValue.string($0))] } ?? [])))
  }
  static func firstESIEvidence() -> PatientEvidence {
    var e = PatientEvidence()
    e.diagnoses = [dx("DX1", onset: "2026-09-01")]
    e.care = [care("CC1", start: "2026-09-10")]
    e.imaging = [img("IM1", "2026-09-20")]
    e.assessments = [score("AS1", .nrs, 7), score("AS2", .odi, 40)]
    return e
  }
  static func eval(_ a: Auth, _ e: PatientEvidence, intent: String? = nil, payer: Payer? = nil) -> ReadinessReport {
    ReadinessEvaluator(rules: rules).evaluate(auth: a, intent: intent, evidence: e, payer: payer ?? F.payer(.commercial), location: nil, asOf: LocalDate("2026-11-29")!)
  }
  static func blocks(_ r: ReadinessReport, _ rule: String) -> Int { r.results.filter { $0.rule == rule && $0.severity == .block }.count }
}

@Suite("PA criteria") struct PriorAuthCriteriaTests {
  @Test func esiFirstMet() {
    let r = F.eval(F.auth(["64483"]), F.firstESIEvidence())
    #expect(r.ready)
    #expect(r.met.contains { $0.rule == "esi.first" && $0.evidence.contains(EvidenceRef(.imaging, "IM1")) })
  }

  @Test func esiFirstMissingEvidence() {
    var e = F.firstESIEvidence()
    e.imaging = []
    e.assessments = [F.score("AS1", .nrs, 7)]
    let r = F.eval(F.auth(["64483"]), e)
    #expect(F.blocks(r, "esi.first") == 2)
    #expect(!r.ready)
  }

  @Test func esiFirstPainTooRecent() {
    var e = F.firstESIEvidence()
    e.diagnoses = [F.dx("DX1", onset: "2026-11-20")]
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.first") == 1)
    // Exactly 4 weeks before the service date is enough.
    e.diagnoses = [F.dx("DX1", onset: "2026-11-12")]
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.first") == 0)
  }

  @Test func esiRepeatRelief() {
    var e = F.firstESIEvidence()
    e.procedures = [F.proc("PR1", "64483", "2026-08-01", relief: 60, days: 100)]
    #expect(F.eval(F.auth(["64483"]), e).ready)
    e.procedures = [F.proc("PR1", "64483", "2026-08-01", relief: 40, days: 100)]
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.repeat") == 1)
    e.procedures = [F.proc("PR1", "64483", "2026-08-01")]
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.repeat") == 1)
  }

  @Test func reliefComputedFromPrePostScores() {
    var e = F.firstESIEvidence()
    e.procedures = [F.proc("PR1", "64483", "2026-08-01", days: 120)]
    e.assessments += [F.score("AS3", .nrs, 8, proc: "PR1", timing: .pre), F.score("AS4", .nrs, 2, proc: "PR1", timing: .post)]
    let r = F.eval(F.auth(["64483"]), e)
    #expect(r.ready)
    #expect(r.met.contains { $0.rule == "esi.repeat" && $0.message.contains("75%") })
  }

  @Test func esiFrequencyWindowEdges() {
    var e = F.firstESIEvidence()
    // Four sessions in the window: the fifth is blocked. Cervical ones count apart.
    e.procedures = ["2026-01-05", "2026-03-01", "2026-06-01", "2026-09-01"].enumerated().map { k, d in
      F.proc("PR\(k)", "62323", d, relief: 80, days: 120)
    } + [F.proc("PRC", "62321", "2026-10-01", region: .cervical, relief: 80, days: 120)]
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.frequency") == 1)
    // A session exactly 12 months before the service date is outside the window.
    e.procedures[0] = F.proc("PR0", "62323", "2025-12-10", relief: 80, days: 120)
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.frequency") == 0)
    e.procedures[0] = F.proc("PR0", "62323", "2025-12-11", relief: 80, days: 120)
    #expect(F.blocks(F.eval(F.auth(["64483"]), e), "esi.frequency") == 1)
  }

  @Test func mbbSecondAndRFAFirst() {
    var e = F.firstESIEvidence()
    e.diagnoses = [F.dx("DX1", onset: "2026-01-01", icd: "M47.816")]
    e.procedures = [F.proc("PR1", "64493", "2026-10-01", relief: 85)]
    #expect(F.eval(F.auth(["64493"], icd: ["M47.816"]), e).ready)
    e.procedures = [F.proc("PR1", "64493", "2026-10-01", relief: 70)]
    #expect(F.blocks(F.eval(F.auth(["64493"], icd: ["M47.816"]), e), "facet.mbb.second") == 1)
    // RFA: two blocks >= 80% at the same level.
    e.procedures = [F.proc("PR1", "64493", "2026-09-01", relief: 90), F.proc("PR2", "64493", "2026-10-01", relief: 85)]
    #expect(F.eval(F.auth(["64635"], icd: ["M47.816"]), e).ready)
    e.procedures[1] = F.proc("PR2", "64493", "2026-10-01", relief: 85, levels: ["L5-S1"])
    #expect(F.blocks(F.eval(F.auth(["64635"], icd: ["M47.816"]), e), "facet.rfa.first") == 1)
    e.procedures = [F.proc("PR1", "64493", "2026-09-01", relief: 90)]
    #expect(F.blocks(F.eval(F.auth(["64635"], icd: ["M47.816"]), e), "facet.rfa.first") == 1)
  }

  @Test func rfaRepeatInterval() {
    var e = F.firstESIEvidence()
    e.procedures = [F.proc("PR1", "64635", "2026-07-01", relief: 70, days: 120)]
    #expect(F.blocks(F.eval(F.auth(["64635"]), e), "facet.rfa.repeat") == 1)
    e.procedures = [F.proc("PR1", "64635", "2026-06-10", relief: 70, days: 120)]
    #expect(F.blocks(F.eval(F.auth(["64635"]), e), "facet.rfa.repeat") == 0)
  }

  @Test func therapeuticFacet() {
    var e = F.firstESIEvidence()
    #expect(F.blocks(F.eval(F.auth(["64493"]), e, intent: "therapeutic"), "facet.therapeutic") == 1)
    e.procedures = [F.proc("PR1", "64493", "2026-07-01", relief: 60, days: 100)]
    #expect(F.blocks(F.eval(F.auth(["64493"]), e, intent: "therapeutic"), "facet.therapeutic") == 0)
  }

  @Test func sijAndSijRFA() {
    var e = F.firstESIEvidence()
    e.diagnoses = [F.dx("DX1", onset: "2026-01-01", region: .sij, icd: "M53.3")]
    e.care = [F.care("CC1", start: "2026-08-01")]
    let r = F.eval(F.auth(["27096"], region: "sij", icd: ["M53.3"]), e)
    #expect(r.ready && r.warnings == 1)
    #expect(F.blocks(F.eval(F.auth(["64625"], region: "sij", icd: ["M53.3"]), e), "sij.rfa") == 1)
    e.care = [F.care("CC1", start: "2026-11-20")]
    #expect(F.blocks(F.eval(F.auth(["27096"], region: "sij", icd: ["M53.3"]), e), "sij.criteria") == 1)
  }

  @Test func scsTrialAndImplant() {
    var e = F.firstESIEvidence()
    #expect(F.blocks(F.eval(F.auth(["63650"]), e), "scs.trial") == 1)
    e.assessments.append(Assessment(id: "PE", patientId: "P1", date: "2026-10-01", instrument: .psychEval, score: nil, result: .cleared, procedureId: nil, timing: nil))
    #expect(F.eval(F.auth(["63650"]), e).ready)
    e.procedures = [
      F.proc("T1", "63650", "2025-01-01", relief: 20, purpose: .scsTrial), F.proc("T2", "63650", "2026-01-01", relief: 30, purpose: .scsTrial),
    ]
    #expect(F.blocks(F.eval(F.auth(["63650"]), e), "scs.trial") == 1)
    #expect(F.blocks(F.eval(F.auth(["63650", "63685"]), e), "scs.implant") == 1)
    e.procedures = [F.proc("T1", "63650", "2026-11-01", relief: 60, purpose: .scsTrial)]
    #expect(F.blocks(F.eval(F.auth(["63650", "63685"]), e), "scs.implant") == 0)
  }

  /// NGS/Noridian SCS documentation: a successful trial is at least 50% less pain or at
  /// least 50% less analgesic medication; the source cited is the LCD/MAC page.
  @Test func scsImplantAcceptsLessAnalgesicInsteadOfRelief() {
    var e = F.firstESIEvidence()
    var trial = F.proc("T1", "63650", "2026-11-01", relief: 30, purpose: .scsTrial)
    e.procedures = [trial]
    #expect(F.blocks(F.eval(F.auth(["63650", "63685"]), e), "scs.implant") == 1)
    trial.analgesicReductionPct = 50
    e.procedures = [trial]
    let r = F.eval(F.auth(["63650", "63685"]), e)
    #expect(F.blocks(r, "scs.implant") == 0)
    #expect(r.met.contains { $0.rule == "scs.implant" && $0.source.contains("LCD") && !$0.source.contains("419.83") })
    trial.analgesicReductionPct = 49
    e.procedures = [trial]
    #expect(F.blocks(F.eval(F.auth(["63650", "63685"]), e), "scs.implant") == 1)
  }

  /// 63650 places trial leads and permanent ones: an earlier permanent placement is not a
  /// trial (NCD 160.7: relief shown with a temporarily implanted electrode).
  @Test func onlyAProcedureMarkedAsATrialIsAnSCSTrial() {
    var e = F.firstESIEvidence()
    e.procedures = [F.proc("L1", "63650", "2026-11-01", relief: 60)]
    #expect(F.blocks(F.eval(F.auth(["63650", "63685"]), e), "scs.implant") == 1)
  }

  /// A lumbar epidural (62323) is not an intrathecal trial; a pump needs a procedure with
  /// purpose intrathecal_trial and a cleared psychological evaluation (pump.trial).
  @Test func pumpNeedsAMarkedTrialAndAPsychEvaluation() {
    var e = F.firstESIEvidence()
    e.procedures = [F.proc("ESI", "62323", "2026-10-01", relief: 60)]
    let esiOnly = F.eval(F.auth(["62362"]), e)
    #expect(!esiOnly.ready)
    #expect(!esiOnly.met.contains { $0.rule == "pump.trial" && $0.evidence.contains(EvidenceRef(.procedure, "ESI")) })
    e.procedures.append(F.proc("IT", "62322", "2026-10-15", relief: 60, purpose: .intrathecalTrial))
    let noPsych = F.eval(F.auth(["62362"]), e)
    #expect(F.blocks(noPsych, "pump.trial") == 1)
    #expect(noPsych.results.contains { $0.severity == .block && $0.message.contains("psychological evaluation") })
    e.assessments.append(F.psychCleared)
    let ready = F.eval(F.auth(["62362"]), e)
    #expect(F.blocks(ready, "pump.trial") == 0)
    #expect(ready.met.contains { $0.rule == "pump.trial" && $0.evidence.contains(EvidenceRef(.procedure, "IT")) })
  }

  /// ESI LCD L39240: transforaminal at most 2 levels per session. A bilateral two-level
  /// TFESI bills 64483 x2 + 64484 x2 (both sides of each level): two levels, not four.
  @Test func levelsAreCountedFromCodesAndSidesNotUnits() {
    func auth(_ items: [AuthItem]) -> Auth {
      var a = F.auth(["64483"])
      a.items = items
      return a
    }
    let e = F.firstESIEvidence()
    let bilateral = [F.item(1, "64483", units: 2, side: .bilateral), F.item(2, "64484", units: 2, side: .bilateral)]
    #expect(SpinalLevelCount.levels(of: bilateral) == 2)
    #expect(F.blocks(F.eval(auth(bilateral), e), "esi.levels") == 0)
    // Without a side, a primary code billed twice is its two sides.
    #expect(SpinalLevelCount.levels(of: [F.item(1, "64483", units: 2), F.item(2, "64484", units: 2)]) == 2)
    // Unilateral: 64483 + 64484 x2 is three levels, over the limit.
    let three = [F.item(1, "64483", units: 1, side: .left), F.item(2, "64484", units: 2, side: .left)]
    #expect(SpinalLevelCount.levels(of: three) == 3)
    #expect(F.blocks(F.eval(auth(three), e), "esi.levels") == 1)
    // Named levels win: L4-L5 and L5-S1 on both lines are two levels.
    let named = [
      F.item(1, "64483", units: 2, levels: ["L4-L5"]), F.item(2, "64484", units: 2, levels: ["L5-S1"]),
    ]
    #expect(SpinalLevelCount.levels(of: named) == 2)
  }

  @Test func pumpAndVertebralAugmentation() {
    var e = F.firstESIEvidence()
    #expect(F.blocks(F.eval(F.auth(["62362"]), e), "pump.trial") == 2)
    e.assessments.append(F.psychCleared)
    e.procedures = [F.proc("TR", "62323", "2026-10-01", relief: 60, purpose: .intrathecalTrial)]
    #expect(F.blocks(F.eval(F.auth(["62362"]), e), "pump.trial") == 0)
    e.imaging = [F.img("IM2", "2026-11-20")]
    e.assessments = [F.score("AS1", .nrs, 7, date: "2026-11-25")]
    #expect(F.eval(F.auth(["22514"]), e).ready)
    e.assessments = [F.score("AS1", .nrs, 4, date: "2026-11-25")]
    #expect(F.blocks(F.eval(F.auth(["22514"]), e), "va.criteria") == 1)
  }

  @Test func missingIcd10Blocks() {
    #expect(F.blocks(F.eval(F.auth(["64483"], icd: []), F.firstESIEvidence()), "pa.request.complete") == 1)
  }
}

@Suite("PA required and payer deadlines") struct PriorAuthPayerTests {
  func ctx(_ p: Payer, _ cpt: String, pos: String? = "11", state: String? = "TX", date: String = "2026-06-01") -> PARequirement {
    PriorAuthRequirement.check(PAContext(payer: p, cpt: cpt, placeOfService: pos, state: state, date: LocalDate(date)!), rules: F.rules)
  }

  @Test func medicareWiserByStateAndDate() {
    let m = F.payer(.medicare)
    #expect(ctx(m, "64483").required)
    #expect(ctx(m, "64483").rule == "pa.medicare.wiser.codes")
    #expect(!ctx(m, "64483", date: "2026-01-14").required)
    #expect(!ctx(m, "64483", state: "CA").required)
    #expect(!ctx(m, "64493", pos: "11").required)
    #expect(ctx(m, "64493", pos: "22").rule == "pa.medicare.opd.facet")
    #expect(!ctx(m, "64493", pos: "22", date: "2023-06-30").required)
    #expect(ctx(m, "63650", pos: "19").required)
  }

  @Test func otherPayers() {
    #expect(ctx(F.payer(.commercial), "64483").required)
    #expect(!ctx(F.payer(.commercial), "62368").required)
    #expect(!ctx(F.payer(.selfPay), "64483").required)
    var p = F.payer(.commercial)
    p.paRequiredCpts = ["64635"]
    #expect(!ctx(p, "64483").required)
    #expect(ctx(p, "64635").origin == .record(field: "pa_required_cpts"))
  }

  func due(_ p: Payer, _ at: String, _ u: Urgency = .standard, cpts: [String] = ["64493"], state: String? = "TX") -> DecisionDue {
    DecisionTimeframe.due(submittedAt: Instant(at)!, urgency: u, payer: p, cpts: cpts, state: state, serviceDate: nil, rules: F.rules)
  }

  @Test func deadlines() {
    let ma = F.payer(.medicareAdvantage)
    #expect(due(ma, "2026-03-02T15:00:00Z").date == LocalDate("2026-03-09"))
    #expect(due(ma, "2026-03-02T15:00:00Z", .expedited).instant == Instant("2026-03-05T15:00:00Z"))
    #expect(due(ma, "2025-12-30T15:00:00Z").rule == "pa.decision.medicare_advantage.legacy")
    #expect(due(F.payer(.medicaid), "2026-03-02T15:00:00Z").timeframe == "7 days")
    #expect(due(F.payer(.commercial), "2026-03-02T15:00:00Z").date == LocalDate("2026-03-17"))
    #expect(due(F.payer(.marketplace), "2026-03-02T15:00:00Z").rule == "pa.decision.marketplace.standard")
    #expect(due(F.payer(.medicare), "2026-03-02T15:00:00Z", cpts: ["64483"]).timeframe == "72 hours")
    #expect(due(F.payer(.medicare), "2026-03-02T15:00:00Z").timeframe == "7 days")
    var p = F.payer(.medicareAdvantage)
    p.decisionDays = 3
    let d = due(p, "2026-03-02T15:00:00Z")
    #expect(d.date == LocalDate("2026-03-05") && d.origin == .record(field: "decision_days"))
    let asOf = AsOf(date: LocalDate("2026-03-06")!, calendar: F.rules.calendar)
    #expect(d.isOverdue(asOf: asOf))
    #expect(!due(ma, "2026-03-02T15:00:00Z").isOverdue(asOf: asOf))
  }

  /// CGS notice cope168401: "Effective January 1, 2025, the timeframe ... will change from
  /// 10 business days to 7 calendar days. The timeframe for expedited requests remains 2
  /// business days." The version in force on the submission date applies.
  @Test func medicareOPDReviewTimeBySubmissionDate() {
    let m = F.payer(.medicare)
    // Tuesday 2024-12-31: 10 business days, skipping New Year's Day: 2025-01-15.
    let old = due(m, "2024-12-31T15:00:00Z")
    #expect(old.rule == "pa.decision.medicare.opd.legacy" && old.timeframe == "10 business days")
    #expect(old.date == LocalDate("2025-01-15"))
    // Wednesday 2025-01-01: 7 calendar days.
    let new = due(m, "2025-01-01T15:00:00Z")
    #expect(new.rule == "pa.decision.medicare.opd" && new.date == LocalDate("2025-01-08") && new.source == "CMS-1809-FC")
    // Expedited: 2 business days on both sides (Friday 2025-03-07 -> Tuesday 2025-03-11).
    let exp = due(m, "2025-03-07T15:00:00Z", .expedited)
    #expect(exp.timeframe == "2 business days" && exp.date == LocalDate("2025-03-11"))
    #expect(due(m, "2024-03-08T15:00:00Z", .expedited).date == LocalDate("2024-03-12"))
  }

  /// 28 TAC 134.600: a Texas carrier answers within three working days; workers' comp is
  /// never ERISA. A payer's own decision_days counts as its decision_days_basis says, and
  /// the source is the payer's.
  @Test func workersCompClocksAndThePayersBasis() {
    let wc = F.payer(.workersComp)
    // Friday 2026-03-06 + 3 working days = Wednesday 2026-03-11.
    let tx = due(wc, "2026-03-06T15:00:00Z", state: "TX")
    #expect(tx.rule == "pa.decision.workers_comp.tx" && tx.date == LocalDate("2026-03-11") && tx.source == "28 TAC 134.600")
    #expect(due(wc, "2026-03-06T15:00:00Z", state: "OK").rule == "pa.decision.workers_comp")
    #expect(!due(wc, "2026-03-06T15:00:00Z", state: "OK").source.contains("2560.503"))
    var own = F.payer(.workersComp)
    own.decisionDays = 3
    own.decisionDaysBasis = .business
    let d = due(own, "2026-03-06T15:00:00Z", state: "OK")
    #expect(d.date == LocalDate("2026-03-11") && d.timeframe == "3 business days" && d.source == "payer PY")
    own.decisionDaysBasis = .calendar
    #expect(due(own, "2026-03-06T15:00:00Z", state: "OK").date == LocalDate("2026-03-09"))
  }

  /// Knox-Keene (H&S 1367.01) binds plans the DMHC regulates, not self-funded ERISA plans;
  /// the clinic's own closed days never move a payer's business-day clock (design.md §6).
  @Test func knoxKeeneOnlyForDMHCPlansAndClinicClosedDaysDoNotCount() throws {
    var plan = F.payer(.commercial, state: "CA")
    plan.regulator = .erisaSelfFunded
    #expect(due(plan, "2026-03-02T15:00:00Z", state: "CA").rule == "pa.decision.commercial.standard")
    plan.regulator = .dmhc
    #expect(due(plan, "2026-03-02T15:00:00Z", state: "CA").rule == "pa.decision.commercial.ca")
    // Monday 2026-03-02 + 5 business days = Monday 2026-03-09, even with the clinic closed
    // on 2026-03-03 and 2026-03-04.
    let closed = EffectiveRules(
      config: try ClinicConfig(parsing: Array(#"{"timezone":"UTC","holidays":["2026-03-03","2026-03-04"]}"#.utf8), path: "clinic.json"))
    let d = DecisionTimeframe.due(
      submittedAt: Instant("2026-03-02T15:00:00Z")!, urgency: .standard, payer: plan, cpts: ["64493"], state: "CA", serviceDate: nil,
      rules: closed)
    #expect(d.date == LocalDate("2026-03-09"))
  }

  /// CMS-5056-N / Noridian: a WISeR affirmation is valid 120 days
  /// (pa.medicare.wiser.affirmation_valid_days); an approved WISeR request gets valid_to
  /// from its decision date, other requests do not.
  @Test func wiserAffirmationValidFor120Days() throws {
    let m = F.payer(.medicare)
    let decided = LocalDate("2026-02-02")!
    #expect(
      WiserAffirmation.validTo(payer: m, cpts: ["64483"], state: "TX", serviceDate: LocalDate("2026-03-01"), decided: decided, rules: F.rules)
        == LocalDate("2026-06-02"))
    #expect(WiserAffirmation.validTo(payer: m, cpts: ["64483"], state: "CA", serviceDate: LocalDate("2026-03-01"), decided: decided, rules: F.rules) == nil)
    #expect(WiserAffirmation.validTo(payer: F.payer(.medicareAdvantage), cpts: ["64483"], state: "TX", serviceDate: nil, decided: decided, rules: F.rules) == nil)
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [object(#"{"kind":"payer","id":"MCR","name":"Medicare","type":"medicare","state":"TX"}"#)])
    let approved = object(#"{"kind":"auth","id":"A1","payer_id":"MCR","status":"approved","decided_at":"2026-02-02T15:00:00Z","service_date":"2026-03-01","items":[{"seq":1,"cpt":"64483","units":1}]}"#)
    let stamped = try WiserAffirmation.stamp([approved], ledger: ledger, rules: F.rules)
    #expect(stamped[0].string("valid_to") == "2026-06-02")
    var own = approved
    own["valid_to"] = "2026-04-30"
    #expect(try WiserAffirmation.stamp([own], ledger: ledger, rules: F.rules)[0].string("valid_to") == "2026-04-30")
  }

  @Test func catalogCoversTheCodeMap() {
    for c in ["62321", "64484", "64495", "64636", "G0260", "64625", "63688", "62370", "64598", "22515", "G0659", "80350"] {
      #expect(ProcedureCatalog.entry(c) != nil, "\(c)")
    }
    #expect(ProcedureCatalog.entry("64484")!.addOn)
    #expect(ProcedureCatalog.entry("64625")!.family == .sijRFA)
  }

  @Test func statusChangesFromPASItems() {
    #expect(StatusChange.overall([.approved, .denied]) == .partial)
    #expect(StatusChange.overall([.approved, .modified]) == .modified)
    #expect(StatusChange.overall([.denied]) == .denied)
  }
}
