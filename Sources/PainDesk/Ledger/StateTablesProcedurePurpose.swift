extension StateTables {
  /// Columns added by migration `v8-procedure-purpose`: the procedure's `purpose`, which the
  /// prior-authorization evidence reads (a trial counts only when it is marked as one).
  static let v8ProcedurePurpose: [RecordKind: [StateColumn]] = [
    .procedure: [StateColumn("purpose")]
  ]
}
