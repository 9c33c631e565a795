/// refill-check audit: for each controlled-substance prescription written in a period,
/// the evidence an auditor asks for (DEA, 21 CFR 1306; a state board), judged by the
/// records' own business dates as of the written date, with when each record was
/// entered (the ledger's first event), so late paperwork shows as late.
public struct PrescriptionAuditor: Sendable {
  public let data: ControlledSubstanceData
  public let rules: EffectiveRules
  public let mme: MMECalculator
  /// kind -> record id -> first event `at`.
  public let entered: [RecordKind: [String: String]]

  public init(data: ControlledSubstanceData, rules: EffectiveRules, mme: MMECalculator, entered: [RecordKind: [String: String]]) {
    self.data = data
    self.rules = rules
    self.mme = mme
    self.entered = entered
  }

  public func audit(from: LocalDate, to: LocalDate, patient: String? = nil) -> [RxAudit] {
    let chosen = data.rxById.values.filter { r in
      // The clinic's own prescribing: one from outside was not written here.
      guard r.isControlled, !r.isOutside, let w = r.writtenDate, w >= from, w <= to else { return false }
      return patient.map { $0 == r.patientId } ?? true
    }.sorted { ($0.patientId, $0.writtenOn, $0.id) < ($1.patientId, $1.writtenOn, $1.id) }
    return chosen.map(row)
  }

  /// The date part of an RFC 3339 `at`, in the clinic's time zone.
  private func enteredDate(_ at: String?) -> LocalDate? {
    guard let at, let i = Instant(at) else { return nil }
    return rules.calendar.localDate(of: i)
  }

  public func row(_ rx: Rx) -> RxAudit {
    let gates = PaperworkGates(data: data, rules: rules)
    let w = rx.writtenDate!
    let p = rx.patientId
    var gaps: [String] = []
    // The MME the prescription brings: what is taken on the day its supply starts, with it.
    let start = data.supply(of: rx, asOf: w).start
    let (total, _) = mme.total(data.takenRx(p, on: max(w, start)).filter { $0.id != rx.id } + [rx])
    let occasion = PDMPMandate.Occasion(
      mmePerDay: total, prescribing: rx.schedule, newCourse: data.startsCourse(rx),
      drugClasses: ControlledDrugClass.of(drug: rx.drug, rxnorm: rx.rxnorm))
    let (pdmp, pg) = gates.pdmp(p, on: w, occasion)
    let (screen, ug) = gates.uds(p, on: w)
    let (agreement, ag) = gates.agreement(p, on: w)
    let (visit, vg) = gates.visit(p, on: w)
    for g in [pg, ug, ag, vg] { gaps += g.findings.map(\.message) }
    if let s = screen, s.reviewedOn.flatMap(LocalDate.init).map({ $0 > w }) ?? true, s.resultedOn != nil {
      gaps.append("drug screen \(s.id) was not reviewed by \(w)")
    }
    func late(_ kind: RecordKind, _ id: String?, _ what: String) -> String? {
      guard let id, let at = entered[kind]?[id] else { return nil }
      if let d = enteredDate(at), d > w { gaps.append("\(what) \(id) entered \(d), after the prescription was written") }
      return at
    }
    if rx.schedule == .cii, let n = rx.refills, n > 0 {
      gaps.append("Schedule II prescription lists \(n) refill(s) (21 CFR 1306.12)")
    }
    gaps += ScheduleIISeries(data: data, rules: rules).findings(for: rx).map { "\($0.message) (\($0.source))" }
    return RxAudit(
      id: "AU-\(rx.id)", rxId: rx.id, patientId: p, prescriberId: rx.prescriberId ?? "", drug: rx.drug,
      schedule: rx.schedule, writtenOn: rx.writtenOn, rxEnteredAt: entered[.rx]?[rx.id],
      pdmpCheckId: pdmp?.id, pdmpCheckedOn: pdmp?.checkedOn, pdmpCheckedBy: pdmp?.checkedBy,
      pdmpEnteredAt: late(.pdmpCheck, pdmp?.id, "PDMP check"),
      udsId: screen?.id, udsCollectedOn: screen?.collectedOn, udsReviewedOn: screen?.reviewedOn,
      udsEnteredAt: late(.uds, screen?.id, "drug screen"),
      agreementId: agreement?.id, agreementSignedOn: agreement?.signedOn,
      agreementEnteredAt: late(.agreement, agreement?.id, "agreement"),
      lastVisitOn: visit?.description, mmePerDay: total, mmeTable: mme.tableId, gaps: gaps)
  }
}
