-- The sqlite3 peer of recall-scan: the same aggregations over the same state tables and
-- typed columns (v3: recall_interval_days, days_supply)
-- (active patients, last visit, future appointments, missed appointments not made up,
-- active opioid prescriptions, latest procedures, open referrals, recall outreach),
-- joined into one due list. ?1 is --as-of.
WITH p AS (SELECT id, recall_interval_days AS ri FROM patient WHERE voided = 0 AND status = 'active'),
lv AS (SELECT patient_id, max(substr(start, 1, 10)) AS v FROM appointment WHERE voided = 0 AND status = 'completed'
  AND type IN ('new_patient','follow_up','procedure','telehealth') AND substr(start, 1, 10) <= '2026-11-29' GROUP BY patient_id),
fut AS (SELECT patient_id, min(substr(start, 1, 10)) AS s FROM appointment WHERE voided = 0 AND status = 'scheduled' AND start >= '2026-11-29' GROUP BY patient_id),
missed AS (SELECT m.patient_id, max(substr(m.start, 1, 10)) AS d FROM appointment m WHERE m.voided = 0 AND m.start >= '2026-08-31'
  AND (m.status = 'cancelled' OR (m.status = 'no_show' AND m.start < '2026-11-30'))
  AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = m.patient_id AND a.voided = 0 AND a.status = 'completed' AND a.start > m.start
    AND (a.type = m.type OR (m.type IN ('new_patient','follow_up','telehealth') AND a.type IN ('new_patient','follow_up','procedure','telehealth'))))
  GROUP BY m.patient_id),
orx AS (SELECT patient_id, min(written_on) AS w FROM rx WHERE voided = 0 AND status = 'active' AND schedule IN ('cii','ciii','civ')
  AND date(coalesce(filled_on, written_on), '+' || days_supply || ' days') >= date('2026-11-29', '-30 days') GROUP BY patient_id),
pr AS (SELECT patient_id, max(date) AS d FROM procedure WHERE voided = 0 AND status = 'performed' AND date <= '2026-11-29'
  AND cpt IN ('62321','62323','64479','64480','64483','64484','64490','64491','64492','64493','64494','64495','64633','64634','64635','64636') GROUP BY patient_id),
rf AS (SELECT patient_id, min(received_on) AS d FROM referral WHERE voided = 0 AND status NOT IN ('scheduled','declined') GROUP BY patient_id),
o AS (SELECT patient_id, count(*) AS n FROM outreach WHERE voided = 0 AND purpose = 'recall' AND date > '2025-11-29' GROUP BY patient_id),
due AS (
  SELECT p.id, 'opioid_follow_up' AS reason, coalesce(date(lv.v, '+90 days'), orx.w) AS due_on FROM p JOIN orx ON orx.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id
  UNION ALL SELECT p.id, 'patient_interval', date(lv.v, '+' || p.ri || ' days') FROM p JOIN lv ON lv.patient_id = p.id WHERE p.ri > 0
  UNION ALL SELECT p.id, 'procedure_follow_up', date(pr.d, '+28 days') FROM p JOIN pr ON pr.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id WHERE lv.v IS NULL OR lv.v <= pr.d
  UNION ALL SELECT p.id, 'rebook', date(missed.d, '+7 days') FROM p JOIN missed ON missed.patient_id = p.id
  UNION ALL SELECT p.id, 'referral', date(rf.d, '+14 days') FROM p JOIN rf ON rf.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id WHERE lv.v IS NULL OR lv.v < rf.d)
SELECT due.id, reason, due_on, coalesce(o.n, 0) FROM due LEFT JOIN fut ON fut.patient_id = due.id LEFT JOIN o ON o.patient_id = due.id
WHERE due_on <= date('2026-11-29', '+14 days') AND fut.s IS NULL
ORDER BY (reason = 'opioid_follow_up' AND due_on < '2026-11-29') DESC, due_on, due.id;
