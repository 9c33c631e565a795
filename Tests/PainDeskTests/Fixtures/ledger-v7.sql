PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1-initial');
INSERT INTO grdb_migrations VALUES('v2-meta');
INSERT INTO grdb_migrations VALUES('v3-events-hash-not-unique');
INSERT INTO grdb_migrations VALUES('v3-pa-evidence-columns');
INSERT INTO grdb_migrations VALUES('v3-report-columns');
INSERT INTO grdb_migrations VALUES('v4-event-counts-by-writer');
INSERT INTO grdb_migrations VALUES('v4-revenue-indexes');
INSERT INTO grdb_migrations VALUES('v4-recall-indexes');
INSERT INTO grdb_migrations VALUES('v5-recall-pump-refill-index');
INSERT INTO grdb_migrations VALUES('v6-pa-undecided-index');
INSERT INTO grdb_migrations VALUES('v7-procedure-revenue');
INSERT INTO grdb_migrations VALUES('v7-revenue-counts');
CREATE TABLE IF NOT EXISTS "provider" (
  id TEXT PRIMARY KEY NOT NULL,
  "npi" TEXT,
  "role" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO provider VALUES('prov-1','1234567893','physician',0,1,'{"family_name":"Fakedoc","given_name":"Testa","id":"prov-1","kind":"provider","npi":"1234567893","role":"physician"}');
INSERT INTO provider VALUES('prov-2','1987654328','np',0,2,'{"family_name":"Realperson","given_name":"Nota","id":"prov-2","kind":"provider","npi":"1987654328","role":"np","x_local_note":"unknown fields are kept"}');
CREATE TABLE IF NOT EXISTS "location" (
  id TEXT PRIMARY KEY NOT NULL,
  "state" TEXT,
  "place_of_service" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO location VALUES('loc-1','IL','11',0,3,'{"address":{"city":"Springfield","line":"1 Nowhere Way","state":"IL","zip":"62701"},"fax":"555-0101","id":"loc-1","kind":"location","name":"Example Pain Center","npi":"1111111112","phone":"555-0100","place_of_service":"11","tax_id":"00-0000000"}');
CREATE TABLE IF NOT EXISTS "payer" (
  id TEXT PRIMARY KEY NOT NULL,
  "type" TEXT,
  "state" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO payer VALUES('payer-1','commercial','IL',0,4,'{"appeal_window_days":180,"decision_days":15,"expedited_hours":72,"id":"payer-1","kind":"payer","name":"Sample Health Plan","p2p_window_days":14,"pa_required_cpts":["64483","64493","G0260"],"state":"IL","submission_channel":"x12_278","type":"commercial"}');
INSERT INTO payer VALUES('payer-2','medicare',NULL,0,5,'{"id":"payer-2","kind":"payer","mac_jurisdiction":"J6","name":"Medicare Part B (sample)","type":"medicare"}');
CREATE TABLE IF NOT EXISTS "patient" (
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
INSERT INTO patient VALUES('pat-1','active','IL','prov-1','low','MRN0001',0,6,'{"contact_preference":"sms","do_not_contact":false,"dob":"1960-02-29","email":"janet@example.invalid","family_name":"Placeholder","given_name":"Janet","id":"pat-1","kind":"patient","mrn":"MRN0001","phone":"555-0199","provider_id":"prov-1","recall_interval_days":90,"risk_tier":"low","sex":"female","state":"IL","status":"active"}','sms',90,0);
INSERT INTO patient VALUES('pat-2','active','PR',NULL,NULL,NULL,1,7,'{"dob":"1975-12-31","family_name":"Sampleton","given_name":"Bob","id":"pat-2","kind":"patient","sex":"unknown","state":"PR","status":"active"}',NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "coverage" (
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
INSERT INTO coverage VALUES('cov-1','pat-1','payer-1','primary','2025-01-01','2026-12-31','2026-01-05',0,8,'{"effective_from":"2025-01-01","effective_to":"2026-12-31","eligibility":{"active":true,"auth_required_cpts":["64483"],"checked_on":"2026-01-05","plan_begin":"2025-01-01","plan_end":"2026-12-31","trace":"TRN-0001"},"group":"G-1","id":"cov-1","kind":"coverage","member_id":"ZZZ000111","patient_id":"pat-1","payer_id":"payer-1","priority":"primary","verified_by":"front desk","verified_on":"2026-01-05","verified_via":"x12_271"}');
CREATE TABLE IF NOT EXISTS "case" (
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
INSERT INTO "case" VALUES('case-1','pat-2','cov-1','workers_comp','IL','open',0,9,'{"adjuster":{"name":"Adjuster Example","phone":"555-0123"},"claim_number":"WC-0001","coverage_id":"cov-1","employer":"Acme Widgets (fictional)","id":"case-1","injury_date":"2025-11-03","kind":"case","patient_id":"pat-2","region":"lumbar","state":"IL","status":"open","tpa":"Sample TPA","type":"workers_comp"}');
CREATE TABLE IF NOT EXISTS "document" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "type" TEXT,
  "date" TEXT,
  "sha256" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "path" TEXT);
INSERT INTO document VALUES('doc-1','pat-1','imaging_report','2025-12-01','e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',0,10,'{"date":"2025-12-01","id":"doc-1","kind":"document","path":"charts/pat-1/mri-2025-12-01.pdf","patient_id":"pat-1","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","type":"imaging_report"}','charts/pat-1/mri-2025-12-01.pdf');
CREATE TABLE IF NOT EXISTS "diagnosis" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "icd10" TEXT,
  "region" TEXT,
  "noted_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "onset" TEXT, "snomed" TEXT);
INSERT INTO diagnosis VALUES('dx-1','pat-1','M54.16','lumbar','2025-10-01',0,11,'{"icd10":"M54.16","id":"dx-1","kind":"diagnosis","noted_on":"2025-10-01","onset":"2025-08-15","patient_id":"pat-1","region":"lumbar"}','2025-08-15',NULL);
INSERT INTO diagnosis VALUES('dx-2','pat-1','M47.816',NULL,'2025-10-01',0,12,'{"icd10":"M47.816","id":"dx-2","kind":"diagnosis","noted_on":"2025-10-01","patient_id":"pat-1","snomed":"279039007"}',NULL,'279039007');
INSERT INTO diagnosis VALUES('dx-3','pat-2',NULL,NULL,'2025-11-10',0,13,'{"id":"dx-3","kind":"diagnosis","noted_on":"2025-11-10","patient_id":"pat-2","snomed":"279039007"}',NULL,'279039007');
CREATE TABLE IF NOT EXISTS "conservative_care" (
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
INSERT INTO conservative_care VALUES('cc-1','pat-1','physical_therapy','2025-09-01','2025-11-01','failed',0,14,'{"end":"2025-11-01","id":"cc-1","kind":"conservative_care","outcome":"failed","patient_id":"pat-1","start":"2025-09-01","type":"physical_therapy"}');
CREATE TABLE IF NOT EXISTS "imaging" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "modality" TEXT,
  "region" TEXT,
  "date" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "summary" TEXT, "document_id" TEXT);
INSERT INTO imaging VALUES('img-1','pat-1','mri','lumbar','2025-12-01',0,15,'{"date":"2025-12-01","document_id":"doc-1","id":"img-1","kind":"imaging","modality":"mri","patient_id":"pat-1","region":"lumbar","summary":"L4-L5 disc protrusion (synthetic)"}','L4-L5 disc protrusion (synthetic)','doc-1');
CREATE TABLE IF NOT EXISTS "auth" (
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
INSERT INTO auth VALUES('auth-1','pat-1','payer-1','prov-1','approved','standard','2026-02-10','2026-01-15T14:05:00Z','2026-02-01T00:00:00Z','2026-01-20','2026-05-01',NULL,0,41,'{"auth_number":"A-0001","channel":"portal","coverage_id":"cov-1","decided_at":"2026-02-01T00:00:00Z","document_ids":["doc-1"],"icd10":["M54.16","G89.29"],"id":"auth-1","items":[{"approved_units":1,"cpt":"64483","levels":["L4-L5"],"outcome":"approved","region":"lumbar","seq":1,"side":"left","units":1},{"approved_units":1,"cpt":"64484","outcome":"approved","seq":2,"units":1,"units_used":0}],"kind":"auth","location_id":"loc-1","patient_id":"pat-1","payer_id":"payer-1","place_of_service":"24","provider_id":"prov-1","reference":"PORTAL-123","service_date":"2026-02-10","status":"approved","submitted_at":"2026-01-15T14:05:00Z","urgency":"standard","valid_from":"2026-01-20","valid_to":"2026-05-01"}','portal','loc-1','24','[{"approved_units":1,"cpt":"64483","levels":["L4-L5"],"outcome":"approved","region":"lumbar","seq":1,"side":"left","units":1},{"approved_units":1,"cpt":"64484","outcome":"approved","seq":2,"units":1,"units_used":0}]');
INSERT INTO auth VALUES('auth-2','pat-2','payer-1','prov-1','denied','expedited',NULL,NULL,NULL,NULL,NULL,'auth-1',0,17,'{"case_id":"case-1","denial":{"carc":"50","hcr01":"A3","rarc":["N115"],"reason":"not medically necessary (synthetic)"},"icd10":["M5416"],"id":"auth-2","items":[{"cpt":"0213T","seq":1,"units":1}],"kind":"auth","patient_id":"pat-2","payer_id":"payer-1","provider_id":"prov-1","reauth_of":"auth-1","requested_items":["imaging report"],"status":"denied","urgency":"expedited"}',NULL,NULL,NULL,'[{"cpt":"0213T","seq":1,"units":1}]');
CREATE TABLE IF NOT EXISTS "procedure" (
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
, "units" INTEGER, "levels" TEXT, "relief_pct" INTEGER, "relief_days" INTEGER, "snomed" TEXT, "side" TEXT, "place_of_service" TEXT, "charge_cents" INTEGER, "paid_cents" INTEGER);
INSERT INTO procedure VALUES('proc-1','pat-1','prov-1','64483','lumbar','2026-02-10','performed','loc-1','auth-1',0,18,'{"auth_id":"auth-1","charge_cents":125000,"cpt":"64483","date":"2026-02-10","id":"proc-1","kind":"procedure","levels":["L4-L5"],"location_id":"loc-1","paid_cents":0,"patient_id":"pat-1","place_of_service":"24","provider_id":"prov-1","region":"lumbar","relief_days":60,"relief_pct":70,"side":"left","status":"performed","units":1}',1,'["L4-L5"]',70,60,NULL,'left','24',125000,0);
INSERT INTO procedure VALUES('proc-2','pat-2','prov-2',NULL,NULL,'2026-03-01','planned',NULL,NULL,0,19,'{"date":"2026-03-01","id":"proc-2","kind":"procedure","patient_id":"pat-2","provider_id":"prov-2","snomed":"231312000","status":"planned"}',NULL,NULL,NULL,NULL,'231312000',NULL,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "assessment" (
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
INSERT INTO assessment VALUES('as-1','pat-1','2026-02-10','nrs',8.0,'proc-1','pre',0,20,'{"date":"2026-02-10","id":"as-1","instrument":"nrs","kind":"assessment","patient_id":"pat-1","procedure_id":"proc-1","score":8,"timing":"pre"}',NULL);
INSERT INTO assessment VALUES('as-2','pat-1','2026-02-10','odi',42.5,NULL,NULL,0,21,'{"date":"2026-02-10","id":"as-2","instrument":"odi","kind":"assessment","patient_id":"pat-1","score":42.5}',NULL);
INSERT INTO assessment VALUES('as-3','pat-1','2026-01-05','psych_eval',NULL,NULL,NULL,0,22,'{"date":"2026-01-05","id":"as-3","instrument":"psych_eval","kind":"assessment","patient_id":"pat-1","result":"cleared"}','cleared');
CREATE TABLE IF NOT EXISTS "claim" (
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
INSERT INTO claim VALUES('clm-1','pat-1','payer-1','PCN-0001','2026-02-10','paid',0,23,'{"auth_number":"A-0001","claim_number":"PCN-0001","id":"clm-1","kind":"claim","lines":[{"charge_cents":125000,"cpt":"64483","procedure_id":"proc-1","units":1}],"paid_cents":48000,"patient_id":"pat-1","payer_id":"payer-1","service_date":"2026-02-10","status":"paid"}',48000,'[{"charge_cents":125000,"cpt":"64483","procedure_id":"proc-1","units":1}]');
CREATE TABLE IF NOT EXISTS "fee" (
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
INSERT INTO fee VALUES('fee-1','payer-1',NULL,'64483','11','2026-01-01','2026-12-31',0,24,'{"allowed_cents":48000,"cpt":"64483","effective_from":"2026-01-01","effective_to":"2026-12-31","id":"fee-1","kind":"fee","payer_id":"payer-1","place_of_service":"11"}');
INSERT INTO fee VALUES('fee-2',NULL,'medicare','G0260',NULL,'2026-01-01',NULL,0,25,'{"allowed_cents":0,"cpt":"G0260","effective_from":"2026-01-01","id":"fee-2","kind":"fee","payer_type":"medicare"}');
CREATE TABLE IF NOT EXISTS "denial" (
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
INSERT INTO denial VALUES('den-1','pat-2','payer-1','auth-2','clm-1','2026-01-22','medical_necessity',0,26,'{"amount_cents":125000,"auth_id":"auth-2","carc":"50","category":"medical_necessity","claim_id":"clm-1","hcr01":"A3","id":"den-1","kind":"denial","notice_date":"2026-01-22","patient_id":"pat-2","payer_id":"payer-1","rarc":["N115","M127"],"reason":"not medically necessary (synthetic)","received_on":"2026-01-25"}',125000);
CREATE TABLE IF NOT EXISTS "appeal" (
  id TEXT PRIMARY KEY NOT NULL,
  "denial_id" TEXT REFERENCES "denial"(id) DEFERRABLE INITIALLY DEFERRED,
  "level" TEXT,
  "deadline" TEXT,
  "status" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
, "filed_on" TEXT, "decided_on" TEXT, "recovered_cents" INTEGER);
INSERT INTO appeal VALUES('apl-1','den-1','peer_to_peer','2026-02-05','won',0,27,'{"category":"medical_necessity","counted_from":"2026-01-22","days_left":3,"deadline":"2026-02-05","decided_on":"2026-02-03","denial_id":"den-1","filed_on":"2026-01-28","id":"apl-1","kind":"appeal","level":"peer_to_peer","note":"deadline falls on a weekend or holiday","recovered_cents":125000,"route":"peer_to_peer","route_reason":"peer-to-peer open","rule":"appeal.peer_to_peer.window","source":"payer policy","status":"won","urgency":"urgent"}','2026-01-28','2026-02-03',125000);
CREATE TABLE IF NOT EXISTS "appointment" (
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
INSERT INTO appointment VALUES('appt-1','pat-1','prov-1','2026-02-10T08:30','procedure','scheduled','loc-1','auth-1',0,28,'{"auth_id":"auth-1","cpts":["64483"],"duration_min":30,"id":"appt-1","kind":"appointment","location_id":"loc-1","patient_id":"pat-1","provider_id":"prov-1","start":"2026-02-10T08:30","status":"scheduled","type":"procedure"}',NULL,'["64483"]');
INSERT INTO appointment VALUES('appt-2','pat-2','prov-2','2026-02-11T09:00:00-06:00','follow_up','cancelled',NULL,NULL,0,29,'{"cancelled_at":"2026-02-09T15:00:00Z","duration_min":20,"id":"appt-2","kind":"appointment","patient_id":"pat-2","provider_id":"prov-2","start":"2026-02-11T09:00:00-06:00","status":"cancelled","type":"follow_up"}','2026-02-09T15:00:00Z',NULL);
CREATE TABLE IF NOT EXISTS "slot" (
  id TEXT PRIMARY KEY NOT NULL,
  "provider_id" TEXT REFERENCES "provider"(id) DEFERRABLE INITIALLY DEFERRED,
  "start" TEXT,
  "type" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO slot VALUES('slot-1','prov-1','2026-02-12T13:00','new_patient',0,30,'{"duration_min":30,"id":"slot-1","kind":"slot","location":"loc-1","provider_id":"prov-1","start":"2026-02-12T13:00","type":"new_patient"}');
CREATE TABLE IF NOT EXISTS "waitlist" (
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
INSERT INTO waitlist VALUES('wl-1','pat-2','prov-1','procedure','2026-01-30','auth-1',0,31,'{"added_on":"2026-01-30","auth_id":"auth-1","cpts":["64483"],"days":["mon","wed","fri"],"earliest":"2026-02-01","id":"wl-1","kind":"waitlist","latest":"2026-03-01","patient_id":"pat-2","provider_id":"prov-1","times":"am","type":"procedure"}');
CREATE TABLE IF NOT EXISTS "outreach" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "date" TEXT,
  "purpose" TEXT,
  "result" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO outreach VALUES('out-1','pat-1','2026-01-31','recall','voicemail',0,32,'{"channel":"phone","date":"2026-01-31","id":"out-1","kind":"outreach","patient_id":"pat-1","purpose":"recall","result":"voicemail"}');
CREATE TABLE IF NOT EXISTS "rx" (
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
INSERT INTO rx VALUES('rx-1','pat-1','prov-1','oxycodone','cii','active','2026-01-02','2026-01-03',0,33,'{"days_supply":30,"drug":"oxycodone","filled_on":"2026-01-03","fills":[{"date":"2026-01-03","days_supply":30,"quantity":90}],"form":"tablet","id":"rx-1","kind":"rx","ndc":"12345-6789-01","patient_id":"pat-1","pharmacy":"Sample Pharmacy","picked_up_on":"2026-01-03","prescriber_id":"prov-1","quantity":90,"refills":0,"rxnorm":"7804","schedule":"cii","status":"active","strength":5,"strength_unit":"mg","units_per_day":3,"written_on":"2026-01-02"}',30,'7804');
INSERT INTO rx VALUES('rx-2','pat-2','prov-2','fentanyl','cii','discontinued','2026-01-02',NULL,0,34,'{"concurrent_units":1,"days_supply":30,"drug":"fentanyl","earliest_fill_on":"2026-02-01","form":"patch","id":"rx-2","kind":"rx","ndc":"1234-5678-90","patient_id":"pat-2","prescriber_id":"prov-2","quantity":10,"schedule":"cii","status":"discontinued","strength":12.5,"strength_unit":"mcg_per_hr","units_per_day":0.33,"written_on":"2026-01-02"}',30,NULL);
CREATE TABLE IF NOT EXISTS "refill_request" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "rx_id" TEXT REFERENCES "rx"(id) DEFERRABLE INITIALLY DEFERRED,
  "requested_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO refill_request VALUES('rr-1','pat-1','rx-1','2026-01-30',0,35,'{"channel":"portal","id":"rr-1","kind":"refill_request","note":"synthetic request","patient_id":"pat-1","requested_on":"2026-01-30","rx_id":"rx-1"}');
CREATE TABLE IF NOT EXISTS "uds" (
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
INSERT INTO uds VALUES('uds-1','pat-1','2026-01-02','2026-01-02','2026-01-04','2026-01-05',0,36,'{"collected_on":"2026-01-02","id":"uds-1","kind":"uds","ordered_on":"2026-01-02","patient_id":"pat-1","resulted_on":"2026-01-04","results":[{"detected":true,"substance":"oxycodone"},{"detected":false,"substance":"thc"}],"reviewed_by":"prov-1","reviewed_on":"2026-01-05","type":"presumptive"}');
CREATE TABLE IF NOT EXISTS "pdmp_check" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "state" TEXT,
  "checked_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO pdmp_check VALUES('pdmp-1','pat-1','IL','2026-01-02',0,37,'{"checked_by":"prov-1","checked_on":"2026-01-02","id":"pdmp-1","kind":"pdmp_check","patient_id":"pat-1","result":"consistent","state":"IL"}');
CREATE TABLE IF NOT EXISTS "agreement" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "signed_on" TEXT,
  "expires_on" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO agreement VALUES('agr-1','pat-1','2025-06-01','2026-06-01',0,38,'{"expires_on":"2026-06-01","id":"agr-1","kind":"agreement","patient_id":"pat-1","signed_on":"2025-06-01","type":"opioid_treatment"}');
CREATE TABLE IF NOT EXISTS "referral" (
  id TEXT PRIMARY KEY NOT NULL,
  "patient_id" TEXT REFERENCES "patient"(id) DEFERRABLE INITIALLY DEFERRED,
  "received_on" TEXT,
  "status" TEXT,
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  seq INTEGER NOT NULL REFERENCES events(seq),
  record TEXT NOT NULL
);
INSERT INTO referral VALUES('ref-1','pat-2','2025-10-20','records_requested',0,39,'{"id":"ref-1","kind":"referral","patient_id":"pat-2","reason":"low back pain (synthetic)","received_on":"2025-10-20","referring_npi":"1500000009","source":"pcp","status":"records_requested","status_on":"2025-10-25","urgency":"routine"}');
CREATE TABLE IF NOT EXISTS "records_request" (
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
INSERT INTO records_request VALUES('rq-1','pat-2','outgoing','attorney','open','2026-01-10',0,40,'{"closed_on":"2026-01-21","direction":"outgoing","due_on":"2026-02-09","fee_cents":2500,"hipaa_authorization_on":"2026-01-08","id":"rq-1","kind":"records_request","party":"attorney","patient_id":"pat-2","purpose":"legal","requested_on":"2026-01-10","sent_documents":[{"document_id":"doc-1","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}],"sent_on":"2026-01-20","status":"open"}');
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS "events" (
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
INSERT INTO events VALUES(1,'2026-12-08T02:14:22Z','root','paindesk import','add','provider','prov-1','{"family_name":"Fakedoc","given_name":"Testa","id":"prov-1","kind":"provider","npi":"1234567893","role":"physician"}','0000000000000000000000000000000000000000000000000000000000000000','54131531f19c30cd947a5a69418704cceba0c1b8929beaafb2c039c5fe874875');
INSERT INTO events VALUES(2,'2026-12-08T02:14:22Z','root','paindesk import','add','provider','prov-2','{"family_name":"Realperson","given_name":"Nota","id":"prov-2","kind":"provider","npi":"1987654328","role":"np","x_local_note":"unknown fields are kept"}','54131531f19c30cd947a5a69418704cceba0c1b8929beaafb2c039c5fe874875','0c8ba2914432399d68c3e6a49ce53f519bf224a95cd285379e249f87cefe99a5');
INSERT INTO events VALUES(3,'2026-12-08T02:14:22Z','root','paindesk import','add','location','loc-1','{"address":{"city":"Springfield","line":"1 Nowhere Way","state":"IL","zip":"62701"},"fax":"555-0101","id":"loc-1","kind":"location","name":"Example Pain Center","npi":"1111111112","phone":"555-0100","place_of_service":"11","tax_id":"00-0000000"}','0c8ba2914432399d68c3e6a49ce53f519bf224a95cd285379e249f87cefe99a5','ffecb4a1a6bc603dbc5fcc9adc6db07093cb7ad8473f351e9f2337c67e40c420');
INSERT INTO events VALUES(4,'2026-12-08T02:14:22Z','root','paindesk import','add','payer','payer-1','{"appeal_window_days":180,"decision_days":15,"expedited_hours":72,"id":"payer-1","kind":"payer","name":"Sample Health Plan","p2p_window_days":14,"pa_required_cpts":["64483","64493","G0260"],"state":"IL","submission_channel":"x12_278","type":"commercial"}','ffecb4a1a6bc603dbc5fcc9adc6db07093cb7ad8473f351e9f2337c67e40c420','6beadbb8949b512031656d4d14660be5b7987f3b89161976cb84875ddce8efc8');
INSERT INTO events VALUES(5,'2026-12-08T02:14:22Z','root','paindesk import','add','payer','payer-2','{"id":"payer-2","kind":"payer","mac_jurisdiction":"J6","name":"Medicare Part B (sample)","type":"medicare"}','6beadbb8949b512031656d4d14660be5b7987f3b89161976cb84875ddce8efc8','68c6f733d9d62e65bc3b6ad0321d62b81e46dd48656e30dc3ef639dcbb020d34');
INSERT INTO events VALUES(6,'2026-12-08T02:14:22Z','root','paindesk import','add','patient','pat-1','{"contact_preference":"sms","do_not_contact":false,"dob":"1960-02-29","email":"janet@example.invalid","family_name":"Placeholder","given_name":"Janet","id":"pat-1","kind":"patient","mrn":"MRN0001","phone":"555-0199","provider_id":"prov-1","recall_interval_days":90,"risk_tier":"low","sex":"female","state":"IL","status":"active"}','68c6f733d9d62e65bc3b6ad0321d62b81e46dd48656e30dc3ef639dcbb020d34','138abee39a11458dae9cfd5b1f0059ef344a39ca87f29b8583331866957e6200');
INSERT INTO events VALUES(7,'2026-12-08T02:14:22Z','root','paindesk import','add','patient','pat-2','{"dob":"1975-12-31","family_name":"Sampleton","given_name":"Bob","id":"pat-2","kind":"patient","sex":"unknown","state":"PR","status":"active"}','138abee39a11458dae9cfd5b1f0059ef344a39ca87f29b8583331866957e6200','f88ccff96e42e26bf96aae36120e10802c4b07ea5744349b9ea2e81d54fa9ca2');
INSERT INTO events VALUES(8,'2026-12-08T02:14:22Z','root','paindesk import','add','coverage','cov-1','{"effective_from":"2025-01-01","effective_to":"2026-12-31","eligibility":{"active":true,"auth_required_cpts":["64483"],"checked_on":"2026-01-05","plan_begin":"2025-01-01","plan_end":"2026-12-31","trace":"TRN-0001"},"group":"G-1","id":"cov-1","kind":"coverage","member_id":"ZZZ000111","patient_id":"pat-1","payer_id":"payer-1","priority":"primary","verified_by":"front desk","verified_on":"2026-01-05","verified_via":"x12_271"}','f88ccff96e42e26bf96aae36120e10802c4b07ea5744349b9ea2e81d54fa9ca2','c16a2f777ac50b2161dd889eeb7db1f53a75b6a021a3718f18f2bbf9d2ffaa62');
INSERT INTO events VALUES(9,'2026-12-08T02:14:22Z','root','paindesk import','add','case','case-1','{"adjuster":{"name":"Adjuster Example","phone":"555-0123"},"claim_number":"WC-0001","coverage_id":"cov-1","employer":"Acme Widgets (fictional)","id":"case-1","injury_date":"2025-11-03","kind":"case","patient_id":"pat-2","region":"lumbar","state":"IL","status":"open","tpa":"Sample TPA","type":"workers_comp"}','c16a2f777ac50b2161dd889eeb7db1f53a75b6a021a3718f18f2bbf9d2ffaa62','0fd63a4e78c2d8f8f7b34302f78eb2d724cfe448ce8e355fbb21c825ce03f716');
INSERT INTO events VALUES(10,'2026-12-08T02:14:22Z','root','paindesk import','add','document','doc-1','{"date":"2025-12-01","id":"doc-1","kind":"document","path":"charts/pat-1/mri-2025-12-01.pdf","patient_id":"pat-1","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","type":"imaging_report"}','0fd63a4e78c2d8f8f7b34302f78eb2d724cfe448ce8e355fbb21c825ce03f716','f5e51cf0fc485f14d898a8e96bc4d9625327eeb124ae6c9e0315fac4ff7d9f68');
INSERT INTO events VALUES(11,'2026-12-08T02:14:22Z','root','paindesk import','add','diagnosis','dx-1','{"icd10":"M54.16","id":"dx-1","kind":"diagnosis","noted_on":"2025-10-01","onset":"2025-08-15","patient_id":"pat-1","region":"lumbar"}','f5e51cf0fc485f14d898a8e96bc4d9625327eeb124ae6c9e0315fac4ff7d9f68','70fccb7560c1c684dd5bb7209eb564c55f794fd32336902833e3ed64421e6e09');
INSERT INTO events VALUES(12,'2026-12-08T02:14:22Z','root','paindesk import','add','diagnosis','dx-2','{"icd10":"M47.816","id":"dx-2","kind":"diagnosis","noted_on":"2025-10-01","patient_id":"pat-1","snomed":"279039007"}','70fccb7560c1c684dd5bb7209eb564c55f794fd32336902833e3ed64421e6e09','d9b980c8d3c30c36dc524c544acde4a221babf18ac9f926b57ec86064c222dec');
INSERT INTO events VALUES(13,'2026-12-08T02:14:22Z','root','paindesk import','add','diagnosis','dx-3','{"id":"dx-3","kind":"diagnosis","noted_on":"2025-11-10","patient_id":"pat-2","snomed":"279039007"}','d9b980c8d3c30c36dc524c544acde4a221babf18ac9f926b57ec86064c222dec','adf6ea10f8b83d72eae3c9e8c43b9071cb4c797719127ab7774662d7b2bb42f5');
INSERT INTO events VALUES(14,'2026-12-08T02:14:22Z','root','paindesk import','add','conservative_care','cc-1','{"end":"2025-11-01","id":"cc-1","kind":"conservative_care","outcome":"failed","patient_id":"pat-1","start":"2025-09-01","type":"physical_therapy"}','adf6ea10f8b83d72eae3c9e8c43b9071cb4c797719127ab7774662d7b2bb42f5','e67d411b17391eca978eb10513703ee5f7519e69b7c7f6ffebc61ce021e1ed56');
INSERT INTO events VALUES(15,'2026-12-08T02:14:22Z','root','paindesk import','add','imaging','img-1','{"date":"2025-12-01","document_id":"doc-1","id":"img-1","kind":"imaging","modality":"mri","patient_id":"pat-1","region":"lumbar","summary":"L4-L5 disc protrusion (synthetic)"}','e67d411b17391eca978eb10513703ee5f7519e69b7c7f6ffebc61ce021e1ed56','95d8d9507fd65cccd0b558e9964d4426a46c1d4cb2ba04f86fe205bbad6bc00b');
INSERT INTO events VALUES(16,'2026-12-08T02:14:22Z','root','paindesk import','add','auth','auth-1','{"auth_number":"A-0001","channel":"portal","coverage_id":"cov-1","decided_at":"2026-01-20T09:30:00.250-05:00","document_ids":["doc-1"],"icd10":["M54.16","G89.29"],"id":"auth-1","items":[{"cpt":"64483","levels":["L4-L5"],"region":"lumbar","seq":1,"side":"left","units":1},{"approved_units":1,"cpt":"64484","outcome":"approved","seq":2,"units":1,"units_used":0}],"kind":"auth","location_id":"loc-1","patient_id":"pat-1","payer_id":"payer-1","place_of_service":"24","provider_id":"prov-1","reference":"PORTAL-123","service_date":"2026-02-10","status":"approved","submitted_at":"2026-01-15T14:05:00Z","urgency":"standard","valid_from":"2026-01-20","valid_to":"2026-04-20"}','95d8d9507fd65cccd0b558e9964d4426a46c1d4cb2ba04f86fe205bbad6bc00b','9ef02b2c50cfda1d806a5f5f22c09774596718ad86b621667a759f7cfa1eb428');
INSERT INTO events VALUES(17,'2026-12-08T02:14:22Z','root','paindesk import','add','auth','auth-2','{"case_id":"case-1","denial":{"carc":"50","hcr01":"A3","rarc":["N115"],"reason":"not medically necessary (synthetic)"},"icd10":["M5416"],"id":"auth-2","items":[{"cpt":"0213T","seq":1,"units":1}],"kind":"auth","patient_id":"pat-2","payer_id":"payer-1","provider_id":"prov-1","reauth_of":"auth-1","requested_items":["imaging report"],"status":"denied","urgency":"expedited"}','9ef02b2c50cfda1d806a5f5f22c09774596718ad86b621667a759f7cfa1eb428','cad61479502056f9fa179e5561f5fc0beebea3158a93b4e3a5b5694e9f0e4a81');
INSERT INTO events VALUES(18,'2026-12-08T02:14:22Z','root','paindesk import','add','procedure','proc-1','{"auth_id":"auth-1","charge_cents":125000,"cpt":"64483","date":"2026-02-10","id":"proc-1","kind":"procedure","levels":["L4-L5"],"location_id":"loc-1","paid_cents":0,"patient_id":"pat-1","place_of_service":"24","provider_id":"prov-1","region":"lumbar","relief_days":60,"relief_pct":70,"side":"left","status":"performed","units":1}','cad61479502056f9fa179e5561f5fc0beebea3158a93b4e3a5b5694e9f0e4a81','9ef7f916db525f16c272b4f225147d1393ae3a7c42a71759d336f7a1d4064e25');
INSERT INTO events VALUES(19,'2026-12-08T02:14:22Z','root','paindesk import','add','procedure','proc-2','{"date":"2026-03-01","id":"proc-2","kind":"procedure","patient_id":"pat-2","provider_id":"prov-2","snomed":"231312000","status":"planned"}','9ef7f916db525f16c272b4f225147d1393ae3a7c42a71759d336f7a1d4064e25','bbe45535bb0b4ad0f1d09d36852be12d13e1dc56a2d450303e56e51a0b2afc75');
INSERT INTO events VALUES(20,'2026-12-08T02:14:22Z','root','paindesk import','add','assessment','as-1','{"date":"2026-02-10","id":"as-1","instrument":"nrs","kind":"assessment","patient_id":"pat-1","procedure_id":"proc-1","score":8,"timing":"pre"}','bbe45535bb0b4ad0f1d09d36852be12d13e1dc56a2d450303e56e51a0b2afc75','9ca8687deb0888edef324311cf24dba124027ae71d6793a0ebed604e00f5628c');
INSERT INTO events VALUES(21,'2026-12-08T02:14:22Z','root','paindesk import','add','assessment','as-2','{"date":"2026-02-10","id":"as-2","instrument":"odi","kind":"assessment","patient_id":"pat-1","score":42.5}','9ca8687deb0888edef324311cf24dba124027ae71d6793a0ebed604e00f5628c','4f604c97d8cfd4e423ea2e66e04410aa73168666c9e1894026345aef83f5eb4a');
INSERT INTO events VALUES(22,'2026-12-08T02:14:22Z','root','paindesk import','add','assessment','as-3','{"date":"2026-01-05","id":"as-3","instrument":"psych_eval","kind":"assessment","patient_id":"pat-1","result":"cleared"}','4f604c97d8cfd4e423ea2e66e04410aa73168666c9e1894026345aef83f5eb4a','23421c12b4ce8f6fc0b3eacfabb083bf04e735ecf3c263879446d5e4ce1ce35b');
INSERT INTO events VALUES(23,'2026-12-08T02:14:22Z','root','paindesk import','add','claim','clm-1','{"auth_number":"A-0001","claim_number":"PCN-0001","id":"clm-1","kind":"claim","lines":[{"charge_cents":125000,"cpt":"64483","procedure_id":"proc-1","units":1}],"paid_cents":48000,"patient_id":"pat-1","payer_id":"payer-1","service_date":"2026-02-10","status":"paid"}','23421c12b4ce8f6fc0b3eacfabb083bf04e735ecf3c263879446d5e4ce1ce35b','c501e05e54a6abd455798ec7469cb590b329ed74cb42a1322a00d4516f47b4c0');
INSERT INTO events VALUES(24,'2026-12-08T02:14:22Z','root','paindesk import','add','fee','fee-1','{"allowed_cents":48000,"cpt":"64483","effective_from":"2026-01-01","effective_to":"2026-12-31","id":"fee-1","kind":"fee","payer_id":"payer-1","place_of_service":"11"}','c501e05e54a6abd455798ec7469cb590b329ed74cb42a1322a00d4516f47b4c0','cbc10f884c26dc954d3f4dd99fb43185be0f79fd513f0af56c551deb18384f30');
INSERT INTO events VALUES(25,'2026-12-08T02:14:22Z','root','paindesk import','add','fee','fee-2','{"allowed_cents":0,"cpt":"G0260","effective_from":"2026-01-01","id":"fee-2","kind":"fee","payer_type":"medicare"}','cbc10f884c26dc954d3f4dd99fb43185be0f79fd513f0af56c551deb18384f30','42a6c5fd43fb6ad02c6f445bab5aefcf69e1e5e57fb2f1de65a2a27da368416f');
INSERT INTO events VALUES(26,'2026-12-08T02:14:22Z','root','paindesk import','add','denial','den-1','{"amount_cents":125000,"auth_id":"auth-2","carc":"50","category":"medical_necessity","claim_id":"clm-1","hcr01":"A3","id":"den-1","kind":"denial","notice_date":"2026-01-22","patient_id":"pat-2","payer_id":"payer-1","rarc":["N115","M127"],"reason":"not medically necessary (synthetic)","received_on":"2026-01-25"}','42a6c5fd43fb6ad02c6f445bab5aefcf69e1e5e57fb2f1de65a2a27da368416f','fc35a1655e57c361b41c205a29e9ffd13c7a5a2abb16cf52290d3fe26a2b76d7');
INSERT INTO events VALUES(27,'2026-12-08T02:14:22Z','root','paindesk import','add','appeal','apl-1','{"category":"medical_necessity","counted_from":"2026-01-22","days_left":3,"deadline":"2026-02-05","decided_on":"2026-02-03","denial_id":"den-1","filed_on":"2026-01-28","id":"apl-1","kind":"appeal","level":"peer_to_peer","note":"deadline falls on a weekend or holiday","recovered_cents":125000,"route":"peer_to_peer","route_reason":"peer-to-peer open","rule":"appeal.peer_to_peer.window","source":"payer policy","status":"won","urgency":"urgent"}','fc35a1655e57c361b41c205a29e9ffd13c7a5a2abb16cf52290d3fe26a2b76d7','92c9f4cb2797f70fc88deb920c2fb96b6dbf712ef9ae59f33c8db48d7881378d');
INSERT INTO events VALUES(28,'2026-12-08T02:14:22Z','root','paindesk import','add','appointment','appt-1','{"auth_id":"auth-1","cpts":["64483"],"duration_min":30,"id":"appt-1","kind":"appointment","location_id":"loc-1","patient_id":"pat-1","provider_id":"prov-1","start":"2026-02-10T08:30","status":"scheduled","type":"procedure"}','92c9f4cb2797f70fc88deb920c2fb96b6dbf712ef9ae59f33c8db48d7881378d','354d950c2234600aeab94bac4ad9c104c0c9962c1713afd6eaaa67d408b0497a');
INSERT INTO events VALUES(29,'2026-12-08T02:14:22Z','root','paindesk import','add','appointment','appt-2','{"cancelled_at":"2026-02-09T15:00:00Z","duration_min":20,"id":"appt-2","kind":"appointment","patient_id":"pat-2","provider_id":"prov-2","start":"2026-02-11T09:00:00-06:00","status":"cancelled","type":"follow_up"}','354d950c2234600aeab94bac4ad9c104c0c9962c1713afd6eaaa67d408b0497a','81a35a54e974ec1d73d01498b5ba6032c1528bee5ccfb56871aa08e648c05ec6');
INSERT INTO events VALUES(30,'2026-12-08T02:14:22Z','root','paindesk import','add','slot','slot-1','{"duration_min":30,"id":"slot-1","kind":"slot","location":"loc-1","provider_id":"prov-1","start":"2026-02-12T13:00","type":"new_patient"}','81a35a54e974ec1d73d01498b5ba6032c1528bee5ccfb56871aa08e648c05ec6','ec1e30f13d08b21baa7221a43e236af77c39547a1c7a18934cb000ce6eba97e1');
INSERT INTO events VALUES(31,'2026-12-08T02:14:22Z','root','paindesk import','add','waitlist','wl-1','{"added_on":"2026-01-30","auth_id":"auth-1","cpts":["64483"],"days":["mon","wed","fri"],"earliest":"2026-02-01","id":"wl-1","kind":"waitlist","latest":"2026-03-01","patient_id":"pat-2","provider_id":"prov-1","times":"am","type":"procedure"}','ec1e30f13d08b21baa7221a43e236af77c39547a1c7a18934cb000ce6eba97e1','be6d366c981465bbabcb3ce88bb937b39fcf9ef2c73deac92283eca866cc9103');
INSERT INTO events VALUES(32,'2026-12-08T02:14:22Z','root','paindesk import','add','outreach','out-1','{"channel":"phone","date":"2026-01-31","id":"out-1","kind":"outreach","patient_id":"pat-1","purpose":"recall","result":"voicemail"}','be6d366c981465bbabcb3ce88bb937b39fcf9ef2c73deac92283eca866cc9103','d68dcc13a79f6b6bc00e1eb70b9b3eda0ebe62842a04d93640daed8e50539627');
INSERT INTO events VALUES(33,'2026-12-08T02:14:22Z','root','paindesk import','add','rx','rx-1','{"days_supply":30,"drug":"oxycodone","filled_on":"2026-01-03","fills":[{"date":"2026-01-03","days_supply":30,"quantity":90}],"form":"tablet","id":"rx-1","kind":"rx","ndc":"12345-6789-01","patient_id":"pat-1","pharmacy":"Sample Pharmacy","picked_up_on":"2026-01-03","prescriber_id":"prov-1","quantity":90,"refills":0,"rxnorm":"7804","schedule":"cii","status":"active","strength":5,"strength_unit":"mg","units_per_day":3,"written_on":"2026-01-02"}','d68dcc13a79f6b6bc00e1eb70b9b3eda0ebe62842a04d93640daed8e50539627','1fba01212b3d8b23f172b5572fed62b020b6094492d97161678e81a9688fd8f0');
INSERT INTO events VALUES(34,'2026-12-08T02:14:22Z','root','paindesk import','add','rx','rx-2','{"concurrent_units":1,"days_supply":30,"drug":"fentanyl","earliest_fill_on":"2026-02-01","form":"patch","id":"rx-2","kind":"rx","ndc":"1234-5678-90","patient_id":"pat-2","prescriber_id":"prov-2","quantity":10,"schedule":"cii","status":"discontinued","strength":12.5,"strength_unit":"mcg_per_hr","units_per_day":0.33,"written_on":"2026-01-02"}','1fba01212b3d8b23f172b5572fed62b020b6094492d97161678e81a9688fd8f0','39f604b6037ef89a9bfd21d2ef33eb6d1968bcd74c6e8d388b845b1915b001cb');
INSERT INTO events VALUES(35,'2026-12-08T02:14:22Z','root','paindesk import','add','refill_request','rr-1','{"channel":"portal","id":"rr-1","kind":"refill_request","note":"synthetic request","patient_id":"pat-1","requested_on":"2026-01-30","rx_id":"rx-1"}','39f604b6037ef89a9bfd21d2ef33eb6d1968bcd74c6e8d388b845b1915b001cb','be5be16b27b802d576564231563d47a8c0d7fc45fde04caf0c46acded499a747');
INSERT INTO events VALUES(36,'2026-12-08T02:14:22Z','root','paindesk import','add','uds','uds-1','{"collected_on":"2026-01-02","id":"uds-1","kind":"uds","ordered_on":"2026-01-02","patient_id":"pat-1","resulted_on":"2026-01-04","results":[{"detected":true,"substance":"oxycodone"},{"detected":false,"substance":"thc"}],"reviewed_by":"prov-1","reviewed_on":"2026-01-05","type":"presumptive"}','be5be16b27b802d576564231563d47a8c0d7fc45fde04caf0c46acded499a747','c020f804e950f989f7393f20fd176bbff3dee0ae57dc002ded27998ea0f06830');
INSERT INTO events VALUES(37,'2026-12-08T02:14:22Z','root','paindesk import','add','pdmp_check','pdmp-1','{"checked_by":"prov-1","checked_on":"2026-01-02","id":"pdmp-1","kind":"pdmp_check","patient_id":"pat-1","result":"consistent","state":"IL"}','c020f804e950f989f7393f20fd176bbff3dee0ae57dc002ded27998ea0f06830','11ee8869c95cb8053a3f9dc06540d9432e5c852611cf5ee9f2e6da9d704fad27');
INSERT INTO events VALUES(38,'2026-12-08T02:14:22Z','root','paindesk import','add','agreement','agr-1','{"expires_on":"2026-06-01","id":"agr-1","kind":"agreement","patient_id":"pat-1","signed_on":"2025-06-01","type":"opioid_treatment"}','11ee8869c95cb8053a3f9dc06540d9432e5c852611cf5ee9f2e6da9d704fad27','81b9e0e265990b3b8e6394163afa7827311cdb24addce7482f91189d9908f7bd');
INSERT INTO events VALUES(39,'2026-12-08T02:14:22Z','root','paindesk import','add','referral','ref-1','{"id":"ref-1","kind":"referral","patient_id":"pat-2","reason":"low back pain (synthetic)","received_on":"2025-10-20","referring_npi":"1500000009","source":"pcp","status":"records_requested","status_on":"2025-10-25","urgency":"routine"}','81b9e0e265990b3b8e6394163afa7827311cdb24addce7482f91189d9908f7bd','ee41cc3c869d00564596e5944f1308ea75747df4275ffd858d821ee1e48afa89');
INSERT INTO events VALUES(40,'2026-12-08T02:14:22Z','root','paindesk import','add','records_request','rq-1','{"closed_on":"2026-01-21","direction":"outgoing","due_on":"2026-02-09","fee_cents":2500,"hipaa_authorization_on":"2026-01-08","id":"rq-1","kind":"records_request","party":"attorney","patient_id":"pat-2","purpose":"legal","requested_on":"2026-01-10","sent_documents":[{"document_id":"doc-1","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}],"sent_on":"2026-01-20","status":"open"}','ee41cc3c869d00564596e5944f1308ea75747df4275ffd858d821ee1e48afa89','ee338c0a488583dee00cc637f812d0f9d30fd00513f27b8c38373348f77b2fbc');
INSERT INTO events VALUES(41,'2026-12-08T02:14:26Z','root','pa-status update','update','auth','auth-1','{"auth_number":"A-0001","channel":"portal","coverage_id":"cov-1","decided_at":"2026-02-01T00:00:00Z","document_ids":["doc-1"],"icd10":["M54.16","G89.29"],"id":"auth-1","items":[{"approved_units":1,"cpt":"64483","levels":["L4-L5"],"outcome":"approved","region":"lumbar","seq":1,"side":"left","units":1},{"approved_units":1,"cpt":"64484","outcome":"approved","seq":2,"units":1,"units_used":0}],"kind":"auth","location_id":"loc-1","patient_id":"pat-1","payer_id":"payer-1","place_of_service":"24","provider_id":"prov-1","reference":"PORTAL-123","service_date":"2026-02-10","status":"approved","submitted_at":"2026-01-15T14:05:00Z","urgency":"standard","valid_from":"2026-01-20","valid_to":"2026-05-01"}','ee338c0a488583dee00cc637f812d0f9d30fd00513f27b8c38373348f77b2fbc','f646331d7317e13e124922854c624414e329d04bc4bc956200c65c85c2f3710c');
INSERT INTO events VALUES(42,'2026-12-08T02:14:26Z','root','paindesk void','void','patient','pat-2','{"dob":"1975-12-31","family_name":"Sampleton","given_name":"Bob","id":"pat-2","kind":"patient","sex":"unknown","state":"PR","status":"active","void_reason":"entered twice","voided":true}','f646331d7317e13e124922854c624414e329d04bc4bc956200c65c85c2f3710c','39d7ece21239d18126e5fa55ce19298ccffa0a4d113e95e6ffcc2b285b3b4488');
CREATE TABLE auth_history (auth_id TEXT PRIMARY KEY NOT NULL, ever_pended INTEGER NOT NULL DEFAULT 0, first_seq INTEGER, at TEXT, payer_id TEXT, status TEXT, urgency TEXT, channel TEXT, submitted_at TEXT, decided_at TEXT, location_id TEXT, service_date TEXT, first_cpt TEXT, cpts TEXT);
INSERT INTO auth_history VALUES('auth-1',0,16,'2026-12-08T02:14:22Z','payer-1','approved','standard','portal','2026-01-15T14:05:00Z','2026-01-20T09:30:00.250-05:00','loc-1','2026-02-10','64483','64483 64484');
INSERT INTO auth_history VALUES('auth-2',0,17,'2026-12-08T02:14:22Z','payer-1','denied','expedited',NULL,NULL,NULL,NULL,NULL,'0213T','0213T');
CREATE TABLE event_counts (day TEXT NOT NULL, tool TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, tool)) WITHOUT ROWID;
INSERT INTO event_counts VALUES('2026-12-08','pa-status update',1);
INSERT INTO event_counts VALUES('2026-12-08','paindesk import',40);
INSERT INTO event_counts VALUES('2026-12-08','paindesk void',1);
CREATE TABLE procedure_revenue (
  date TEXT NOT NULL, key TEXT NOT NULL, cpt TEXT, provider_id TEXT, location_id TEXT, place_of_service TEXT,
  units INTEGER, payer_id TEXT, n INTEGER NOT NULL, PRIMARY KEY (date, key)) WITHOUT ROWID;
CREATE TABLE claim_revenue (service_date NOT NULL, payer_id NOT NULL, n INTEGER NOT NULL, paid_cents INTEGER NOT NULL,
  PRIMARY KEY (service_date, payer_id)) WITHOUT ROWID;
INSERT INTO claim_revenue VALUES('2026-02-10','payer-1',1,48000);
CREATE TABLE appointment_revenue (start NOT NULL, status NOT NULL, type NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (start, status, type)) WITHOUT ROWID;
INSERT INTO appointment_revenue VALUES('2026-02-10T08:30','scheduled','procedure',1);
INSERT INTO appointment_revenue VALUES('2026-02-11T09:00:00-06:00','cancelled','follow_up',1);
CREATE INDEX "provider_by_npi" ON "provider"("npi");
CREATE INDEX "patient_by_provider_id" ON "patient"("provider_id");
CREATE INDEX "patient_by_status" ON "patient"("status");
CREATE INDEX "coverage_by_patient_id" ON "coverage"("patient_id");
CREATE INDEX "coverage_by_payer_id" ON "coverage"("payer_id");
CREATE INDEX "case_by_patient_id" ON "case"("patient_id");
CREATE INDEX "case_by_coverage_id" ON "case"("coverage_id");
CREATE INDEX "document_by_patient_id" ON "document"("patient_id");
CREATE INDEX "diagnosis_by_patient_id" ON "diagnosis"("patient_id");
CREATE INDEX "conservative_care_by_patient_id" ON "conservative_care"("patient_id");
CREATE INDEX "imaging_by_patient_id" ON "imaging"("patient_id");
CREATE INDEX "auth_by_patient_id" ON "auth"("patient_id");
CREATE INDEX "auth_by_payer_id" ON "auth"("payer_id");
CREATE INDEX "auth_by_provider_id" ON "auth"("provider_id");
CREATE INDEX "auth_by_reauth_of" ON "auth"("reauth_of");
CREATE INDEX "procedure_by_patient_id" ON "procedure"("patient_id");
CREATE INDEX "procedure_by_provider_id" ON "procedure"("provider_id");
CREATE INDEX "procedure_by_location_id" ON "procedure"("location_id");
CREATE INDEX "procedure_by_auth_id" ON "procedure"("auth_id");
CREATE INDEX "assessment_by_patient_id" ON "assessment"("patient_id");
CREATE INDEX "assessment_by_procedure_id" ON "assessment"("procedure_id");
CREATE INDEX "claim_by_patient_id" ON "claim"("patient_id");
CREATE INDEX "claim_by_payer_id" ON "claim"("payer_id");
CREATE INDEX "claim_by_claim_number" ON "claim"("claim_number");
CREATE INDEX "fee_by_payer_id" ON "fee"("payer_id");
CREATE INDEX "fee_by_cpt" ON "fee"("cpt");
CREATE INDEX "denial_by_patient_id" ON "denial"("patient_id");
CREATE INDEX "denial_by_payer_id" ON "denial"("payer_id");
CREATE INDEX "denial_by_auth_id" ON "denial"("auth_id");
CREATE INDEX "denial_by_claim_id" ON "denial"("claim_id");
CREATE INDEX "appeal_by_denial_id" ON "appeal"("denial_id");
CREATE INDEX "appeal_by_status" ON "appeal"("status");
CREATE INDEX "appointment_by_patient_id" ON "appointment"("patient_id");
CREATE INDEX "appointment_by_provider_id" ON "appointment"("provider_id");
CREATE INDEX "appointment_by_location_id" ON "appointment"("location_id");
CREATE INDEX "slot_by_provider_id" ON "slot"("provider_id");
CREATE INDEX "slot_by_start" ON "slot"("start");
CREATE INDEX "waitlist_by_patient_id" ON "waitlist"("patient_id");
CREATE INDEX "waitlist_by_provider_id" ON "waitlist"("provider_id");
CREATE INDEX "waitlist_by_auth_id" ON "waitlist"("auth_id");
CREATE INDEX "outreach_by_patient_id" ON "outreach"("patient_id");
CREATE INDEX "rx_by_patient_id" ON "rx"("patient_id");
CREATE INDEX "rx_by_prescriber_id" ON "rx"("prescriber_id");
CREATE INDEX "rx_by_status" ON "rx"("status");
CREATE INDEX "refill_request_by_patient_id" ON "refill_request"("patient_id");
CREATE INDEX "refill_request_by_rx_id" ON "refill_request"("rx_id");
CREATE INDEX "uds_by_patient_id" ON "uds"("patient_id");
CREATE INDEX "pdmp_check_by_patient_id" ON "pdmp_check"("patient_id");
CREATE INDEX "agreement_by_patient_id" ON "agreement"("patient_id");
CREATE INDEX "referral_by_patient_id" ON "referral"("patient_id");
CREATE INDEX "referral_by_status" ON "referral"("status");
CREATE INDEX "records_request_by_patient_id" ON "records_request"("patient_id");
CREATE INDEX "records_request_by_status" ON "records_request"("status");
CREATE INDEX events_by_record ON events(kind, record_id, seq);
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
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
CREATE INDEX "procedure_by_date_revenue" ON "procedure"("date", "status", "voided", "cpt", "provider_id", "units", "place_of_service", "location_id", "paid_cents", "auth_id", "patient_id", "id");
CREATE INDEX "auth_by_id_revenue" ON "auth"("id", "voided", "payer_id", "patient_id", "provider_id");
CREATE INDEX "auth_by_submitted_revenue" ON "auth"("submitted_at", "payer_id", "voided", "id") WHERE submitted_at IS NOT NULL;
CREATE INDEX "auth_by_status_revenue" ON "auth"("status", "voided", "payer_id", "items", "place_of_service", "submitted_at", "urgency", "location_id", "service_date", "valid_to", "id");
CREATE INDEX "appointment_by_start_revenue" ON "appointment"("start", "voided", "status", "type");
CREATE INDEX "appointment_by_auth_id_revenue" ON "appointment"("auth_id", "status", "voided", "start");
CREATE INDEX "claim_by_service_date_revenue" ON "claim"("service_date", "voided", "payer_id", "paid_cents");
CREATE INDEX "auth_history_by_decision_revenue" ON "auth_history"("decided_at", "at", "status", "payer_id", "first_cpt", "channel", "auth_id") WHERE first_seq IS NOT NULL;
CREATE INDEX "auth_history_pended_revenue" ON "auth_history"("auth_id") WHERE ever_pended = 1;
CREATE INDEX appointment_recall_completed ON appointment(patient_id, start, type)
WHERE voided = 0 AND status = 'completed';
CREATE INDEX appointment_recall_open ON appointment(start, id, patient_id, type, status, cancelled_at)
WHERE voided = 0 AND status IN ('scheduled', 'cancelled', 'no_show');
CREATE INDEX procedure_recall ON procedure(patient_id, date, id, cpt, relief_pct)
WHERE voided = 0 AND status = 'performed';
CREATE INDEX outreach_recall ON outreach(date, id, patient_id, result)
WHERE voided = 0 AND purpose = 'recall';
CREATE INDEX appointment_recall_pump_refill ON appointment(patient_id, start, id, type)
WHERE voided = 0 AND status = 'completed' AND type = 'pump_refill';
CREATE INDEX auth_undecided_by_id ON auth(id) WHERE voided = 0 AND status IN ('pended', 'submitted');
CREATE INDEX procedure_revenue_odd ON procedure(date, cpt, provider_id, units, place_of_service, location_id,
  paid_cents, auth_id, patient_id, id) WHERE voided = 0 AND status = 'performed' AND (paid_cents IS NOT NULL OR auth_id IS NULL);
CREATE INDEX auth_voided ON auth(id) WHERE voided = 1;
CREATE TRIGGER procedure_revenue_add AFTER INSERT ON procedure WHEN NEW.voided = 0 AND NEW.status = 'performed' AND NEW.paid_cents IS NULL AND NEW.date IS NOT NULL BEGIN
INSERT INTO procedure_revenue (date, key, cpt, provider_id, location_id, place_of_service, units, payer_id, n)
SELECT NEW.date, json_array(NEW.cpt, NEW.provider_id, NEW.location_id, NEW.place_of_service, NEW.units, a.payer_id), NEW.cpt, NEW.provider_id, NEW.location_id, NEW.place_of_service, NEW.units, a.payer_id, 1 FROM auth a WHERE a.id = NEW.auth_id AND a.voided = 0 AND NEW.voided = 0 AND NEW.status = 'performed' AND NEW.paid_cents IS NULL AND NEW.date IS NOT NULL
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
COMMIT;
