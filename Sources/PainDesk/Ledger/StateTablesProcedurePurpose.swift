extension StateTables {
  /// Columns added by migration `v8-procedure-purpose`: the procedure's `purpose` (a trial
  /// counts only when it is marked as one) and `analgesic_reduction_pct` (a stimulator
  /// trial's alternative to pain relief), which the prior-authorization evidence reads.
  static let v8ProcedurePurpose: [RecordKind: [StateColumn]] = [
    .procedure: [StateColumn("purpose"), StateColumn("analgesic_reduction_pct", "INTEGER")]
  ]
}
