// ESI and facet criteria (domain.md §1.2, §1.3): ESI LCDs L39240/L39242 [S]; facet LCD
// L38773 and the CGS RFA pathway [C]; repeat RFA eviCore CMM-208 [U].
extension CriteriaContext {
  mutating func esi(_ family: ProcedureFamily) {
    let region = region(of: family)
    let sessions = priorSessions({ $0.isESI }, region: region)
    frequency(
      rule: "esi.frequency", sessions: sessions, max: rules.int("esi.frequency", "max_sessions"),
      months: rules.int("esi.frequency", "window_months"), what: "ESI sessions in the region")
    // Levels per session: transforaminal <= 2, interlaminar 1.
    let lines = auth.items.filter { ProcedureCatalog.entry($0.cpt)?.family == family }
    let levels = SpinalLevelCount.levels(of: lines)
    let maxLevels = family == .esiTransforaminal
      ? rules.int("esi.levels", "max_transforaminal_levels") : rules.int("esi.levels", "max_interlaminar_levels")
    if levels > maxLevels {
      add("esi.levels", .block, "\(levels) levels requested; the rule allows \(maxLevels) per session for \(family.rawValue)")
    }
    if let last = sessions.first {
      priorRelief(
        rule: "esi.repeat", last: last, minPct: rules.int("esi.repeat", "min_relief_pct"),
        minSpan: rules.span("esi.repeat", "min_relief_months"), what: "ESI")
    } else {
      durationAndCare(rule: "esi.first", weeks: rules.int("esi.first", "min_pain_weeks"), region: region)
      let img = imaging(region: region)
      if rules.bool("esi.first", "requires_concordant_imaging") {
        if img.isEmpty {
          add("esi.first", .block, "no imaging of the region recorded; the rule wants concordant imaging")
        } else {
          add("esi.first", nil, "imaging of the region: \(img.map { "\($0.modality.rawValue) \($0.date)" }.joined(separator: ", "))", img.map { EvidenceRef(.imaging, $0.id) })
        }
      }
      if rules.bool("esi.first", "requires_baseline_scores") { baselineScores("esi.first", function: true) }
    }
  }

  mutating func baselineScores(_ rule: String, function: Bool) {
    let pain = baseline(CriteriaContext.painScales)
    if pain.isEmpty {
      add(rule, .block, "no baseline pain score (NRS/VAS/PEG) recorded before \(serviceDate)")
    } else {
      add(rule, nil, "baseline pain score recorded", pain.prefix(3).map { EvidenceRef(.assessment, $0.id) })
    }
    guard function else { return }
    let fn = baseline(CriteriaContext.functionScales)
    if fn.isEmpty {
      add(rule, .block, "no baseline function score (ODI/NDI/PEG) recorded before \(serviceDate)")
    } else {
      add(rule, nil, "baseline function score recorded", fn.prefix(3).map { EvidenceRef(.assessment, $0.id) })
    }
  }

  /// Untreated radiculopathy (M54.1x, M51.1x) in the facet's region: a warning, since
  /// whether it was treated is the physician's call.
  mutating func noUntreatedRadiculopathy(region: CatalogRegion?) {
    let radic = ev.diagnoses.filter { d in
      guard let code = d.icd10 else { return false }
      return (code.hasPrefix("M54.1") || code.hasPrefix("M51.1")) && (region == nil || d.region?.frequencyRegion == region)
    }
    if radic.isEmpty { return }
    let esi = priorSessions({ $0.isESI }, region: region)
    if esi.isEmpty {
      add("facet.mbb.first", .warn, "radiculopathy diagnosed in the region and no ESI recorded; the rule excludes untreated radiculopathy", radic.map { EvidenceRef(.diagnosis, $0.id) })
    }
  }

  mutating func facetInjection() {
    let region = region(of: .facetInjection)
    let blocks = priorSessions({ $0 == .facetInjection }, region: region)
    let therapeutic = intent == "therapeutic"
    if therapeutic {
      let rule = "facet.therapeutic"
      frequency(
        rule: rule, sessions: blocks, max: rules.int(rule, "max_sessions"), months: rules.int(rule, "window_months"),
        what: "facet injections in the region")
      if let last = blocks.first {
        priorRelief(
          rule: rule, last: last, minPct: rules.int(rule, "repeat_min_relief_pct"),
          minSpan: rules.span(rule, "repeat_min_relief_months"), what: "facet injection")
      } else {
        add(rule, .block, "no diagnostic blocks recorded; therapeutic injections follow two diagnostic blocks")
      }
      return
    }
    let first = "facet.mbb.first"
    durationAndCare(rule: first, months: rules.int(first, "min_pain_months"), region: region)
    if rules.bool(first, "excludes_untreated_radiculopathy") { noUntreatedRadiculopathy(region: region) }
    // A second block within the window: the first must have given >= 80% relief.
    let recent = inWindow(blocks, months: 12)
    if let last = recent.first {
      priorRelief(rule: "facet.mbb.second", last: last, minPct: rules.int("facet.mbb.second", "min_relief_pct"), minSpan: nil, what: "medial branch block")
    }
  }

  mutating func facetRFA() {
    let region = region(of: .facetRFA)
    let rfas = priorSessions({ $0 == .facetRFA }, region: region)
    if let last = rfas.first {
      let rule = "facet.rfa.repeat"
      if let d = LocalDate(last.date) {
        let earliest = DateSpan.months(rules.int(rule, "min_months_since_last")).after(d)
        if serviceDate < earliest {
          add(rule, .block, "last RFA in the region was \(last.date); a repeat is due no sooner than \(earliest)", [EvidenceRef(.procedure, last.id)])
        } else {
          add(rule, nil, "last RFA in the region was \(last.date)", [EvidenceRef(.procedure, last.id)])
        }
      }
      priorRelief(
        rule: rule, last: last, minPct: rules.int(rule, "min_relief_pct"),
        minSpan: .days(7 * rules.int(rule, "min_relief_weeks")), what: "RFA")
      frequency(
        rule: rule, sessions: rfas, max: rules.int(rule, "max_sessions"), months: rules.int(rule, "window_months"),
        what: "RFA sessions in the region")
      return
    }
    let rule = "facet.rfa.first"
    let need = rules.int(rule, "required_blocks")
    let minPct = rules.int(rule, "min_relief_pct")
    let blocks = Array(priorSessions({ $0 == .facetInjection }, region: region).prefix(need))
    guard blocks.count >= need else {
      add(rule, .block, "\(blocks.count) medial branch block(s) in the region recorded; a first RFA needs \(need) in a row", blocks.map { EvidenceRef(.procedure, $0.id) })
      return
    }
    var scales = Set<Instrument>()
    var refs: [EvidenceRef] = []
    var ok = true
    for b in blocks {
      let r = ev.relief(of: b)
      refs += self.refs(b, r)
      if let inst = r?.instrument { scales.insert(inst) }
      guard let r else {
        add(rule, .block, "no relief recorded for block \(b.id): record relief_pct or pre/post pain scores", [EvidenceRef(.procedure, b.id)])
        ok = false
        continue
      }
      if r.pct < minPct {
        add(rule, .block, "block \(b.id) gave \(r.pct)% relief; each block needs at least \(minPct)%", self.refs(b, r))
        ok = false
      }
    }
    if rules.bool(rule, "same_level") {
      let levelSets = blocks.map { Set($0.levels ?? []) }
      if levelSets.contains(where: \.isEmpty) {
        add(rule, .warn, "levels not recorded on every block; the rule wants both at the same level", refs)
      } else if levelSets[0] != levelSets[1] {
        add(rule, .block, "the blocks were at different levels (\(levelSets.map { $0.sorted().joined(separator: "+") }.joined(separator: " vs ")))", refs)
        ok = false
      }
    }
    if rules.bool(rule, "same_pain_scale") && scales.count > 1 {
      add(rule, .block, "the blocks were scored on different pain scales (\(scales.map(\.rawValue).sorted().joined(separator: ", ")))", refs)
      ok = false
    }
    if ok { add(rule, nil, "\(need) blocks in a row with at least \(minPct)% relief each", refs) }
    if rules.bool(rule, "requires_baseline_function") {
      let fn = baseline([.odi, .ndi])
      if fn.isEmpty {
        add(rule, .block, "no baseline function score (ODI/NDI) recorded")
      } else {
        add(rule, nil, "baseline function score recorded", fn.prefix(3).map { EvidenceRef(.assessment, $0.id) })
      }
    }
  }
}
