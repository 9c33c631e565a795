/// The built-in demo clinic: a realistic, entirely synthetic two-physician interventional
/// pain practice in central Texas, with 12 months of history ending at the as-of date.
/// It feeds `paindesk demo`, the tools' examples and the end-to-end golden tests.
///
/// Deterministic: the same seed and as-of date give byte-identical records on every run
/// and platform (each record kind draws from its own SplitMix64 stream keyed by the seed
/// and the kind's name). Records come in dependency order (`RecordKind.stored`): every
/// record after the records it references, so `paindesk import` takes them in one pass.
public enum DemoClinic {
  /// The clinic as of `asOf` (`YYYY-MM-DD`, a real date: check it first with
  /// `validate(asOf:)`; an invalid date is a programming error and traps).
  public static func generate(seed: UInt64, asOf: String) -> [JSONObject] {
    guard let day = DemoDate(asOf) else { preconditionFailure("DemoClinic: as-of '\(asOf)' is not a YYYY-MM-DD date") }
    let b = DemoBuilder(seed: seed, asOf: day)
    DemoPeople.providers(b)
    DemoPeople.locations(b)
    DemoPeople.payers(b)
    DemoPeople.planPatients(b)
    DemoControlled.plan(b)
    DemoPeople.emitPatients(b)
    DemoPeople.coverages(b)
    DemoEvidence.diagnoses(b)
    DemoEvidence.conservativeCare(b)
    DemoEvidence.imaging(b)
    DemoProcedures.plan(b)
    DemoControlled.prescriptions(b)
    DemoControlled.drugScreens(b)
    DemoIntake.plan(b)
    DemoScheduling.planVisits(b)
    DemoBilling.claims(b)
    DemoProcedures.emit(b)
    DemoProcedures.assessments(b)
    DemoControlled.riskAssessments(b)
    DemoBilling.fees(b)
    DemoBilling.denials(b)
    DemoBilling.appeals(b)
    DemoScheduling.appointments(b)
    DemoScheduling.slotsAndWaitlist(b)
    DemoScheduling.outreach(b)
    DemoControlled.refillRequests(b)
    DemoControlled.monitoring(b)
    DemoIntake.referrals(b)
    DemoIntake.recordsRequests(b)
    return b.all()
  }

  /// Checks an as-of date before `generate`.
  public static func validate(asOf: String) throws(ToolkitError) {
    guard DemoDate(asOf) != nil else {
      throw .usage("invalid as-of date '\(asOf)': expected a real date as YYYY-MM-DD")
    }
  }
}
