/// `procedure_revenue` (issue 7, speed): performed procedures counted per day and per what
/// revenue-model groups them by, with their auth's payer already joined, so the report
/// reads a few thousand groups instead of every procedure and an auth lookup for each
/// (about 1 s of the report at 100,000 patients).
///
/// It counts the "plain" procedures: not void, performed, dated, no paid cents of their
/// own, and naming an auth that is not void. The others, a few in a clinic, are read one by
/// one as before: those with paid cents or no auth through a partial index
/// (`procedure_revenue_odd`), those of a void auth through the void auths (`auth_voided`),
/// and plain ones whose payer is void or missing (`Ledger.procedureFacts`).
///
/// Kept by triggers on the two state tables, so that every writer (the importer, bookings,
/// voids, updates, a later migration's backfill) keeps it exact without knowing of it: a
/// procedure's row moves when the procedure changes, and all of an auth's procedures move
/// when the auth is voided, restored or changes payer. `paindesk verify` compares it with a
/// recount from the state tables (which it checks against the history).
enum ProcedureRevenue {
  /// The group a procedure `p` counts in, as its auth's payer `payer`: a JSON array, so
  /// that a NULL among the fields is still one key (a primary key cannot hold NULL).
  static func key(_ p: String, payer: String) -> String {
    "json_array(\(p).cpt, \(p).provider_id, \(p).location_id, \(p).place_of_service, \(p).units, \(payer))"
  }

  /// Whether procedure `p` is plain (its auth aside).
  static func plain(_ p: String) -> String {
    "\(p).voided = 0 AND \(p).status = 'performed' AND \(p).paid_cents IS NULL AND \(p).date IS NOT NULL"
  }

  static let columns = "date, key, cpt, provider_id, location_id, place_of_service, units, payer_id, n"

  /// The columns of a group row for procedure `p` of auth payer `payer`, counted once.
  static func values(_ p: String, payer: String) -> String {
    "\(p).date, \(key(p, payer: payer)), \(p).cpt, \(p).provider_id, \(p).location_id, \(p).place_of_service, \(p).units, \(payer), 1"
  }

  static let upsert = "ON CONFLICT (date, key) DO UPDATE SET n = n + excluded.n"

  /// The table as the state gives it (the backfill, and what verify compares with).
  static let expected = """
    SELECT p.date AS date, \(key("p", payer: "a.payer_id")) AS key, p.cpt AS cpt, p.provider_id AS provider_id,
      p.location_id AS location_id, p.place_of_service AS place_of_service, p.units AS units, a.payer_id AS payer_id,
      count(*) AS n
    FROM procedure p JOIN auth a ON a.id = p.auth_id AND a.voided = 0
    WHERE \(plain("p"))
    GROUP BY 1, 2
    """

  /// The WHERE of `procedure_revenue_odd`, the performed procedures it does not count
  /// because of their own fields; `procedureFacts` repeats it word for word (`t`: "p.").
  static func oddWhere(_ t: String = "") -> String {
    "\(t)voided = 0 AND \(t)status = 'performed' AND (\(t)paid_cents IS NOT NULL OR \(t)auth_id IS NULL)"
  }

  /// Migration `v7-procedure-revenue`, statement by statement as it first ran (append-only).
  static let statements: [String] = [
    """
    CREATE TABLE procedure_revenue (
      date TEXT NOT NULL, key TEXT NOT NULL, cpt TEXT, provider_id TEXT, location_id TEXT, place_of_service TEXT,
      units INTEGER, payer_id TEXT, n INTEGER NOT NULL, PRIMARY KEY (date, key)) WITHOUT ROWID
    """,
    "INSERT INTO procedure_revenue (\(columns)) \(expected)",
    // The procedures read one by one, with what procedureFacts reads of them.
    """
    CREATE INDEX procedure_revenue_odd ON procedure(date, cpt, provider_id, units, place_of_service, location_id,
      paid_cents, auth_id, patient_id, id) WHERE \(oddWhere())
    """,
    // The void auths (a few), to find their procedures.
    "CREATE INDEX auth_voided ON auth(id) WHERE voided = 1",
    // A procedure counts (or stops counting) when it is added or changes; the auth it
    // names must exist and not be void (a missing auth is a broken reference, which the
    // commit refuses).
    """
    CREATE TRIGGER procedure_revenue_add AFTER INSERT ON procedure WHEN \(plain("NEW")) BEGIN
    \(add("NEW"));
    END
    """,
    """
    CREATE TRIGGER procedure_revenue_change AFTER UPDATE ON procedure
    WHEN \(["voided", "status", "paid_cents", "date", "auth_id", "cpt", "provider_id", "location_id", "place_of_service", "units"].map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR "))
    BEGIN
    UPDATE procedure_revenue SET n = n - 1
    WHERE date = OLD.date AND key = (SELECT \(key("OLD", payer: "a.payer_id")) FROM auth a WHERE a.id = OLD.auth_id AND a.voided = 0)
      AND \(plain("OLD"));
    DELETE FROM procedure_revenue WHERE date = OLD.date AND n = 0;
    \(add("NEW"));
    END
    """,
    // An auth's procedures count from when it exists and is not void, under its payer.
    """
    CREATE TRIGGER procedure_revenue_auth_add AFTER INSERT ON auth WHEN NEW.voided = 0 BEGIN
    \(addAll(auth: "NEW"));
    END
    """,
    """
    CREATE TRIGGER procedure_revenue_auth_change AFTER UPDATE ON auth
    WHEN OLD.voided IS NOT NEW.voided OR OLD.payer_id IS NOT NEW.payer_id
    BEGIN
    UPDATE procedure_revenue SET n = n - (
        SELECT count(*) FROM procedure p WHERE p.auth_id = OLD.id AND \(plain("p"))
          AND p.date = procedure_revenue.date AND \(key("p", payer: "OLD.payer_id")) = procedure_revenue.key)
    WHERE OLD.voided = 0
      AND (date, key) IN (SELECT p.date, \(key("p", payer: "OLD.payer_id")) FROM procedure p WHERE p.auth_id = OLD.id AND \(plain("p")));
    DELETE FROM procedure_revenue WHERE n = 0 AND date IN (SELECT p.date FROM procedure p WHERE p.auth_id = OLD.id);
    \(addAll(auth: "NEW"));
    END
    """,
  ]

  /// Counts procedure `p` (a trigger's NEW) if it is plain and its auth is not void.
  static func add(_ p: String) -> String {
    """
    INSERT INTO procedure_revenue (\(columns))
    SELECT \(values(p, payer: "a.payer_id")) FROM auth a WHERE a.id = \(p).auth_id AND a.voided = 0 AND \(plain(p))
    \(upsert)
    """
  }

  /// Counts the plain procedures of auth `a` (a trigger's NEW) if it is not void.
  static func addAll(auth a: String) -> String {
    """
    INSERT INTO procedure_revenue (\(columns))
    SELECT \(values("p", payer: "\(a).payer_id")) FROM procedure p WHERE p.auth_id = \(a).id AND \(a).voided = 0 AND \(plain("p"))
    \(upsert)
    """
  }
}
