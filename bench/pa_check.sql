-- The sqlite3 peer of `pa-submit --check` (bench/pa.sh): the same readiness for the same
-- draft auths, from the same ledger, as the records pa-submit prints (a `finding` per
-- failed or warned criterion, then a `readiness` per request, in input order, keys sorted:
-- the same canonical lines). The drafts are the NDJSON file @drafts (.parameter set),
-- read with readfile() and split with json_each. As of 2026-11-29 (a draft without a
-- service date is checked as of then), the shipped rules, no clinic config.
-- What it evaluates: pa.request.complete (ICD-10 codes, codes outside the catalog, the
-- info finding of PNS and drug tests) and the ESI criteria of both ESI families
-- (esi.frequency, esi.levels, esi.repeat with relief from relief_pct or the pre/post pain
-- scores, esi.first: duration, failed care, imaging, baseline pain and function), and
-- "is PA required?" (WISeR, the Medicare OPD lists, the payer record's list, the default
-- families). The other families (facet, RFA, SIJ, SCS, pump, vertebral augmentation) are
-- not in it: a request with one gets a `peer.unsupported` finding, so a comparison with
-- pa-submit fails loudly instead of agreeing by accident. bench/gen_pa.py's drafts are
-- all transforaminal ESI (64483).
WITH
-- The procedure catalog (ProcedureCatalog): code, family, region, add-on.
cat(code, family, region, addon) AS (VALUES
  ('62320','esi_interlaminar','cervical_thoracic',0), ('62321','esi_interlaminar','cervical_thoracic',0),
  ('62322','esi_interlaminar','lumbar_sacral',0), ('62323','esi_interlaminar','lumbar_sacral',0),
  ('64479','esi_transforaminal','cervical_thoracic',0), ('64480','esi_transforaminal','cervical_thoracic',1),
  ('64483','esi_transforaminal','lumbar_sacral',0), ('64484','esi_transforaminal','lumbar_sacral',1),
  ('64490','facet_injection','cervical_thoracic',0), ('64491','facet_injection','cervical_thoracic',1),
  ('64492','facet_injection','cervical_thoracic',1), ('64493','facet_injection','lumbar_sacral',0),
  ('64494','facet_injection','lumbar_sacral',1), ('64495','facet_injection','lumbar_sacral',1),
  ('64633','facet_rfa','cervical_thoracic',0), ('64634','facet_rfa','cervical_thoracic',1),
  ('64635','facet_rfa','lumbar_sacral',0), ('64636','facet_rfa','lumbar_sacral',1),
  ('27096','sij_injection','sij',0), ('G0260','sij_injection','sij',0), ('64451','sij_injection','sij',0),
  ('64625','sij_rfa','sij',0),
  ('63650','scs',NULL,0), ('63655','scs',NULL,0), ('63685','scs',NULL,0), ('63688','scs',NULL,0),
  ('63661','scs',NULL,0), ('63662','scs',NULL,0), ('63663','scs',NULL,0), ('63664','scs',NULL,0),
  ('62350','intrathecal_pump',NULL,0), ('62351','intrathecal_pump',NULL,0), ('62355','intrathecal_pump',NULL,0),
  ('62360','intrathecal_pump',NULL,0), ('62361','intrathecal_pump',NULL,0), ('62362','intrathecal_pump',NULL,0),
  ('62365','intrathecal_pump',NULL,0), ('62367','intrathecal_pump',NULL,0), ('62368','intrathecal_pump',NULL,0),
  ('62369','intrathecal_pump',NULL,0), ('62370','intrathecal_pump',NULL,0),
  ('64555','pns',NULL,0), ('64575','pns',NULL,0), ('64590','pns',NULL,0), ('64595','pns',NULL,0),
  ('64596','pns',NULL,0), ('64597','pns',NULL,1), ('64598','pns',NULL,0),
  ('22510','vertebral_augmentation','cervical_thoracic',0), ('22511','vertebral_augmentation','lumbar_sacral',0),
  ('22512','vertebral_augmentation',NULL,1), ('22513','vertebral_augmentation','cervical_thoracic',0),
  ('22514','vertebral_augmentation','lumbar_sacral',0), ('22515','vertebral_augmentation',NULL,1),
  ('80305','drug_test',NULL,0), ('80306','drug_test',NULL,0), ('80307','drug_test',NULL,0),
  ('G0480','drug_test',NULL,0), ('G0481','drug_test',NULL,0), ('G0482','drug_test',NULL,0),
  ('G0483','drug_test',NULL,0), ('G0659','drug_test',NULL,0)),
-- The drafts, in input order (n), with the service date (else the as-of date) and the
-- frequency window's boundary: 12 months before it, by LocalDate.adding(months:) (a day
-- the month lacks is the 1st of the next month, where SQLite's date() would overflow).
d AS MATERIALIZED (
  SELECT key AS n, value ->> 'id' AS id, value ->> 'patient_id' AS pid, value ->> 'payer_id' AS payer_id,
    value ->> 'location_id' AS loc_id, value ->> 'place_of_service' AS pos, value -> 'icd10' AS icd10,
    value -> 'items' AS items,
    coalesce(CASE WHEN date(value ->> 'service_date') = value ->> 'service_date' THEN value ->> 'service_date' END, '2026-11-29') AS sd
  FROM json_each('[' || replace(rtrim(CAST(readfile(@drafts) AS TEXT), char(10)), char(10), ',') || ']')),
req AS MATERIALIZED (
  SELECT d.*, date(sd, '-28 days') AS need,
    CASE WHEN date(date(sd, 'start of month', '-12 months'), '+' || (CAST(substr(sd, 9, 2) AS INTEGER) - 1) || ' days')
        < date(sd, 'start of month', '-11 months')
      THEN date(date(sd, 'start of month', '-12 months'), '+' || (CAST(substr(sd, 9, 2) AS INTEGER) - 1) || ' days')
      ELSE date(sd, 'start of month', '-11 months') END AS win_after
  FROM d),
-- The lines, with their catalog entry (80320-80377: commercial definitive drug tests).
item AS MATERIALIZED (
  SELECT r.n, i.key AS k, i.value ->> 'seq' AS seq, i.value ->> 'cpt' AS cpt, i.value ->> 'units' AS units,
    json_array_length(i.value -> 'levels') AS nlev,
    CASE WHEN i.value ->> 'region' IN ('cervical', 'thoracic') THEN 'cervical_thoracic'
      WHEN i.value ->> 'region' IN ('lumbar', 'sacral') THEN 'lumbar_sacral' WHEN i.value ->> 'region' = 'sij' THEN 'sij' END AS fregion,
    coalesce(c.family, CASE WHEN length(i.value ->> 'cpt') = 5 AND i.value ->> 'cpt' GLOB '[0-9][0-9][0-9][0-9][0-9]'
      AND CAST(i.value ->> 'cpt' AS INTEGER) BETWEEN 80320 AND 80377 THEN 'drug_test' END) AS family,
    c.region AS cregion
  FROM req r, json_each(r.items) i LEFT JOIN cat c ON c.code = i.value ->> 'cpt'),
-- The request's families in the order of their first line; an ESI family's region is the
-- first of its lines' regions (the line's, else the code's); levels: the units of its
-- lines, or the longest levels list.
fam AS MATERIALIZED (
  SELECT n, family, min(k) AS fo,
    substr(min(printf('%06d', k) || coalesce(fregion, cregion)), 7) AS region,
    max(sum(units), coalesce(max(nlev), 0)) AS levels
  FROM item WHERE family IS NOT NULL GROUP BY n, family),
esi AS MATERIALIZED (
  SELECT f.*, r.id, r.pid, r.sd, r.need, r.win_after, r.icd10,
    CASE WHEN f.family = 'esi_transforaminal' THEN 2 ELSE 1 END AS maxlev
  FROM fam f JOIN req r USING (n) WHERE f.family IN ('esi_interlaminar', 'esi_transforaminal')),
-- Prior ESI sessions (performed, primary codes, before the service date, in the family's
-- region, not this request's own lines), with their relief (PatientEvidence.relief): the
-- pair of the first pain scale (NRS, VAS, PEG) with a pre and a post score of the
-- procedure, [pre id, post id, pre score, post score] (the first pre, the lowest post);
-- relief_pct when recorded, else computed from the pair (pre score above 0). One pair
-- query a scale, in a coalesce(), so the scales after the first with a pair are not read.
cand AS MATERIALIZED (
  SELECT *, coalesce(relief_pct, CASE WHEN pair ->> 2 > 0
      THEN max(0, CAST(round((pair ->> 2 - pair ->> 3) * 1.0 / (pair ->> 2) * 100) AS INTEGER)) END) AS pct
  FROM (SELECT e.n, e.family, e.win_after, p.id AS pr, p.date, p.relief_pct, p.relief_days, p.rowid AS rid,
      coalesce(
        (SELECT json_array(pre.id, post.id, pre.score, post.score) FROM
          (SELECT a.id, a.score FROM assessment a WHERE a.procedure_id = p.id AND a.patient_id = p.patient_id AND a.voided = 0
             AND a.instrument = 'nrs' AND a.timing = 'pre' AND a.score IS NOT NULL ORDER BY a.rowid LIMIT 1) pre,
          (SELECT a.id, a.score FROM assessment a WHERE a.procedure_id = p.id AND a.patient_id = p.patient_id AND a.voided = 0
             AND a.instrument = 'nrs' AND a.timing = 'post' AND a.score IS NOT NULL ORDER BY a.score, a.rowid LIMIT 1) post),
        (SELECT json_array(pre.id, post.id, pre.score, post.score) FROM
          (SELECT a.id, a.score FROM assessment a WHERE a.procedure_id = p.id AND a.patient_id = p.patient_id AND a.voided = 0
             AND a.instrument = 'vas' AND a.timing = 'pre' AND a.score IS NOT NULL ORDER BY a.rowid LIMIT 1) pre,
          (SELECT a.id, a.score FROM assessment a WHERE a.procedure_id = p.id AND a.patient_id = p.patient_id AND a.voided = 0
             AND a.instrument = 'vas' AND a.timing = 'post' AND a.score IS NOT NULL ORDER BY a.score, a.rowid LIMIT 1) post),
        (SELECT json_array(pre.id, post.id, pre.score, post.score) FROM
          (SELECT a.id, a.score FROM assessment a WHERE a.procedure_id = p.id AND a.patient_id = p.patient_id AND a.voided = 0
             AND a.instrument = 'peg' AND a.timing = 'pre' AND a.score IS NOT NULL ORDER BY a.rowid LIMIT 1) pre,
          (SELECT a.id, a.score FROM assessment a WHERE a.procedure_id = p.id AND a.patient_id = p.patient_id AND a.voided = 0
             AND a.instrument = 'peg' AND a.timing = 'post' AND a.score IS NOT NULL ORDER BY a.score, a.rowid LIMIT 1) post)) AS pair
    FROM esi e JOIN procedure p ON p.patient_id = e.pid
      JOIN cat c ON c.code = p.cpt AND c.family IN ('esi_interlaminar', 'esi_transforaminal') AND c.addon = 0
    WHERE p.voided = 0 AND p.status = 'performed' AND p.auth_id IS NOT e.id AND date(p.date) = p.date AND p.date < e.sd
      AND coalesce(CASE WHEN p.region IN ('cervical', 'thoracic') THEN 'cervical_thoracic'
        WHEN p.region IN ('lumbar', 'sacral') THEN 'lumbar_sacral' WHEN p.region = 'sij' THEN 'sij' END, c.region) IS e.region)),
-- Per ESI family with sessions: how many dates in the 12-month window (one session a
-- date), and the last session: of the newest date, the first with relief, else the first
-- (CriteriaContext.priorSessions), as the bare columns of the one max().
last AS MATERIALIZED (
  SELECT n, family, max(date || iif(pct IS NULL, 0, 1) || printf('%012d', 999999999999 - rid)) AS best, date, pr, pct, relief_days,
    pair ->> 0 AS pre_id, pair ->> 1 AS post_id, count(DISTINCT iif(date > win_after, date, NULL)) AS cnt
  FROM cand GROUP BY n, family),
-- ESI families without a prior session, with the earliest dated supporting diagnosis (the
-- request's codes or the region's): [date, id].
first AS MATERIALIZED (
  SELECT e.*, (SELECT json_array(dd, id) FROM (
      SELECT x.id, coalesce(x.onset, x.noted_on) AS dd, x.rowid AS rid FROM diagnosis x
      WHERE x.patient_id = e.pid AND x.voided = 0
        AND (x.icd10 IN (SELECT value FROM json_each(e.icd10)) OR CASE WHEN x.region IN ('cervical', 'thoracic') THEN 'cervical_thoracic'
          WHEN x.region IN ('lumbar', 'sacral') THEN 'lumbar_sacral' WHEN x.region = 'sij' THEN 'sij' END IS e.region))
    WHERE date(dd) = dd ORDER BY dd, rid LIMIT 1) AS first_dx
  FROM esi e WHERE NOT EXISTS (SELECT 1 FROM last l WHERE l.n = e.n AND l.family = e.family)),
-- Every failed, warned or informational criterion: request, order, rule, severity,
-- message, evidence (JSON text).
res(n, ord, rule, sev, msg, ev) AS (
  SELECT n, 0, 'pa.request.complete', 'block', 'no ICD-10-CM code on the request; add the diagnosis codes (--icd10)', NULL
  FROM req WHERE coalesce(json_array_length(icd10), 0) = 0
  UNION ALL
  SELECT n, 1 + k / 1000.0, 'pa.request.complete', 'warn',
    'line ' || seq || ': code ' || cpt || ' is not in the procedure catalog; no criteria checked', NULL
  FROM item WHERE family IS NULL
  UNION ALL
  SELECT n, 10 + fo, 'pa.request.complete', 'info', 'no shipped coverage criteria for ' || family || '; attach the payer''s checklist', NULL
  FROM fam WHERE family IN ('pns', 'drug_test')
  UNION ALL
  SELECT n, 10 + fo, 'peer.unsupported', 'block', 'the sqlite3 peer does not check ' || family, NULL
  FROM fam WHERE family NOT IN ('pns', 'drug_test', 'esi_interlaminar', 'esi_transforaminal')
  UNION ALL
  -- At most 4 sessions in 12 months, counting this one; the evidence: those in the window.
  SELECT e.n, 10 + e.fo + 0.1, 'esi.frequency', 'block',
    f.cnt || ' ESI sessions in the region in the 12 months before ' || e.sd || '; this one would exceed 4',
    (SELECT json_group_array(json_object('id', pr, 'kind', 'procedure')) FROM (
      SELECT substr(max(iif(pct IS NULL, 0, 1) || printf('%012d', 999999999999 - rid) || pr), 14) AS pr FROM cand t
      WHERE t.n = e.n AND t.family = e.family AND t.date > e.win_after GROUP BY t.date ORDER BY t.date DESC))
  FROM esi e JOIN last f USING (n, family) WHERE f.cnt + 1 > 4
  UNION ALL
  SELECT n, 10 + fo + 0.2, 'esi.levels', 'block', levels || ' levels requested; the rule allows ' || maxlev || ' per session for ' || family, NULL
  FROM esi WHERE levels > maxlev
  UNION ALL
  -- A repeat: relief of at least 50% from the last session, lasting 3 months.
  SELECT n, 10 + fo + 0.3, 'esi.repeat',
    CASE WHEN pct IS NULL OR pct < 50 THEN 'block' WHEN relief_days IS NULL THEN 'warn' ELSE 'block' END,
    CASE WHEN pct IS NULL THEN 'no relief recorded for the last ESI (' || pr || '): record relief_pct or pre/post pain scores'
      WHEN pct < 50 THEN 'last ESI (' || pr || ') gave ' || pct || '% relief; the rule wants at least 50%'
      WHEN relief_days IS NULL THEN 'last ESI (' || pr || ') gave ' || pct || '% relief, but how long it lasted is not recorded (relief_days); the rule wants 3 months'
      ELSE 'relief from the last ESI (' || pr || ') lasted ' || relief_days || ' days; the rule wants 3 months' END,
    CASE WHEN pct IS NULL OR pre_id IS NULL THEN json_array(json_object('id', pr, 'kind', 'procedure'))
      ELSE json_array(json_object('id', pr, 'kind', 'procedure'), json_object('id', pre_id, 'kind', 'assessment'),
        json_object('id', post_id, 'kind', 'assessment')) END
  FROM (SELECT e.fo, l.* FROM esi e JOIN last l USING (n, family))
  WHERE pct IS NULL OR pct < 50 OR relief_days IS NULL
    OR date(date, printf('%+d days', relief_days))
      < CASE WHEN date(date(date, 'start of month', '+3 months'), '+' || (CAST(substr(date, 9, 2) AS INTEGER) - 1) || ' days')
          < date(date, 'start of month', '+4 months')
        THEN date(date(date, 'start of month', '+3 months'), '+' || (CAST(substr(date, 9, 2) AS INTEGER) - 1) || ' days')
        ELSE date(date, 'start of month', '+4 months') END
  UNION ALL
  -- A first ESI: pain for 4 weeks, failed conservative care, imaging of the region,
  -- baseline pain and function scores.
  SELECT n, 10 + fo + 0.4, 'esi.first', 'block',
    CASE WHEN first_dx IS NULL THEN 'no diagnosis in the ledger for the request''s codes or region: record one with its onset'
      ELSE 'pain documented only since ' || (first_dx ->> 0) || '; the rule wants 4 weeks before ' || sd END,
    CASE WHEN first_dx IS NOT NULL THEN json_array(json_object('id', first_dx ->> 1, 'kind', 'diagnosis')) END
  FROM first WHERE first_dx IS NULL OR first_dx ->> 0 > need
  UNION ALL
  SELECT n, 10 + fo + 0.5, 'esi.first', 'block', 'no failed conservative care recorded before ' || sd, NULL
  FROM first WHERE NOT EXISTS (SELECT 1 FROM conservative_care c WHERE c.patient_id = first.pid AND c.voided = 0
    AND c.outcome IN ('failed', 'partial') AND date(c.start) = c.start AND c.start < first.sd
    AND min(CASE WHEN date(c."end") = c."end" THEN c."end" ELSE first.sd END, first.sd) >= c.start)
  UNION ALL
  SELECT n, 10 + fo + 0.6, 'esi.first', 'block', 'no imaging of the region recorded; the rule wants concordant imaging', NULL
  FROM first WHERE NOT EXISTS (SELECT 1 FROM imaging i WHERE i.patient_id = first.pid AND i.voided = 0
    AND date(i.date) = i.date AND i.date <= first.sd
    AND CASE WHEN lower(i.region) IN ('cervical', 'thoracic') THEN 'cervical_thoracic'
      WHEN lower(i.region) IN ('lumbar', 'sacral') THEN 'lumbar_sacral' WHEN lower(i.region) = 'sij' THEN 'sij' END IS first.region)
  UNION ALL
  SELECT n, 10 + fo + 0.7, 'esi.first', 'block', 'no baseline pain score (NRS/VAS/PEG) recorded before ' || sd, NULL
  FROM first WHERE NOT EXISTS (SELECT 1 FROM assessment a WHERE a.patient_id = first.pid AND a.voided = 0
    AND a.instrument IN ('nrs', 'vas', 'peg') AND a.timing IS NOT 'post' AND date(a.date) = a.date AND a.date <= first.sd)
  UNION ALL
  SELECT n, 10 + fo + 0.8, 'esi.first', 'block', 'no baseline function score (ODI/NDI/PEG) recorded before ' || sd, NULL
  FROM first WHERE NOT EXISTS (SELECT 1 FROM assessment a WHERE a.patient_id = first.pid AND a.voided = 0
    AND a.instrument IN ('odi', 'ndi', 'peg') AND a.timing IS NOT 'post' AND date(a.date) = a.date AND a.date <= first.sd)),
-- Is PA required? (PriorAuthRequirement) Any line that needs one: Medicare FFS by WISeR
-- (the location's state, else the payer's, else the patient's; the service date; the ESI
-- codes) or the OPD lists (POS 19/22); other payers by the payer record's
-- pa_required_cpts, else the default families; self-pay and an unknown payer never.
preq AS MATERIALIZED (
  SELECT r.n, py.id IS NOT NULL AND EXISTS (SELECT 1 FROM item i WHERE i.n = r.n AND CASE
      WHEN py.type = 'self_pay' THEN 0
      WHEN py.type = 'medicare' THEN
        (coalesce(lo.state, py.state, (SELECT t.state FROM patient t WHERE t.id = r.pid AND t.voided = 0)) IN ('AZ', 'NJ', 'OH', 'OK', 'TX', 'WA')
          AND r.sd BETWEEN '2026-01-15' AND '2031-12-31' AND i.cpt IN ('62321', '62323', '64479', '64480', '64483', '64484'))
        OR (coalesce(r.pos, lo.place_of_service) IN ('19', '22')
          AND (i.cpt = '63650' AND r.sd >= '2021-07-01'
            OR i.cpt IN ('64490', '64491', '64492', '64493', '64494', '64495', '64633', '64634', '64635', '64636') AND r.sd >= '2023-07-01'))
      WHEN json_type(py.record, '$.pa_required_cpts') = 'array' THEN i.cpt IN (SELECT value FROM json_each(py.record, '$.pa_required_cpts'))
      ELSE i.family IN ('esi_interlaminar', 'esi_transforaminal', 'facet_injection', 'facet_rfa', 'sij_injection', 'sij_rfa', 'scs',
          'intrathecal_pump', 'pns', 'vertebral_augmentation') AND i.cpt NOT IN ('62367', '62368', '62369', '62370') END) AS required
  FROM req r LEFT JOIN payer py ON py.id = r.payer_id AND py.voided = 0 LEFT JOIN location lo ON lo.id = r.loc_id AND lo.voided = 0),
tally AS (SELECT n, sum(sev = 'block') AS blocking, sum(sev = 'warn') AS warnings FROM res GROUP BY n)
-- The records, as pa-submit prints them: findings (ids `<auth>-<rule>`, then `-2`...),
-- then the readiness, request by request.
SELECT line FROM (
  SELECT n, ord, iif(ev IS NULL, json_remove(o, '$.evidence'), o) AS line FROM (
    SELECT f.n, f.ord, f.ev, json_object('evidence', json(f.ev), 'id', q.id || '-' || f.rule || iif(f.k > 1, '-' || f.k, ''),
        'kind', 'finding', 'message', f.msg, 'rule', f.rule, 'severity', f.sev,
        'source', CASE WHEN f.rule GLOB 'esi.*' THEN 'LCD L39240' WHEN f.rule = 'pa.request.complete' THEN 'X12 005010X217' ELSE 'payer policy' END,
        'subject_id', q.id, 'subject_kind', 'auth') AS o
    FROM (SELECT *, row_number() OVER (PARTITION BY n, rule ORDER BY ord) AS k FROM res) f JOIN req q USING (n))
  UNION ALL
  SELECT q.n, 1e9, json_object('auth_id', q.id, 'blocking', coalesce(t.blocking, 0), 'id', q.id || '-readiness', 'kind', 'readiness',
      'pa_required', json(iif(p.required, 'true', 'false')), 'ready', json(iif(coalesce(t.blocking, 0) = 0, 'true', 'false')),
      'warnings', coalesce(t.warnings, 0))
  FROM req q JOIN preq p USING (n) LEFT JOIN tally t USING (n))
ORDER BY n, ord;
