CREATE TABLE "agreement" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "signed_on" TEXT,
  "expires_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "agreement_by_patient_id" ON "agreement"("patient_id");
CREATE TABLE "appeal" (
  id TEXT PRIMARY KEY NOT NULL,
  "denial_id" TEXT REFERENCES "denial"(id) DEFERRABLE INITIALLY DEFERRED,
  "level" TEXT,
  "deadline" TEXT,
  "status" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "filed_on" TEXT, "decided_on" TEXT, "recovered_cents" INTEGER);
CREATE INDEX "appeal_by_denial_id" ON "appeal"("denial_id");
CREATE INDEX "appeal_by_status" ON "appeal"("status");
CREATE TABLE "appointment" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "start" TEXT,
  "type" TEXT,
  "status" TEXT,
  "location_id" TEXT REFERENCES "location"(id) DEFERRABLE INITIALLY DEFERRED,
  "auth_id" TEXT REFERENCES "auth"(id) DEFERRABLE INITIALLY DEFERRED,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "cancelled_at" TEXT, "cpts" TEXT);
CREATE INDEX "appointment_by_auth_id_revenue" ON "appointment"("auth_id", "status", "voided", "start");
CREATE INDEX "appointment_by_location_id" ON "appointment"("location_id");
CREATE INDEX "appointment_by_patient_id" ON "appointment"("patient_id");
CREATE INDEX "appointment_by_provider_id" ON "appointment"("provider_id");
CREATE INDEX "appointment_by_start_revenue" ON "appointment"("start", "voided", "status", "type");
CREATE INDEX appointment_recall_completed ON appointment(patient_id, start, type)
WHERE voided = 0 AND status = 'completed';
CREATE INDEX appointment_recall_open ON appointment(start, id, patient_id, type, status, cancelled_at)
WHERE voided = 0 AND status IN ('scheduled', 'cancelled', 'no_show');
CREATE INDEX appointment_recall_pump_refill ON appointment(patient_id, start, id, type)
WHERE voided = 0 AND status = 'completed' AND type = 'pump_refill';
CREATE TABLE appointment_revenue (start NOT NULL, status NOT NULL, type NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (start, status, type)) WITHOUT ROWID;
CREATE TRIGGER appointment_revenue_add AFTER INSERT ON appointment WHEN NEW.voided = 0 AND NEW.start IS NOT NULL AND NEW.status IS NOT NULL AND NEW.type IS NOT NULL BEGIN
INSERT INTO appointment_revenue (start, status, type, n) SELECT NEW.start, NEW.status, NEW.type, 1 WHERE NEW.voided = 0 AND NEW.start IS NOT NULL AND NEW.status IS NOT NULL AND NEW.type IS NOT NULL
ON CONFLICT (start, status, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER appointment_revenue_change AFTER UPDATE ON appointment WHEN OLD.start IS NOT NEW.start OR OLD.status IS NOT NEW.status OR OLD.type IS NOT NEW.type OR OLD.voided IS NOT NEW.voided BEGIN
UPDATE appointment_revenue SET n = n - 1 WHERE start = OLD.start AND status = OLD.status AND type = OLD.type AND OLD.voided = 0 AND OLD.start IS NOT NULL AND OLD.status IS NOT NULL AND OLD.type IS NOT NULL;
DELETE FROM appointment_revenue WHERE start = OLD.start AND status = OLD.status AND type = OLD.type AND n = 0;
INSERT INTO appointment_revenue (start, status, type, n) SELECT NEW.start, NEW.status, NEW.type, 1 WHERE NEW.voided = 0 AND NEW.start IS NOT NULL AND NEW.status IS NOT NULL AND NEW.type IS NOT NULL
ON CONFLICT (start, status, type) DO UPDATE SET n = n + 1;
END;
CREATE TABLE "assessment" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "date" TEXT,
  "instrument" TEXT,
  "score" REAL,
  "procedure_id" TEXT REFERENCES "procedure"(id) DEFERRABLE INITIALLY DEFERRED,
  "timing" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "result" TEXT);
CREATE INDEX "assessment_by_patient_id" ON "assessment"("patient_id");
CREATE INDEX "assessment_by_procedure_id" ON "assessment"("procedure_id");
CREATE TABLE "auth" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "payer_id" TEXT REFERENCES "payer"(id) DEFERRABLE INITIALLY DEFERRED,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "status" TEXT,
  "urgency" TEXT,
  "service_date" TEXT,
  "submitted_at" TEXT,
  "decided_at" TEXT,
  "valid_from" TEXT,
  "valid_to" TEXT,
  "reauth_of" TEXT REFERENCES "auth"(id) DEFERRABLE INITIALLY DEFERRED,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "channel" TEXT, "location_id" TEXT, "place_of_service" TEXT, "items" TEXT);
CREATE INDEX "auth_by_id_revenue" ON "auth"("id", "voided", "payer_id", "patient_id", "provider_id");
CREATE INDEX "auth_by_patient_id" ON "auth"("patient_id");
CREATE INDEX "auth_by_payer_id" ON "auth"("payer_id");
CREATE INDEX "auth_by_provider_id" ON "auth"("provider_id");
CREATE INDEX "auth_by_reauth_of" ON "auth"("reauth_of");
CREATE INDEX "auth_by_status_revenue" ON "auth"("status", "voided", "payer_id", "items", "place_of_service", "submitted_at", "urgency", "location_id", "service_date", "valid_to", "id");
CREATE INDEX "auth_by_submitted_revenue" ON "auth"("submitted_at", "payer_id", "voided", "id") WHERE submitted_at IS NOT NULL;
CREATE TABLE auth_history (auth_id TEXT PRIMARY KEY NOT NULL, ever_pended INTEGER NOT NULL DEFAULT 0, first_seq INTEGER, at TEXT, payer_id TEXT, status TEXT, urgency TEXT, channel TEXT, submitted_at TEXT, decided_at TEXT, location_id TEXT, service_date TEXT, first_cpt TEXT, cpts TEXT);
CREATE INDEX "auth_history_by_decision_revenue" ON "auth_history"("decided_at", "at", "status", "payer_id", "first_cpt", "channel", "auth_id") WHERE first_seq IS NOT NULL;
CREATE INDEX "auth_history_pended_revenue" ON "auth_history"("auth_id") WHERE ever_pended = 1;
CREATE INDEX auth_undecided_by_id ON auth(id) WHERE voided = 0 AND status IN ('pended', 'submitted');
CREATE INDEX auth_voided ON auth(id) WHERE voided = 1;
CREATE TABLE "case" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "coverage_id" TEXT REFERENCES "coverage"(id) DEFERRABLE INITIALLY DEFERRED,
  "type" TEXT,
  "state" TEXT,
  "status" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "case_by_coverage_id" ON "case"("coverage_id");
CREATE INDEX "case_by_patient_id" ON "case"("patient_id");
CREATE TABLE "claim" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "payer_id" TEXT REFERENCES "payer"(id) DEFERRABLE INITIALLY DEFERRED,
  "claim_number" TEXT,
  "service_date" TEXT,
  "status" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "paid_cents" INTEGER, "lines" TEXT);
CREATE INDEX "claim_by_claim_number" ON "claim"("claim_number");
CREATE INDEX "claim_by_patient_id" ON "claim"("patient_id");
CREATE INDEX "claim_by_payer_id" ON "claim"("payer_id");
CREATE INDEX "claim_by_service_date_revenue" ON "claim"("service_date", "voided", "payer_id", "paid_cents");
CREATE TABLE claim_revenue (service_date NOT NULL, payer_id NOT NULL, n INTEGER NOT NULL, paid_cents INTEGER NOT NULL,
  PRIMARY KEY (service_date, payer_id)) WITHOUT ROWID;
CREATE TRIGGER claim_revenue_add AFTER INSERT ON claim WHEN NEW.voided = 0 AND NEW.service_date IS NOT NULL AND NEW.payer_id IS NOT NULL BEGIN
INSERT INTO claim_revenue (service_date, payer_id, n, paid_cents) SELECT NEW.service_date, NEW.payer_id, 1, coalesce(NEW.paid_cents, 0) WHERE NEW.voided = 0 AND NEW.service_date IS NOT NULL AND NEW.payer_id IS NOT NULL
ON CONFLICT (service_date, payer_id) DO UPDATE SET n = n + 1, paid_cents = paid_cents + excluded.paid_cents;
END;
CREATE TRIGGER claim_revenue_change AFTER UPDATE ON claim WHEN OLD.service_date IS NOT NEW.service_date OR OLD.payer_id IS NOT NEW.payer_id OR OLD.paid_cents IS NOT NEW.paid_cents OR OLD.voided IS NOT NEW.voided BEGIN
UPDATE claim_revenue SET n = n - 1, paid_cents = paid_cents - coalesce(OLD.paid_cents, 0) WHERE service_date = OLD.service_date AND payer_id = OLD.payer_id AND OLD.voided = 0 AND OLD.service_date IS NOT NULL AND OLD.payer_id IS NOT NULL;
DELETE FROM claim_revenue WHERE service_date = OLD.service_date AND payer_id = OLD.payer_id AND n = 0;
INSERT INTO claim_revenue (service_date, payer_id, n, paid_cents) SELECT NEW.service_date, NEW.payer_id, 1, coalesce(NEW.paid_cents, 0) WHERE NEW.voided = 0 AND NEW.service_date IS NOT NULL AND NEW.payer_id IS NOT NULL
ON CONFLICT (service_date, payer_id) DO UPDATE SET n = n + 1, paid_cents = paid_cents + excluded.paid_cents;
END;
CREATE TABLE "conservative_care" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "type" TEXT,
  "start" TEXT,
  "end" TEXT,
  "outcome" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "conservative_care_by_patient_id" ON "conservative_care"("patient_id");
CREATE TABLE "coverage" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "payer_id" TEXT REFERENCES "payer"(id) DEFERRABLE INITIALLY DEFERRED,
  "priority" TEXT,
  "effective_from" TEXT,
  "effective_to" TEXT,
  "verified_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "coverage_by_patient_id" ON "coverage"("patient_id");
CREATE INDEX "coverage_by_payer_id" ON "coverage"("payer_id");
CREATE TABLE "denial" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "payer_id" TEXT REFERENCES "payer"(id) DEFERRABLE INITIALLY DEFERRED,
  "auth_id" TEXT REFERENCES "auth"(id) DEFERRABLE INITIALLY DEFERRED,
  "claim_id" TEXT REFERENCES "claim"(id) DEFERRABLE INITIALLY DEFERRED,
  "notice_date" TEXT,
  "category" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "amount_cents" INTEGER);
CREATE INDEX "denial_by_auth_id" ON "denial"("auth_id");
CREATE INDEX "denial_by_claim_id" ON "denial"("claim_id");
CREATE INDEX "denial_by_patient_id" ON "denial"("patient_id");
CREATE INDEX "denial_by_payer_id" ON "denial"("payer_id");
CREATE TABLE "diagnosis" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "icd10" TEXT,
  "region" TEXT,
  "noted_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "onset" TEXT, "snomed" TEXT);
CREATE INDEX "diagnosis_by_patient_id" ON "diagnosis"("patient_id");
CREATE TABLE "document" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "type" TEXT,
  "date" TEXT,
  "sha256" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "path" TEXT);
CREATE INDEX "document_by_patient_id" ON "document"("patient_id");
CREATE TABLE event_counts (day TEXT NOT NULL, tool TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, tool)) WITHOUT ROWID;
CREATE TABLE "events" (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  tool TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('add', 'update', 'void')),
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  record TEXT NOT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_auth_history AFTER INSERT ON events WHEN NEW.kind = 'auth' BEGIN
INSERT INTO auth_history (auth_id, ever_pended) SELECT NEW.record_id, 1
WHERE NEW.kind = 'auth' AND json_extract(NEW.record, '$.status') = 'pended'
ON CONFLICT (auth_id) DO UPDATE SET ever_pended = 1;
INSERT INTO auth_history (auth_id, first_seq, at, payer_id, status, urgency, channel, submitted_at, decided_at, location_id, service_date, first_cpt, cpts)
SELECT NEW.record_id, NEW.seq, NEW.at, json_extract(NEW.record, '$.payer_id'), json_extract(NEW.record, '$.status'), json_extract(NEW.record, '$.urgency'), json_extract(NEW.record, '$.channel'), json_extract(NEW.record, '$.submitted_at'), json_extract(NEW.record, '$.decided_at'), json_extract(NEW.record, '$.location_id'), json_extract(NEW.record, '$.service_date'), json_extract(NEW.record, '$.items[0].cpt'), (SELECT group_concat(json_extract(i.value, '$.cpt'), ' ') FROM json_each(NEW.record, '$.items') i)
WHERE NEW.kind = 'auth' AND NEW.action != 'void'
  AND NOT EXISTS (SELECT 1 FROM auth_history h WHERE h.auth_id = NEW.record_id AND h.first_seq IS NOT NULL)
  AND json_extract(NEW.record, '$.status') IN ('approved','approved_pending_number','partial','modified','denied')
ON CONFLICT (auth_id) DO UPDATE SET first_seq = excluded.first_seq, at = excluded.at, payer_id = excluded.payer_id, status = excluded.status, urgency = excluded.urgency, channel = excluded.channel, submitted_at = excluded.submitted_at, decided_at = excluded.decided_at, location_id = excluded.location_id, service_date = excluded.service_date, first_cpt = excluded.first_cpt, cpts = excluded.cpts;
END;
CREATE INDEX events_by_record ON events(kind, record_id, seq);
CREATE TABLE "fee" (
  id TEXT PRIMARY KEY NOT NULL,
  "payer_id" TEXT REFERENCES "payer"(id) DEFERRABLE INITIALLY DEFERRED,
  "payer_type" TEXT,
  "cpt" TEXT,
  "place_of_service" TEXT,
  "effective_from" TEXT,
  "effective_to" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "fee_by_cpt" ON "fee"("cpt");
CREATE INDEX "fee_by_payer_id" ON "fee"("payer_id");
CREATE TABLE "imaging" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "modality" TEXT,
  "region" TEXT,
  "date" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "summary" TEXT, "document_id" TEXT);
CREATE INDEX "imaging_by_patient_id" ON "imaging"("patient_id");
CREATE TABLE "location" (
  id TEXT PRIMARY KEY NOT NULL,
  "state" TEXT,
  "place_of_service" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE "outreach" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "date" TEXT,
  "purpose" TEXT,
  "result" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "outreach_by_patient_id" ON "outreach"("patient_id");
CREATE INDEX outreach_recall ON outreach(date, id, patient_id, result)
WHERE voided = 0 AND purpose = 'recall';
CREATE TABLE "patient" (
  id TEXT PRIMARY KEY NOT NULL,
  "status" TEXT,
  "state" TEXT,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "risk_tier" TEXT,
  "mrn" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "contact_preference" TEXT, "recall_interval_days" INTEGER, "do_not_contact" INTEGER);
CREATE INDEX "patient_by_provider_id" ON "patient"("provider_id");
CREATE INDEX "patient_by_status" ON "patient"("status");
CREATE TABLE "payer" (
  id TEXT PRIMARY KEY NOT NULL,
  "type" TEXT,
  "state" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE TABLE "pdmp_check" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "state" TEXT,
  "checked_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "pdmp_check_by_patient_id" ON "pdmp_check"("patient_id");
CREATE TABLE "procedure" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "cpt" TEXT,
  "region" TEXT,
  "date" TEXT,
  "status" TEXT,
  "location_id" TEXT REFERENCES "location"(id) DEFERRABLE INITIALLY DEFERRED,
  "auth_id" TEXT REFERENCES "auth"(id) DEFERRABLE INITIALLY DEFERRED,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "units" INTEGER, "levels" TEXT, "relief_pct" INTEGER, "relief_days" INTEGER, "snomed" TEXT, "side" TEXT, "place_of_service" TEXT, "charge_cents" INTEGER, "paid_cents" INTEGER, "purpose" TEXT, "analgesic_reduction_pct" INTEGER);
CREATE INDEX "procedure_by_auth_id" ON "procedure"("auth_id");
CREATE INDEX "procedure_by_date_revenue" ON "procedure"("date", "status", "voided", "cpt", "provider_id", "units", "place_of_service", "location_id", "paid_cents", "auth_id", "patient_id", "id");
CREATE INDEX "procedure_by_location_id" ON "procedure"("location_id");
CREATE INDEX "procedure_by_patient_id" ON "procedure"("patient_id");
CREATE INDEX "procedure_by_provider_id" ON "procedure"("provider_id");
CREATE INDEX procedure_recall ON procedure(patient_id, date, id, cpt, relief_pct)
WHERE voided = 0 AND status = 'performed';
CREATE TABLE procedure_revenue (
  date TEXT NOT NULL, key TEXT NOT NULL, cpt TEXT, provider_id TEXT, location_id TEXT, place_of_service TEXT,
  units INTEGER, payer_id TEXT, n INTEGER NOT NULL, PRIMARY KEY (date, key)) WITHOUT ROWID;
CREATE TRIGGER procedure_revenue_add AFTER INSERT ON procedure WHEN NEW.voided = 0 AND NEW.status = 'performed' AND NEW.paid_cents IS NULL AND NEW.date IS NOT NULL BEGIN
INSERT INTO procedure_revenue (date, key, cpt, provider_id, location_id, place_of_service, units, payer_id, n)
SELECT NEW.date, json_array(NEW.cpt, NEW.provider_id, NEW.location_id, NEW.place_of_service, NEW.units, a.payer_id), NEW.cpt, NEW.provider_id, NEW.location_id, NEW.place_of_service, NEW.units, a.payer_id, 1 FROM auth a WHERE a.id = NEW.auth_id AND a.voided = 0 AND NEW.voided = 0 AND NEW.status = 'performed' AND NEW.paid_cents IS NULL AND NEW.date IS NOT NULL
ON CONFLICT (date, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER procedure_revenue_auth_add AFTER INSERT ON auth WHEN NEW.voided = 0 BEGIN
INSERT INTO procedure_revenue (date, key, cpt, provider_id, location_id, place_of_service, units, payer_id, n)
SELECT p.date, json_array(p.cpt, p.provider_id, p.location_id, p.place_of_service, p.units, NEW.payer_id), p.cpt, p.provider_id, p.location_id, p.place_of_service, p.units, NEW.payer_id, 1 FROM procedure p WHERE p.auth_id = NEW.id AND NEW.voided = 0 AND p.voided = 0 AND p.status = 'performed' AND p.paid_cents IS NULL AND p.date IS NOT NULL
ON CONFLICT (date, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER procedure_revenue_auth_change AFTER UPDATE ON auth
WHEN OLD.voided IS NOT NEW.voided OR OLD.payer_id IS NOT NEW.payer_id
BEGIN
UPDATE procedure_revenue SET n = n - (
    SELECT count(*) FROM procedure p WHERE p.auth_id = OLD.id AND p.voided = 0 AND p.status = 'performed' AND p.paid_cents IS NULL AND p.date IS NOT NULL
      AND p.date = procedure_revenue.date AND json_array(p.cpt, p.provider_id, p.location_id, p.place_of_service, p.units, OLD.payer_id) = procedure_revenue.key)
WHERE OLD.voided = 0
  AND (date, key) IN (SELECT p.date, json_array(p.cpt, p.provider_id, p.location_id, p.place_of_service, p.units, OLD.payer_id) FROM procedure p WHERE p.auth_id = OLD.id AND p.voided = 0 AND p.status = 'performed' AND p.paid_cents IS NULL AND p.date IS NOT NULL);
DELETE FROM procedure_revenue WHERE n = 0 AND date IN (SELECT p.date FROM procedure p WHERE p.auth_id = OLD.id);
INSERT INTO procedure_revenue (date, key, cpt, provider_id, location_id, place_of_service, units, payer_id, n)
SELECT p.date, json_array(p.cpt, p.provider_id, p.location_id, p.place_of_service, p.units, NEW.payer_id), p.cpt, p.provider_id, p.location_id, p.place_of_service, p.units, NEW.payer_id, 1 FROM procedure p WHERE p.auth_id = NEW.id AND NEW.voided = 0 AND p.voided = 0 AND p.status = 'performed' AND p.paid_cents IS NULL AND p.date IS NOT NULL
ON CONFLICT (date, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER procedure_revenue_change AFTER UPDATE ON procedure
WHEN OLD.voided IS NOT NEW.voided OR OLD.status IS NOT NEW.status OR OLD.paid_cents IS NOT NEW.paid_cents OR OLD.date IS NOT NEW.date OR OLD.auth_id IS NOT NEW.auth_id OR OLD.cpt IS NOT NEW.cpt OR OLD.provider_id IS NOT NEW.provider_id OR OLD.location_id IS NOT NEW.location_id OR OLD.place_of_service IS NOT NEW.place_of_service OR OLD.units IS NOT NEW.units
BEGIN
UPDATE procedure_revenue SET n = n - 1
WHERE date = OLD.date AND key = (SELECT json_array(OLD.cpt, OLD.provider_id, OLD.location_id, OLD.place_of_service, OLD.units, a.payer_id) FROM auth a WHERE a.id = OLD.auth_id AND a.voided = 0)
  AND OLD.voided = 0 AND OLD.status = 'performed' AND OLD.paid_cents IS NULL AND OLD.date IS NOT NULL;
DELETE FROM procedure_revenue WHERE date = OLD.date AND n = 0;
INSERT INTO procedure_revenue (date, key, cpt, provider_id, location_id, place_of_service, units, payer_id, n)
SELECT NEW.date, json_array(NEW.cpt, NEW.provider_id, NEW.location_id, NEW.place_of_service, NEW.units, a.payer_id), NEW.cpt, NEW.provider_id, NEW.location_id, NEW.place_of_service, NEW.units, a.payer_id, 1 FROM auth a WHERE a.id = NEW.auth_id AND a.voided = 0 AND NEW.voided = 0 AND NEW.status = 'performed' AND NEW.paid_cents IS NULL AND NEW.date IS NOT NULL
ON CONFLICT (date, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE INDEX procedure_revenue_odd ON procedure(date, cpt, provider_id, units, place_of_service, location_id,
  paid_cents, auth_id, patient_id, id) WHERE voided = 0 AND status = 'performed' AND (paid_cents IS NOT NULL OR auth_id IS NULL);
CREATE TABLE "provider" (
  id TEXT PRIMARY KEY NOT NULL,
  "npi" TEXT,
  "role" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "provider_by_npi" ON "provider"("npi");
CREATE TABLE "records_request" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "direction" TEXT,
  "party" TEXT,
  "status" TEXT,
  "requested_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "records_request_by_patient_id" ON "records_request"("patient_id");
CREATE INDEX "records_request_by_status" ON "records_request"("status");
CREATE TABLE "referral" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "received_on" TEXT,
  "status" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "referral_by_patient_id" ON "referral"("patient_id");
CREATE INDEX "referral_by_status" ON "referral"("status");
CREATE TABLE "refill_request" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "rx_id" TEXT REFERENCES "rx"(id) DEFERRABLE INITIALLY DEFERRED,
  "requested_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "refill_request_by_patient_id" ON "refill_request"("patient_id");
CREATE INDEX "refill_request_by_rx_id" ON "refill_request"("rx_id");
CREATE TABLE "rx" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "prescriber_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "drug" TEXT,
  "schedule" TEXT,
  "status" TEXT,
  "written_on" TEXT,
  "filled_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "days_supply" INTEGER, "rxnorm" TEXT);
CREATE INDEX "rx_by_patient_id" ON "rx"("patient_id");
CREATE INDEX "rx_by_prescriber_id" ON "rx"("prescriber_id");
CREATE INDEX "rx_by_status" ON "rx"("status");
CREATE TABLE "slot" (
  id TEXT PRIMARY KEY NOT NULL,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "start" TEXT,
  "type" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "slot_by_provider_id" ON "slot"("provider_id");
CREATE INDEX "slot_by_start" ON "slot"("start");
CREATE TABLE "uds" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "ordered_on" TEXT,
  "collected_on" TEXT,
  "resulted_on" TEXT,
  "reviewed_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "uds_by_patient_id" ON "uds"("patient_id");
CREATE TABLE "waitlist" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "type" TEXT,
  "added_on" TEXT,
  "auth_id" TEXT REFERENCES "auth"(id) DEFERRABLE INITIALLY DEFERRED,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
CREATE INDEX "waitlist_by_auth_id" ON "waitlist"("auth_id");
CREATE INDEX "waitlist_by_patient_id" ON "waitlist"("patient_id");
CREATE INDEX "waitlist_by_provider_id" ON "waitlist"("provider_id");
