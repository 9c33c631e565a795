/// The clinical evidence a PA request or an appeal cites: diagnoses, conservative care,
/// imaging and the documents behind them.
enum DemoCondition: CaseIterable {
  case lumbarRadicular, cervicalRadicular, lumbarFacet, cervicalFacet, sacroiliac
  case failedBack, fracture, intrathecal, neuropathic, medication

  static func draw(_ r: DemoRandom) -> DemoCondition {
    r.weighted([
      (.lumbarRadicular, 26), (.lumbarFacet, 16), (.cervicalRadicular, 9), (.cervicalFacet, 6),
      (.sacroiliac, 8), (.failedBack, 5), (.fracture, 3), (.intrathecal, 2), (.neuropathic, 2),
      (.medication, 23),
    ])
  }

  var region: String {
    switch self {
    case .cervicalRadicular, .cervicalFacet: return "cervical"
    case .sacroiliac: return "sij"
    case .failedBack: return "thoracic"
    case .fracture: return "thoracic"
    default: return "lumbar"
    }
  }

  var isSpinal: Bool {
    switch self {
    case .lumbarRadicular, .cervicalRadicular, .lumbarFacet, .cervicalFacet, .sacroiliac: return true
    default: return false
    }
  }

  /// Candidate ICD-10-CM codes; the first pick is the primary diagnosis.
  var icd10: [[String]] {
    switch self {
    case .lumbarRadicular: return [["M54.16", "M54.17", "M51.26", "M51.27", "M48.061", "M48.062"], ["M54.50"]]
    case .cervicalRadicular: return [["M54.12"], ["M54.2"]]
    case .lumbarFacet: return [["M47.816", "M47.817"], ["M54.50"]]
    case .cervicalFacet: return [["M47.812"], ["M54.2"]]
    case .sacroiliac: return [["M53.3"], ["M54.50"]]
    case .failedBack: return [["M96.1"], ["G89.29"], ["M54.16", "M54.17"]]
    case .fracture: return [["M80.08XA", "M48.56XA"]]
    case .intrathecal: return [["G89.4"], ["M96.1"]]
    case .neuropathic: return [["G89.29"], ["M54.50", "M54.2"]]
    case .medication: return [["G89.4", "G89.29"], ["M47.817", "M54.50", "M47.816"]]
    }
  }
}

enum DemoEvidence {
  /// Writes a document and returns its id; the path is unique and relative.
  static func document(_ b: DemoBuilder, _ patientID: String, _ type: String, _ slug: String, _ date: DemoDate)
    -> String
  {
    b.documents += 1
    let id = demoID("D", b.documents, width: 5)
    b.documentsByPatient[patientID, default: []].append(id)
    b.emit(.document, id, [
      "patient_id": .str(patientID), "type": .str(type),
      "path": .str("docs/\(patientID)/\(slug)-\(date.text)-\(id).pdf"),
      "sha256": .str(b.rng(.document).hex(64)), "date": .date(date),
    ])
    return id
  }

  /// The day evidence was gathered for a patient: the new-patient visit, or for a patient
  /// seen long ago, a re-evaluation at the start of the history.
  static func workupDay(_ b: DemoBuilder, _ p: DemoPatient) -> DemoDate? {
    guard let first = p.firstSeen else { return nil }
    return p.isActive ? max(first, b.historyStart + 3).weekdayOnOrAfter : first
  }

  static func diagnoses(_ b: DemoBuilder) {
    let r = b.rng(.diagnosis)
    var n = 0
    for p in b.patients {
      guard let day = workupDay(b, p) else { continue }
      var codes = p.condition.icd10.enumerated().compactMap { k, options in
        k == 0 || r.chance(0.6) ? r.pick(options) : nil
      }
      if p.opioid { codes.append("Z79.891") }
      b.diagnosisCodes[p.id] = codes
      for code in codes {
        n += 1
        b.emit(.diagnosis, demoID("DX", n, width: 5), [
          "patient_id": .str(p.id), "icd10": .str(code), "noted_on": .date(day),
          "onset": .date(day - r.int(35...900)),
          "region": code.hasPrefix("M54.5") || code.hasPrefix("M47.81") || code.hasPrefix("M48.06") || code.hasPrefix("M51.2") || code == "M54.16" || code == "M54.17" ? "lumbar"
            : code == "M54.12" || code == "M54.2" || code == "M47.812" ? "cervical"
            : code == "M53.3" ? "sij" : code.hasPrefix("M80") || code.hasPrefix("M48.56") ? "thoracic" : nil,
        ])
      }
    }
  }

  static func conservativeCare(_ b: DemoBuilder) {
    let r = b.rng(.conservativeCare)
    var n = 0
    for p in b.patients where p.condition != .medication {
      guard let day = workupDay(b, p) else { continue }
      var kinds = ["physical_therapy", "nsaid"]
      if r.chance(0.5) { kinds.append("home_exercise") }
      if r.chance(0.2) { kinds.append("chiropractic") }
      if r.chance(0.15) { kinds.append("activity_modification") }
      for type in kinds where r.chance(type == "physical_therapy" ? 0.93 : 0.85) {
        n += 1
        let start = day - r.int(50...240)
        let ongoing = type == "home_exercise" || (type == "nsaid" && r.chance(0.4))
        let outcome = ongoing ? "ongoing" : r.weighted([("failed", 70), ("partial", 25), ("helped", 5)])
        b.emit(.conservativeCare, demoID("CC", n, width: 5), [
          "patient_id": .str(p.id), "type": .str(type), "start": .date(start),
          "end": ongoing ? nil : .date(start + r.int(28...84)), "outcome": .str(outcome),
        ])
      }
    }
  }

  static func imaging(_ b: DemoBuilder) {
    let r = b.rng(.imaging)
    var n = 0
    for p in b.patients {
      guard let day = workupDay(b, p), p.condition != .neuropathic,
        p.condition != .medication || r.chance(0.5)
      else { continue }
      let (modality, region, summary) = study(p.condition, r)
      let date = day - r.int(7...150)
      n += 1
      let doc = DemoEvidence.document(b, p.id, "imaging_report", modality + "-" + region, date)
      b.emit(.imaging, demoID("IM", n, width: 5), [
        "patient_id": .str(p.id), "modality": .str(modality), "region": .str(region), "date": .date(date),
        "summary": .str(summary), "document_id": .str(doc),
      ])
      if p.condition == .lumbarRadicular && r.chance(0.15) {
        n += 1
        let emgDay = min(day + r.int(7...30), b.asOf)
        b.emit(.imaging, demoID("IM", n, width: 5), [
          "patient_id": .str(p.id), "modality": "emg", "region": "lumbar", "date": .date(emgDay),
          "summary": .str("Electrodiagnostic evidence of chronic \(r.pick(["left", "right"])) L5 radiculopathy; no polyneuropathy."),
        ])
      }
    }
  }

  /// A study whose findings fit the condition (our own wording).
  static func study(_ c: DemoCondition, _ r: DemoRandom) -> (String, String, String) {
    let side = r.pick(["left", "right"])
    switch c {
    case .lumbarRadicular:
      let level = r.pick(["L4-L5", "L5-S1", "L3-L4"])
      return r.chance(0.7)
        ? ("mri", "lumbar", "\(level) \(side) paracentral disc protrusion contacting the traversing nerve root; moderate \(side) foraminal narrowing.")
        : ("mri", "lumbar", "Degenerative spondylolisthesis with moderate central canal and lateral recess stenosis at \(level).")
    case .cervicalRadicular:
      return ("mri", "cervical", "Disc osteophyte complex at \(r.pick(["C5-C6", "C6-C7"])) with moderate \(side) foraminal stenosis; no cord signal change.")
    case .lumbarFacet:
      return ("mri", "lumbar", "Bilateral facet arthropathy L3-L4 through L5-S1 with small joint effusions; no significant stenosis.")
    case .cervicalFacet:
      return ("mri", "cervical", "Facet hypertrophy at C4-C5 and C5-C6; mild degenerative disc disease; canal patent.")
    case .sacroiliac:
      return ("xray", "sij", "Mild sclerosis of the \(side) sacroiliac joint; lumbar alignment preserved.")
    case .failedBack:
      return ("mri", "lumbar", "Postoperative changes L4-S1 with epidural fibrosis around the \(side) L5 root; no recurrent herniation.")
    case .fracture:
      return ("mri", "thoracic", "Acute \(r.pick(["T11", "T12", "L1"])) compression fracture, about \(r.pick([25, 30, 40]))% height loss, marrow edema on STIR.")
    case .intrathecal:
      return ("ct", "lumbar", "Extensive postoperative changes L3-S1 with solid fusion; catheter tip at T10 on scout.")
    case .neuropathic, .medication:
      return ("xray", "lumbar", "Multilevel spondylosis, worst at L4-L5; no instability on flexion and extension.")
    }
  }
}
