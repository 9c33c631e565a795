import Foundation
import Testing

@testable import PainDesk

/// Controlled-substance rules from their texts: daily MME of a Schedule II series (21 CFR
/// 1306.12(b)), opioids anywhere in the name, every state's PDMP mandate and the check's
/// result, UDS metabolites and immunoassay classes (domain.md §9a), the DEA six months
/// (21 CFR 1306.22), prescriptions from outside the clinic, naloxone (CDC 2022 Rec 8).
@Suite("controlled-substance rules") struct ControlledRulesTests {
  let utc = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))
  func blocking(_ r: Routing) -> [String] { r.findings.filter { $0.severity == .block }.map(\.rule) }

  /// Oxycodone 10 mg four times a day (60 MME/day), 30 days each, written together on
  /// 2026-11-01 with earliest fill dates 12-01 and 12-31; the first filled on 11-01.
  func series() -> [Rx] {
    var out = [rxJSON(id: "RX1", drug: "oxycodone", strength: 10, perDay: 4)]
    for (k, earliest) in ["2026-12-01", "2026-12-31"].enumerated() {
      var r = rxJSON(id: "RX\(k + 2)", drug: "oxycodone", strength: 10, perDay: 4, filled: nil)
      r.earliestFillOn = earliest
      out.append(r)
    }
    return out
  }

  @Test func aScheduleIISeriesIsTakenOneAtATime() {
    var c = GateClinic()
    c.rx = series()
    let r = c.route()
    // 10 mg x 4 x 1.5 = 60, not 180, and no taper flag (90).
    #expect(r.mmePerDay == 60)
    #expect(!r.findings.contains { $0.message.contains("taper") })
    // After the first runs out (12-01) the second covers the day; filled or not.
    #expect(c.data.takenRx("P1", on: LocalDate("2026-12-05")!).map(\.id) == ["RX2"])
    #expect(c.data.takenRx("P1", on: LocalDate("2027-01-02")!).map(\.id) == ["RX3"])
    // A later one without an earliest fill date starts when the one before runs out.
    c.rx[1].earliestFillOn = nil
    c.rx[2].earliestFillOn = nil
    #expect(c.data.takenRx("P1", on: LocalDate("2026-11-29")!).map(\.id) == ["RX1"])
    #expect(c.data.takenRx("P1", on: LocalDate("2026-12-31")!).map(\.id) == ["RX3"])
    // Two ingredients taken together still add up.
    c.rx = [rxJSON(drug: "oxycodone", strength: 10, perDay: 4), rxJSON(id: "RX2", drug: "morphine", strength: 15, perDay: 2)]
    #expect(c.route().mmePerDay == 90)
  }

  @Test func opioidsAnywhereInTheName() {
    let calc = MMECalculator()
    // Codeine 30 mg x 4 x 0.15 = 18; 30 mg x 2 x 0.15 = 9.
    let tylenol3 = calc.mme(rxJSON(drug: "acetaminophen and codeine", strength: 30, perDay: 4, schedule: "ciii"))
    #expect(tylenol3.basis == .ingredient && tylenol3.mmePerDay == 18)
    let fioricet = calc.mme(rxJSON(drug: "butalbital, aspirin, caffeine and codeine", strength: 30, perDay: 2, schedule: "ciii"))
    #expect(fioricet.basis == .ingredient && fioricet.mmePerDay == 9)
    // The RxCUI wins over the name; a word inside another is not an ingredient.
    #expect(calc.mme(rxJSON(drug: "Tylenol #3", rxnorm: "2670", strength: 30, perDay: 4, schedule: "ciii")).mmePerDay == 18)
    #expect(OpioidIngredients.found(drug: "hydromorphone", rxnorm: nil).map(\.ingredient) == ["hydromorphone"])
    #expect(Benzodiazepines.contains("chlordiazepoxide and amitriptyline"))
  }

  @Test func anUnrecognizedControlledSubstanceIsAFindingNotZero() {
    let calc = MMECalculator()
    #expect(calc.mme(rxJSON(drug: "xylotorphan", strength: 5, perDay: 2, schedule: "cii")).basis == .unrecognized)
    #expect(calc.mme(rxJSON(drug: "methylphenidate", strength: 5, perDay: 2, schedule: "cii")).basis == .notOpioid)
    #expect(calc.mme(rxJSON(drug: "ibuprofen", strength: 5, perDay: 2, schedule: "none")).basis == .notOpioid)
    var c = GateClinic()
    c.rx.append(rxJSON(id: "RX2", drug: "xylotorphan", strength: 5, perDay: 2, schedule: "cii"))
    let r = c.route()
    #expect(r.findings.contains { $0.rule == "mme.table" && $0.severity == .warn && $0.message.contains("rx RX2: controlled substance not recognized") })
  }

  @Test func everyStateAndDCHasAPDMPRule() {
    let states = Set(FieldChecks.usStateCodes).subtracting(["AS", "GU", "MP", "PR", "VI"])
    #expect(states.count == 51)
    for s in states {
      let rule = ShippedRules.rule("pdmp.interval.\(s.lowercased())")
      #expect(rule != nil, "no PDMP rule for \(s)")
      if let rule { #expect(rule.confidence != .unconfirmed || rule.parameters["unconfirmed"] == .bool(true), "\(s)") }
    }
  }

  func clinic(_ state: String, pdmp: String, result: String = "consistent") -> GateClinic {
    var c = GateClinic()
    c.patient = c.patient.replacingOccurrences(of: "\"TX\"", with: "\"\(state)\"")
    c.pdmp = [#"{"kind":"pdmp_check","id":"PD1","patient_id":"P1","state":"\#(state)","checked_on":"\#(pdmp)","checked_by":"DR1","result":"\#(result)"}"#]
    return c
  }

  @Test func anUnconfirmedStateWarnsNamingIt() {
    let r = clinic("OH", pdmp: "2026-10-15").route()
    #expect(r.decision == .readyForPrescriber)
    let w = r.findings.first { $0.rule == "pdmp.interval.oh" }
    #expect(w?.severity == .warn && w?.message.contains("PDMP mandate of OH is unconfirmed") == true)
    // Still held to the CDC interval: a check of 2026-08-01 is stale.
    #expect(blocking(clinic("OH", pdmp: "2026-08-01").route()) == ["pdmp.interval"])
    // A clinic that sets the state's mandate silences the warning.
    let text = #"{"timezone":"UTC","rules":{"pdmp.interval.oh":{"unconfirmed":false}}}"#
    let config = try! ClinicConfig(parsing: Array(text.utf8), path: "config.json")
    let set = RefillChecker(data: clinic("OH", pdmp: "2026-10-15").data, rules: EffectiveRules(config: config), asOf: LocalDate("2026-11-29")!)
      .route(typed(RefillRequest.self, GateClinic().request)).0
    #expect(!set.findings.contains { $0.rule == "pdmp.interval.oh" })
  }

  @Test func texasChecksBeforeEachOpioidPrescription() {
    // Schedule II oxycodone written 2026-11-01: the check must come after it.
    #expect(blocking(clinic("TX", pdmp: "2026-10-31").route()) == ["pdmp.interval.tx"])
    #expect(blocking(clinic("TX", pdmp: "2026-11-02").route()) == [])
    // A stimulant is not in Texas's drug classes: the 90-day default.
    var c = clinic("TX", pdmp: "2026-10-31")
    c.rx = [rxJSON(drug: "methylphenidate", strength: 10, perDay: 2)]
    #expect(blocking(c.route()) == [])
  }

  @Test func theResultOfTheCheckIsRead() {
    let bad = clinic("TX", pdmp: "2026-11-02", result: "inconsistent").route()
    #expect(bad.decision == .needsAction && blocking(bad) == ["pdmp.result"])
    let down = clinic("TX", pdmp: "2026-11-02", result: "unavailable").route()
    #expect(down.decision == .readyForPrescriber)
    #expect(down.findings.contains { $0.rule == "pdmp.result" && $0.severity == .warn })
  }

  func screen(_ type: String, _ results: [(String, Bool)]) -> UDS {
    let r = results.map { #"{"substance":"\#($0.0)","detected":\#($0.1)}"# }.joined(separator: ",")
    return typed(UDS.self, #"{"kind":"uds","id":"U1","patient_id":"P1","type":"\#(type)","ordered_on":"2026-11-10","collected_on":"2026-11-10","results":[\#(r)]}"#)
  }

  func unexpected(_ drug: String, _ s: UDS) -> [UnexpectedResult.Reason] {
    var c = GateClinic()
    c.rx = [rxJSON(drug: drug, strength: 10, perDay: 3)]
    return c.data.unexpectedResults(s, rules: utc).map(\.reason)
  }

  @Test func metabolitesAndClassesAreExpected() {
    // Hydromorphone after hydrocodone, oxymorphone after oxycodone, morphine after codeine.
    #expect(unexpected("hydrocodone", screen("definitive", [("hydrocodone", true), ("hydromorphone", true)])) == [])
    #expect(unexpected("oxycodone", screen("definitive", [("oxycodone", true), ("oxymorphone", true)])) == [])
    #expect(unexpected("codeine", screen("definitive", [("codeine", false), ("morphine", true)])) == [])
    // An "opiates" screen is positive on hydrocodone; it says nothing about oxycodone.
    #expect(unexpected("hydrocodone", screen("presumptive", [("opiates", true)])) == [])
    #expect(unexpected("oxycodone", screen("presumptive", [("opiates", false)])) == [])
    // A positive "opiates" screen on oxycodone alone asks for confirmation.
    #expect(unexpected("oxycodone", screen("presumptive", [("Opiates", true)])) == [.presumptivePositive])
    // Morphine prescribed, absent on a definitive test, no metabolite: unexpected.
    #expect(unexpected("morphine", screen("definitive", [("morphine", false)])) == [.prescribedAbsent])
    #expect(unexpected("morphine", screen("definitive", [("hydromorphone", true)])) == [])
    #expect(unexpected("oxycodone", screen("definitive", [("cocaine", true)])) == [.unprescribedPresent])
  }

  @Test func sixMonthsFromAugust31EndOnTheLastDayOfFebruary() {
    #expect(LocalDate("2026-08-31")!.adding(monthsClampedBack: 6) == LocalDate("2027-02-28"))
    #expect(LocalDate("2027-08-31")!.adding(monthsClampedBack: 6) == LocalDate("2028-02-29"))
    #expect(LocalDate("2026-08-15")!.adding(monthsClampedBack: 6) == LocalDate("2027-02-15"))
    var c = GateClinic()
    c.rx = [rxJSON(drug: "tramadol", strength: 50, perDay: 2, schedule: "civ", written: "2026-08-31", filled: "2027-02-01", refills: 5)]
    c.request = c.request.replacingOccurrences(of: "2026-11-27", with: "2027-02-27")
    c.agreements = [#"{"kind":"agreement","id":"AG1","patient_id":"P1","type":"opioid_treatment","signed_on":"2027-02-01"}"#]
    func limit(_ asOf: String) -> Bool {
      c.route(asOf: asOf).findings.contains { $0.rule == "refill.schedule_iii_iv" && $0.severity == .block }
    }
    #expect(!limit("2027-02-28"))
    #expect(limit("2027-03-01"))
  }

  @Test func aFillBeforeThePrescriptionWasWrittenIsRejected() {
    let base = #"{"kind":"rx","id":"RX1","patient_id":"P1","prescriber_id":"DR1","drug":"oxycodone","strength":10,"strength_unit":"mg","form":"tablet","units_per_day":3,"quantity":90,"days_supply":30,"schedule":"cii","written_on":"2026-11-01","status":"active""#
    func issues(_ extra: String) -> [String] {
      RecordValidator.validate(try! JSONParser.parse(base + extra + "}").objectValue!).map(\.field)
    }
    #expect(issues(#","filled_on":"2026-11-01""#) == [])
    #expect(issues(#","filled_on":"2026-10-31""#) == ["filled_on"])
    #expect(issues(#","fills":[{"date":"2026-11-01","quantity":90,"days_supply":30},{"date":"2026-10-30","quantity":90,"days_supply":30}]"#) == ["fills[1].date"])
  }

  @Test func aPrescriptionFromOutsideTheClinic() {
    let outside = #"{"kind":"rx","id":"RX9","patient_id":"P1","outside_prescriber":{"name":"Outside Doctor","npi":"1234567893"},"source":"pdmp","drug":"alprazolam","strength":1,"strength_unit":"mg","form":"tablet","units_per_day":2,"quantity":60,"days_supply":30,"schedule":"civ","written_on":"2026-11-05","filled_on":"2026-11-05","status":"active"}"#
    #expect(RecordValidator.validate(try! JSONParser.parse(outside).objectValue!).isEmpty)
    let nobody = outside.replacingOccurrences(of: #""outside_prescriber":{"name":"Outside Doctor","npi":"1234567893"},"#, with: "")
    #expect(RecordValidator.validate(try! JSONParser.parse(nobody).objectValue!).map(\.field) == ["prescriber_id"])
    var c = GateClinic()
    c.rx.append(typed(Rx.self, outside))
    // It counts in the signals: opioid with a benzodiazepine.
    let r = c.route()
    #expect(r.findings.contains { $0.message.contains("alprazolam (RX9)") })
    // Written after the last PDMP check, but not by the clinic: Texas's check before each
    // prescription binds the clinic's own prescribing.
    #expect(blocking(r) == [])
    // It is never routed as a refill.
    c.request = c.request.replacingOccurrences(of: "\"RX1\"", with: "\"RX9\"")
    let refill = c.route()
    #expect(refill.decision == .needsAction && refill.findings.contains { $0.message.contains("written outside the clinic (pdmp)") })
    // It alone does not put the patient on the drug screen schedule.
    var only = GateClinic()
    only.rx = [typed(Rx.self, outside)]
    #expect(only.data.controlledPatients(on: LocalDate("2026-11-29")!) == [])
  }

  @Test func naloxoneWhereRec8AsksForIt() {
    var c = GateClinic()
    c.rx = [rxJSON(drug: "oxycodone", strength: 10, perDay: 4)]  // 60 MME/day
    let none = c.route()
    #expect(none.naloxone == .notOffered)
    #expect(none.findings.contains { $0.rule == "naloxone.offer" && $0.severity == .warn })
    c.rx[0].naloxoneOfferedOn = "2026-11-01"
    #expect(c.route().naloxone == .offered)
    c.rx[0].naloxoneOfferedOn = nil
    c.rx.append(rxJSON(id: "NX1", drug: "naloxone", strength: 4, form: "other", perDay: 0, schedule: "none", written: "2026-06-01"))
    #expect(c.route().naloxone == .prescribed)
    // Buprenorphine/naloxone is not a rescue kit.
    c.rx[1] = rxJSON(id: "NX1", drug: "buprenorphine and naloxone", strength: 8, form: "film", perDay: 1, schedule: "ciii", written: "2026-06-01", filled: "2026-06-01")
    #expect(c.route().naloxone == .notOffered)
    // 45 MME/day with no benzodiazepine: not indicated.
    #expect(GateClinic().route().naloxone == nil)
  }
}
