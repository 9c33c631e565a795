import Testing

@testable import PainDesk

@Suite struct RulesRegistryTests {
  @Test func idsAreUniqueDottedAndSnakeCase() {
    #expect(ShippedRules.byId.count == ShippedRules.all.count)
    for r in ShippedRules.all {
      #expect(r.id.contains("."), "\(r.id)")
      #expect(r.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "_" }, "\(r.id)")
      #expect(!r.parameters.isEmpty, "\(r.id)")
      #expect(!r.source.isEmpty && !r.title.isEmpty)
      for name in r.parameters.keys {
        #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "\(r.id).\(name)")
      }
    }
  }

  @Test func requiredRulesAreShipped() {
    let ids = [
      "esi.frequency", "esi.repeat", "esi.first", "facet.mbb.first", "facet.mbb.second",
      "facet.rfa.first", "facet.rfa.repeat", "facet.therapeutic", "sij.criteria", "sij.frequency",
      "scs.trial", "scs.implant", "pa.medicare.opd.facet", "pa.medicare.opd.scs", "pa.medicare.wiser",
      "pa.medicare.wiser.codes", "pa.decision.medicare_advantage.standard",
      "pa.decision.medicare_advantage.expedited", "pa.decision.medicaid.standard",
      "pa.decision.commercial.standard", "pa.decision.marketplace.standard",
      "pa.decision.workers_comp.ca.standard", "appeal.window.medicare.redetermination",
      "appeal.window.medicare.reconsideration", "appeal.window.medicare_advantage.reconsideration",
      "appeal.window.commercial.internal", "appeal.window.external_review",
      "appeal.window.medicaid.plan_appeal", "appeal.window.workers_comp.ca.imr", "mme.table",
      "mme.signals", "pdmp.interval", "pdmp.interval.ca", "uds.interval.low", "uds.interval.moderate",
      "uds.interval.high", "uds.medicare_cap.moderate", "uds.medicare_cap.high", "refill.schedule_ii",
      "refill.schedule_iii_iv", "refill.early", "opioid.follow_up", "ort.bands",
      "records.request.response", "agreement.validity", "uds.review", "rx.pickup_confirmation",
    ]
    for id in ids { #expect(ShippedRules.rule(id) != nil, "\(id)") }
  }

  @Test func valuesSourcesAndConfidenceFollowDomainMd() {
    func rule(_ id: String) -> RuleDefinition { ShippedRules.rule(id)! }
    #expect(rule("esi.frequency").parameters["max_sessions"] == 4)
    #expect(rule("esi.frequency").parameters["window_months"] == 12)
    #expect(rule("esi.frequency").confidence == .secondary)
    #expect(rule("esi.frequency").description.contains("configurable default"))
    #expect(rule("facet.rfa.first").confidence == .confirmed)
    #expect(!rule("facet.rfa.first").description.contains("configurable default"))
    #expect(rule("facet.rfa.repeat").confidence == .unconfirmed)
    #expect(rule("pa.decision.medicare_advantage.standard").parameters["decision_days"] == 7)
    #expect(rule("pa.decision.medicare_advantage.standard").source == "CMS-0057-F")
    #expect(rule("pa.decision.medicare_advantage.standard").effectiveFrom == LocalDate("2026-01-01"))
    #expect(rule("pa.decision.medicaid.expedited").parameters["expedited_hours"] == 72)
    #expect(rule("pa.decision.commercial.standard").parameters["decision_days"] == 15)
    #expect(rule("pa.decision.marketplace.standard").parameters["decision_days"] == 15)
    #expect(rule("pa.decision.workers_comp.ca.standard").parameters["decision_business_days"] == 5)
    #expect(rule("appeal.window.medicare.redetermination").parameters["appeal_window_days"] == 120)
    #expect(rule("appeal.window.medicare.redetermination").parameters["presumed_receipt_days"] == 5)
    #expect(rule("appeal.window.medicare.redetermination").source == "42 CFR 405.942")
    #expect(rule("appeal.window.medicare_advantage.reconsideration").parameters["appeal_window_days"] == 65)
    #expect(rule("appeal.window.external_review").parameters["window_months"] == 4)
    #expect(rule("appeal.window.medicaid.plan_appeal").parameters["appeal_window_days"] == 60)
    #expect(rule("appeal.window.workers_comp.ca.imr").parameters["appeal_window_days"] == 30)
    #expect(rule("pa.medicare.wiser").parameters["states"] == ["AZ", "NJ", "OH", "OK", "TX", "WA"])
    #expect(rule("pa.medicare.wiser").parameters["decision_hours"] == 72)
    #expect(rule("pa.medicare.wiser").parameters["affirmation_valid_days"] == 120)
    #expect(rule("pa.medicare.wiser").effectiveFrom == LocalDate("2026-01-15"))
    #expect(rule("pa.medicare.wiser.codes").confidence == .secondary)
    #expect(rule("pa.medicare.opd.facet").parameters["places_of_service"] == ["19", "22"])
    #expect(rule("pa.medicare.opd.facet").parameters["pa_required_cpts"]?.arrayValue?.count == 10)
    #expect(rule("pdmp.interval").source == "CDC 2022 Rec 9")
    #expect(rule("pdmp.interval.ca").parameters["interval_months"] == 6)
    #expect(rule("uds.interval.high").parameters["interval_days"] == 90)
    #expect(rule("uds.interval.moderate").parameters["interval_days"] == 180)
    #expect(rule("uds.interval.low").parameters["interval_days"] == 365)
    #expect(rule("uds.medicare_cap.high").source == "LCD L39981")
    #expect(rule("refill.schedule_iii_iv").source == "21 CFR 1306.22")
    #expect(rule("refill.early").confidence == .unconfirmed)
    #expect(rule("mme.signals").parameters["taper_mme"] == 90)
    #expect(rule("records.request.response").source == "45 CFR 164.524")
  }
}

@Test func effectiveDates() {
  let wiser = ShippedRules.rule("pa.medicare.wiser")!
  #expect(!wiser.isInEffect(on: LocalDate("2026-01-14")!))
  #expect(wiser.isInEffect(on: LocalDate("2026-01-15")!))
  #expect(ShippedRules.rule("esi.frequency")!.effectiveFrom == RuleDefinition.longStanding)
}

@Test func illTypedRecordAndFlagValuesAreIgnored() {
  let rules = EffectiveRules()
  let rule = "pa.decision.commercial.standard"
  let fromRecord = rules.parameter(rule, "decision_days", payerOverride: "7")
  #expect(fromRecord.value == 15 && fromRecord.origin == .shipped(source: "29 CFR 2560.503-1"))
  let fromFlag = rules.parameter(rule, "decision_days", payerOverride: 9, flag: -3)
  #expect(fromFlag.value == 9 && fromFlag.origin == .record(field: "decision_days"))
  let named = rules.parameter(rule, "decision_days", flag: 3, flagName: "--decision-days")
  #expect(named.origin.description == "flag --decision-days")
}
