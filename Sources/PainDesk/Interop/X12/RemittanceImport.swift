/// `paindesk import --from x12-835`: remittances onto the clinic's claims. A CLP matches a
/// claim by its patient control number (CLP01 = claim_number), then by date of service and
/// CPT when several claims share the number; the claim's status and paid amount and its
/// procedures' paid amounts are updated, and denied lines become denial records.
public enum RemittanceImport {
  public static func run(paths: [String], ledger: Ledger, options: RecordImporter.Options) throws(ToolkitError) -> (ImportSummary, InteropSummary) {
    var remits: [Remittance835] = []
    for path in paths { remits.append(try Remittance835.read(try InteropFile.read(path, maxBytes: 256 << 20), file: path)) }
    var interop = InteropSummary()
    interop.warnings += remits.flatMap(\.warnings)
    let claims = try ledger.records(of: .claim)
    let procedures = Dictionary(try ledger.records(of: .procedure).compactMap { p in p.string("id").map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
    let records = plan(remits, claims: claims, procedures: procedures, today: String(options.at.prefix(10)), summary: &interop)
    let summary = try RecordImporter(ledger: ledger, options: options).run(records: records, source: "x12-835")
    return (summary, interop)
  }

  /// The records an import writes: updated claims and procedures, and new denials.
  public static func plan(
    _ remits: [Remittance835], claims: [JSONObject], procedures: [String: JSONObject], today: String, summary: inout InteropSummary
  ) -> [JSONObject] {
    var byNumber: [String: [JSONObject]] = [:]
    for c in claims { if let n = c.string("claim_number") { byNumber[n, default: []].append(c) } }
    var updatedClaims: [String: JSONObject] = [:]
    var updatedProcedures: [String: JSONObject] = [:]
    var denials: [JSONObject] = []
    var order: [String] = []
    for remit in remits {
      for clp in remit.claims {
        summary.read["CLP claim payment", default: 0] += 1
        summary.read["SVC service line", default: 0] += clp.lines.count
        let at = "CLP '\(clp.patientControlNumber)'"
        guard let claim = match(clp, byNumber[clp.patientControlNumber] ?? []) else {
          let reason = (byNumber[clp.patientControlNumber] ?? []).isEmpty
            ? "no claim with this patient control number" : "several claims with this number; none matches the date and CPTs"
          summary.note(clp.file, clp.segment, at, reason, unit: "segment")
          summary.warnings.append("\(clp.file): segment \(clp.segment): \(at) not matched: \(reason)")
          continue
        }
        let claimId = claim.string("id")!
        var c = updatedClaims[claimId] ?? claim
        if clp.isReversal {
          guard reverse(clp, claim: &c, procedures: procedures, updated: &updatedProcedures, summary: &summary) else { continue }
          if updatedClaims[claimId] == nil { order.append(claimId) }
          updatedClaims[claimId] = c
          summary.mapped["claim", default: 0] += 1
          continue
        }
        if updatedClaims[claimId] == nil { order.append(claimId) }
        let lines = c["lines"]?.arrayValue?.compactMap(\.objectValue) ?? []
        var used = Set<Int>()
        var deniedLines = 0
        for (k, svc) in clp.lines.enumerated() {
          let denied = svc.paidCents == 0 && !svc.adjustments.isEmpty
          if denied { deniedLines += 1 }
          guard let n = lines.indices.first(where: { !used.contains($0) && lines[$0].string("cpt") == svc.cpt }) else {
            summary.note(clp.file, svc.segment, at, "SVC CPT \(svc.cpt) is not a line of claim '\(claimId)'", unit: "segment")
            if denied { denials.append(denial(claim, clp, line: svc, index: k, today: today, summary: &summary)) }
            continue
          }
          used.insert(n)
          if let pid = lines[n].string("procedure_id") {
            if var p = updatedProcedures[pid] ?? procedures[pid] {
              p["paid_cents"] = .int(svc.paidCents)
              updatedProcedures[pid] = p
            } else {
              summary.note(clp.file, svc.segment, at, "line names procedure '\(pid)', which is not in the ledger", unit: "segment")
            }
          }
          if denied { denials.append(denial(claim, clp, line: svc, index: k, today: today, summary: &summary)) }
        }
        c["lines"] = .array(lines.map { .object($0) })
        let allDenied = clp.isDenied || clp.paidCents == 0
        c["status"] = .string(allDenied ? "denied" : deniedLines > 0 ? "partial" : "paid")
        c["paid_cents"] = .int(clp.paidCents)
        if allDenied && deniedLines == 0 {
          denials.append(denial(claim, clp, line: nil, index: 0, today: today, summary: &summary))
        }
        updatedClaims[claimId] = c
        summary.mapped["claim", default: 0] += 1
      }
    }
    summary.mapped["procedure"] = updatedProcedures.isEmpty ? nil : updatedProcedures.count
    summary.mapped["denial"] = denials.isEmpty ? nil : denials.count
    return order.map { updatedClaims[$0]! } + updatedProcedures.keys.sorted().map { updatedProcedures[$0]! } + denials
  }

  /// Applies a reversal (CLP02 22) to the claim as it stands (in the ledger, or after the
  /// CLPs before it): the payer takes back the payment it made, so its amounts (CLP04 and
  /// SVC03, negative) are added to the claim's and its lines' procedures' paid amounts and
  /// the claim is `submitted` again, until the corrected claim that follows (CLP02 1, 2 or
  /// 3, same CLP01) sets the new amounts. It applies only while the claim holds the
  /// payment it reverses (paid_cents = -CLP04); otherwise (already reversed on an earlier
  /// import, or paid otherwise since) it is noted and left, so a rerun changes nothing.
  /// Denials of the reversed payment stay in the ledger.
  static func reverse(
    _ clp: Remittance835.Claim, claim c: inout JSONObject, procedures: [String: JSONObject], updated: inout [String: JSONObject],
    summary: inout InteropSummary
  ) -> Bool {
    let at = "CLP '\(clp.patientControlNumber)'"
    guard (c["paid_cents"]?.intValue ?? 0) == -clp.paidCents else {
      summary.note(
        clp.file, clp.segment, at, "reversal (CLP02 22) does not match the payment the claim holds (already reversed, or paid otherwise); not applied",
        unit: "segment")
      return false
    }
    let lines = c["lines"]?.arrayValue?.compactMap(\.objectValue) ?? []
    var used = Set<Int>()
    for svc in clp.lines {
      guard let n = lines.indices.first(where: { !used.contains($0) && lines[$0].string("cpt") == svc.cpt }) else {
        summary.note(clp.file, svc.segment, at, "SVC CPT \(svc.cpt) is not a line of claim '\(c.string("id") ?? "")'", unit: "segment")
        continue
      }
      used.insert(n)
      guard let pid = lines[n].string("procedure_id"), var p = updated[pid] ?? procedures[pid] else { continue }
      p["paid_cents"] = .int(max(0, (p["paid_cents"]?.intValue ?? 0) + svc.paidCents))
      updated[pid] = p
    }
    c["paid_cents"] = .int(0)
    c["status"] = "submitted"
    return true
  }

  /// The claim a CLP pays: the only one with its number, else the one whose service date
  /// and CPTs match.
  static func match(_ clp: Remittance835.Claim, _ candidates: [JSONObject]) -> JSONObject? {
    if candidates.count <= 1 { return candidates.first }
    let dates = Set(([clp.date] + clp.lines.map(\.date)).compactMap { $0 })
    let cpts = Set(clp.lines.map(\.cpt))
    let fits = candidates.filter { c in
      let claimCpts = Set((c["lines"]?.arrayValue ?? []).compactMap { $0.objectValue?.string("cpt") })
      return (dates.isEmpty || dates.contains(c.string("service_date") ?? "")) && cpts.isSubset(of: claimCpts)
    }
    return fits.count == 1 ? fits[0] : nil
  }

  /// A denial record for a denied line (or a denied claim without lines). The reason code
  /// is the first adjustment that is not routine (deductible, copay, contractual).
  static func denial(
    _ claim: JSONObject, _ clp: Remittance835.Claim, line: Remittance835.Line?, index: Int, today: String, summary: inout InteropSummary
  ) -> JSONObject {
    let claimId = claim.string("id")!
    let adjustments = (line?.adjustments ?? []) + clp.adjustments
    let chosen = adjustments.first { !CARCCategory.routine.contains($0.carc) } ?? adjustments.first
    var o = JSONObject()
    o["kind"] = .string("denial")
    o["id"] = .string(line == nil ? "\(claimId)-denial" : "\(claimId)-denial-\(index + 1)")
    o["patient_id"] = claim["patient_id"]
    o["payer_id"] = claim["payer_id"]
    o["claim_id"] = .string(claimId)
    o["notice_date"] = .string(clp.noticeDate ?? line?.date ?? clp.date ?? today)
    let rarcs = (line?.rarcs ?? []) + clp.rarcs
    if !rarcs.isEmpty { o["rarc"] = .array(rarcs.map { .string($0) }) }
    let what = line.map { "line \($0.cpt)" } ?? "claim"
    if let chosen {
      o["carc"] = .string(chosen.carc)
      let (category, known) = CARCCategory.category(chosen.carc)
      o["category"] = .string(category.rawValue)
      o["reason"] = .string("\(chosen.group)-\(chosen.carc) on \(what)")
      if !known {
        summary.warnings.append("\(clp.file): segment \(line?.segment ?? clp.segment): CARC \(chosen.carc) is not in the toolkit's table; denial filed as 'other'")
      }
    } else {
      o["category"] = .string("other")
      o["reason"] = .string("denied \(what) (no adjustment code)")
    }
    o["amount_cents"] = .int(line?.chargeCents ?? clp.chargeCents)
    return o
  }
}
