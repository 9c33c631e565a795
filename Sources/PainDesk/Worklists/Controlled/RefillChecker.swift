/// refill-check: routes each refill request to the prescriber with the state of the
/// paperwork (agreement, drug screen, PDMP, visit, early refill, DEA refill limits) and
/// the guideline signals (MME, benzodiazepine, buprenorphine). Never a clinical
/// decision: `needs_action` means paperwork is missing, `ready_for_prescriber` that it
/// is in order.
public struct RefillChecker: Sendable {
  public let data: ControlledSubstanceData
  public let rules: EffectiveRules
  public let mme: MMECalculator
  public let asOf: LocalDate

  public init(data: ControlledSubstanceData, rules: EffectiveRules, mme: MMECalculator = MMECalculator(), asOf: LocalDate) {
    self.data = data
    self.rules = rules
    self.mme = mme
    self.asOf = asOf
  }

  /// What a routing says about the patient rather than the request, the same for every
  /// request of the patient on `asOf`: built once per patient per run (`routeAll`).
  public struct Picture: Sendable {
    let total: Double
    /// The paperwork gaps before the PDMP's (agreement, UDS), which depends on the
    /// request (`PDMPMandate.Occasion`).
    let paperwork: [RoutingFinding]
    /// The gaps after it (visit) and the CA PDMP note.
    let afterPDMP: [RoutingFinding]
    /// MME, benzodiazepine, buprenorphine and no-factor signals.
    let signals: [RoutingFinding]
    /// Whether naloxone was prescribed or offered, when it is indicated.
    let naloxone: NaloxoneStatus?
    let payer: Payer?
  }

  /// The patient's picture on `asOf`.
  public func picture(_ p: String) -> Picture {
    let gates = PaperworkGates(data: data, rules: rules)
    // What the patient takes today: a Schedule II series counts one prescription at a time.
    let taken = data.takenRx(p, on: asOf)
    let (total, items) = mme.total(taken)
    let paperwork = [gates.agreement(p, on: asOf).1, gates.uds(p, on: asOf).1].compactMap(\.gap)
    var afterPDMP = [gates.visit(p, on: asOf).1].compactMap(\.gap)
    if data.ruleState(p, on: asOf, calendar: rules.calendar) == "CA" {
      let age = rules.int("pdmp.interval.ca", "max_report_age_business_days")
      afterPDMP.append(RoutingFinding(
        rule: "pdmp.interval.ca", source: "CA H&S 11165.4", severity: .info,
        message: "CURES report must be no more than \(age) business day old when the prescription is written"))
    }

    // Signals for the prescriber; they never change the decision.
    var signals: [RoutingFinding] = []
    let reassess = Double(rules.int("mme.signals", "reassess_mme"))
    let taper = Double(rules.int("mme.signals", "taper_mme"))
    if total >= taper {
      signals.append(RoutingFinding(
        rule: "mme.signals", source: "CDC 2022 Rec 4", severity: .warn,
        message: "total \(Self.format(total)) MME/day is at or above \(Int(taper)): taper flag; reassess and offer naloxone"))
    } else if total >= reassess {
      signals.append(RoutingFinding(
        rule: "mme.signals", source: "CDC 2022 Rec 4", severity: .warn,
        message: "total \(Self.format(total)) MME/day is at or above \(Int(reassess)): reassess; offer naloxone (Rec 8)"))
    }
    let opioids = items.filter { $0.isOpioid }
    let benzodiazepines = opioids.isEmpty ? [] : taken.filter { Benzodiazepines.contains($0.drug) }
    if rules.bool("mme.signals", "flag_opioid_benzodiazepine") {
      for b in benzodiazepines {
        signals.append(RoutingFinding(
          rule: "mme.signals", source: "CDC 2022 Rec 11", severity: .warn,
          message: "opioid with an active benzodiazepine: \(b.drug) (\(b.id)); offer naloxone (Rec 8)"))
      }
    }
    let naloxone = NaloxoneCheck(data: data, rules: rules).status(
      p, on: asOf, mmePerDay: total, opioidWithBenzodiazepine: !benzodiazepines.isEmpty)
    if let (_, finding) = naloxone { signals.append(finding) }
    for i in items where i.basis == .buprenorphine {
      signals.append(RoutingFinding(
        rule: "mme.table", source: CDCClinicalMMETable.source, severity: .warn,
        message: "buprenorphine present (\(i.rxId)): not converted to MME, not in the total"))
    }
    for i in items where i.basis == .noFactor {
      signals.append(RoutingFinding(
        rule: "mme.table", source: CDCClinicalMMETable.source, severity: .warn,
        message: "\(i.drug) (\(i.rxId)) has no factor in \(mme.tableId): not in the total"))
    }
    for i in items where i.basis == .unrecognized {
      signals.append(RoutingFinding(
        rule: "mme.table", source: CDCClinicalMMETable.source, severity: .warn,
        message: "rx \(i.rxId): controlled substance not recognized as an opioid or a known non-opioid, MME not computed and the total may be incomplete: record its ingredient RxCUI (rxnorm)"))
    }
    for i in items where i.basis == .outOfRange {
      signals.append(RoutingFinding(
        rule: "mme.table", source: CDCClinicalMMETable.source, severity: .block,
        message: "rx \(i.rxId): strength or units per day out of range, MME cannot be computed: correct the record (paindesk-records(7), numeric ranges)"))
    }
    return Picture(
      total: total, paperwork: paperwork, afterPDMP: afterPDMP, signals: signals, naloxone: naloxone?.0,
      payer: data.primaryPayer(p, on: asOf))
  }

  /// Routes a queue, building each patient's picture once.
  public func routeAll(_ requests: [RefillRequest]) -> [(Routing, [Finding])] {
    var pictures: [String: Picture] = [:]
    return requests.map { r in
      let pic = pictures[r.patientId] ?? picture(r.patientId)
      pictures[r.patientId] = pic
      return route(r, picture: pic)
    }
  }

  /// The routing, and a `finding` for pa-submit when the payer requires a PA.
  public func route(_ request: RefillRequest) -> (Routing, [Finding]) {
    route(request, picture: picture(request.patientId))
  }

  func route(_ request: RefillRequest, picture pic: Picture) -> (Routing, [Finding]) {
    var findings: [RoutingFinding] = []
    var extra: [Finding] = []
    let p = request.patientId
    let total = pic.total
    let rx = data.rxById[request.rxId]
    // The fill after the request, when there is one (see below).
    var answered: LocalDate?

    func make(_ step: String? = nil) -> (Routing, [Finding]) {
      let blocking = findings.filter { $0.severity == .block }
      let decision: RoutingDecision = blocking.isEmpty ? .readyForPrescriber : .needsAction
      let send = rx?.schedule == .cii ? "send to prescriber: new Schedule II prescription needed" : "send to prescriber"
      let next = step ?? (blocking.isEmpty
        ? answered.map { "check whether the fill of \($0) answered this request, else \(send)" } ?? send
        : blocking.map { $0.message.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? $0.message }
          .uniqued().joined(separator: "; "))
      return (Routing(
        id: "RT-\(request.id)", requestId: request.id, patientId: p, rxId: request.rxId, drug: rx?.drug,
        decision: decision, mmePerDay: total, mmeTable: mme.tableId, nextStep: next, findings: findings,
        naloxone: rx == nil ? nil : pic.naloxone), extra)
    }

    guard let rx, rx.patientId == p else {
      findings.append(RoutingFinding(
        rule: "refill.request", source: "records", severity: .block,
        message: rx == nil ? "requested prescription is not in the ledger: check the rx id" : "requested prescription belongs to another patient: check the request"))
      return make()
    }

    // A prescription from outside the clinic counts in MME and the signals, but is never
    // refilled here: its prescriber refills it, or the clinic's writes a new one.
    if rx.isOutside {
      findings.append(RoutingFinding(
        rule: "refill.request", source: "records", severity: .block,
        message: "rx \(rx.id) was written outside the clinic (\(rx.source?.rawValue ?? "outside_prescriber")), not a clinic prescription to refill: refer the request to its prescriber"))
      findings += pic.signals
      return make()
    }
    let (limits, newRx) = scheduleLimits(rx)
    findings += pic.paperwork
    // The PDMP mandate can depend on whether this request needs a new prescription
    // (AK, AL above 90 MME/day: a check before every prescription).
    let occasion = PDMPMandate.Occasion(
      mmePerDay: total, prescribing: newRx ? rx.schedule : nil, drugClasses: ControlledDrugClass.of(drug: rx.drug, rxnorm: rx.rxnorm))
    findings += PaperworkGates(data: data, rules: rules).pdmp(p, on: asOf, occasion).1.findings
    findings += pic.afterPDMP

    // Early refill: share of the days' supply elapsed on the request date, since the last
    // fill on or before it (the request as it stood when it came in).
    let requested = LocalDate(request.requestedOn)
    if let fill = rx.lastFill(onOrBefore: requested), let requested, fill.daysSupply > 0 {
      let pct = rules.int("refill.early", "min_elapsed_pct")
      let elapsed = fill.date.days(to: requested)
      let share = pct.saturatingMultiplied(by: fill.daysSupply)
      if elapsed.saturatingMultiplied(by: 100) < share {
        let earliest = fill.date.adding(days: share.saturatingAdding(99) / 100)
        findings.append(RoutingFinding(
          rule: "refill.early", source: "clinic agreement", severity: .block,
          message: "early refill: \(elapsed) of \(fill.daysSupply) days elapsed since the fill of \(fill.date) (under \(pct)%), earliest \(earliest): ask the prescriber about an early refill"))
      }
    }
    // A fill after the request may have answered it: no paperwork is missing (issue 6's
    // needs_action list), but the prescriber should know before writing another.
    if let fill = rx.lastFill, let requested, fill.date > requested {
      answered = fill.date
      findings.append(RoutingFinding(
        rule: "refill.request", source: "records", severity: .warn,
        message: "filled \(fill.date), after this request of \(requested): check whether that fill answered it"))
    }

    findings += limits
    findings += ScheduleIISeries(data: data, rules: rules).findings(for: rx)
    findings += pic.signals

    // Specialty pharmacy: the payer's PA list for drugs.
    if let payer = pic.payer {
      let listed = rules.strings("rx.payer_pa", "pa_required_drugs", payer: payer.id).filter { !$0.isEmpty }
      if listed.contains(where: { IngredientName.same($0, rx.drug) }) {
        let message = "\(payer.name) requires prior authorization for \(rx.drug): start a PA (pa-submit)"
        findings.append(RoutingFinding(rule: "rx.payer_pa", source: "payer policy", severity: .warn, message: message))
        extra.append(Finding(
          id: "\(request.id)-pa", subjectKind: .rx, subjectId: rx.id, rule: "rx.payer_pa", source: "payer policy",
          severity: .warn, message: message,
          evidence: .object(JSONObject([
            ("patient_id", .string(p)), ("payer_id", .string(payer.id)), ("drug", .string(rx.drug)),
            ("request_id", .string(request.id)),
          ]))))
      }
    }
    return make()
  }

  /// The DEA refill limits for `rx` (21 CFR 1306.12, 1306.22), and whether the request
  /// needs a new prescription.
  func scheduleLimits(_ rx: Rx) -> ([RoutingFinding], newRx: Bool) {
    switch rx.schedule {
    case .cii:
      var out: [RoutingFinding] = []
      if let n = rx.refills, n > 0 {
        out.append(RoutingFinding(
          rule: "refill.schedule_ii", source: "21 CFR 1306.12", severity: .block,
          message: "data error: Schedule II prescription lists \(n) refill(s), but Schedule II cannot be refilled: correct the rx record"))
      }
      out.append(RoutingFinding(
        rule: "refill.schedule_ii", source: "21 CFR 1306.12", severity: .info,
        message: "Schedule II cannot be refilled: a new prescription is needed"))
      return (out, true)
    case .ciii, .civ:
      let maxRefills = rules.int("refill.schedule_iii_iv", "max_refills")
      let months = rules.int("refill.schedule_iii_iv", "max_months")
      if rx.refillsUsed >= maxRefills {
        return ([RoutingFinding(
          rule: "refill.schedule_iii_iv", source: "21 CFR 1306.22", severity: .block,
          message: "\(rx.refillsUsed) refills used, the limit is \(maxRefills): a new prescription is needed")], true)
      } else if let w = rx.writtenDate, asOf > w.adding(monthsClampedBack: months) {
        // Six months from August 31 end on the last day of February (clamped back).
        return ([RoutingFinding(
          rule: "refill.schedule_iii_iv", source: "21 CFR 1306.22", severity: .block,
          message: "written \(w), more than \(months) months ago (last fill date \(w.adding(monthsClampedBack: months))): a new prescription is needed")], true)
      } else if rx.refillsUsed >= (rx.refills ?? 0) {
        return ([RoutingFinding(
          rule: "refill.schedule_iii_iv", source: "21 CFR 1306.22", severity: .info,
          message: "no refills left on this prescription: a new prescription is needed")], true)
      }
      return ([], false)
    case .cv, .none:
      return ([], false)
    }
  }

  /// `30`, `7.5`; a whole number too large for an Int (a hand-edited ledger) prints as a
  /// double rather than trapping.
  static func format(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
  }
}

extension Array where Element: Hashable {
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
