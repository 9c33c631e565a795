-- The sqlite3 peer of recall-scan (bench/recall.sh): the same eight reasons with the
-- shipped intervals, the same exclusions and the same v4 partial indexes (each CTE
-- repeats an index's WHERE, as RecallQueries does), as of 2026-11-29 with the default
-- 14-day look-ahead. One row per due or overdue reason not satisfied by a future
-- appointment: patient, reason, due_on, days overdue, priority, recall attempts since the
-- reason's cycle began; in recall-scan's call order.
WITH
-- Active patients, each with the last visit (a completed new_patient, follow_up, procedure or
-- telehealth appointment): a correlated max(), one seek per patient, as recall-scan does.
p AS MATERIALIZED (SELECT id, recall_interval_days AS ri,
    (SELECT substr(max(a.start), 1, 10) FROM appointment a
     WHERE a.patient_id = patient.id AND a.voided = 0 AND a.status = 'completed'
       AND a.type IN ('new_patient','follow_up','procedure','telehealth') AND a.start < '2026-11-30') AS v
  FROM patient WHERE voided = 0 AND status = 'active'),
lv AS MATERIALIZED (SELECT id AS patient_id, v FROM p WHERE v IS NOT NULL),
sched AS MATERIALIZED (SELECT patient_id, id, substr(start, 1, 10) AS d, type FROM appointment
  WHERE voided = 0 AND status IN ('scheduled', 'cancelled', 'no_show') AND status = 'scheduled' AND start >= '2026-11-29'),
-- Per patient: the first and last future visit, and the first future pump refill.
fut AS MATERIALIZED (SELECT patient_id,
    min(iif(type IN ('new_patient','follow_up','procedure','telehealth'), d, NULL)) AS first_visit,
    max(iif(type IN ('new_patient','follow_up','procedure','telehealth'), d, NULL)) AS last_visit,
    min(iif(type = 'pump_refill', d, NULL)) AS pump
  FROM sched GROUP BY patient_id),
-- No-shows and cancellations in the 90-day look-back not made up; the latest per patient.
missed AS (SELECT patient_id, id, d, type FROM (
  SELECT m.patient_id, m.id, m.type,
    min(substr(m.start, 1, 10), coalesce(substr(m.cancelled_at, 1, 10), '9999')) AS d,
    row_number() OVER (PARTITION BY m.patient_id
      ORDER BY min(substr(m.start, 1, 10), coalesce(substr(m.cancelled_at, 1, 10), '9999')) DESC, m.id DESC) AS k
  FROM appointment m
  WHERE m.voided = 0 AND m.status IN ('scheduled', 'cancelled', 'no_show') AND m.start >= '2026-08-31'
    AND (m.status = 'cancelled' OR (m.status = 'no_show' AND m.start < '2026-11-30'))
    AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = m.patient_id AND a.voided = 0
      AND a.status = 'completed' AND a.start > m.start
      AND (a.type = m.type OR (m.type IN ('new_patient','follow_up','telehealth') AND a.type IN ('new_patient','follow_up','procedure','telehealth')))))
  WHERE k = 1),
-- Active Schedule II-IV opioids: the supply ends no earlier than 30 days before the date.
orx AS (SELECT patient_id, min(written_on) AS w FROM rx
  WHERE voided = 0 AND status = 'active' AND schedule IN ('cii','ciii','civ')
    AND (lower(drug) IN ('codeine','tramadol','tapentadol','hydrocodone','morphine','oxycodone','oxymorphone',
      'methadone','hydromorphone','fentanyl','buprenorphine')
      OR rxnorm IN ('2670','10689','787390','5489','7052','7804','7814','6813','3423','4337','1819'))
    AND date(coalesce(filled_on, written_on), '+' || days_supply || ' days') >= '2026-10-30'
  GROUP BY patient_id),
-- The latest performed procedure of each code list (bare columns of max()).
relief AS MATERIALIZED (SELECT patient_id, id, max(date) AS d, relief_pct FROM procedure
  WHERE voided = 0 AND status = 'performed' AND date <= '2026-11-29'
    AND cpt IN ('62321','62323','64479','64480','64483','64484','64490','64491','64492','64493','64494','64495',
      '64633','64634','64635','64636') GROUP BY patient_id),
rfa AS (SELECT patient_id, max(date) AS d FROM procedure WHERE voided = 0 AND status = 'performed'
  AND date <= '2026-11-29' AND cpt IN ('64633','64634','64635','64636') GROUP BY patient_id),
scs AS (SELECT patient_id, max(date) AS d FROM procedure WHERE voided = 0 AND status = 'performed'
  AND date <= '2026-11-29' AND cpt IN ('63650','63655','63685','63688') GROUP BY patient_id),
pump AS (SELECT patient_id, max(d) AS d FROM (
  SELECT patient_id, max(date) AS d FROM procedure WHERE voided = 0 AND status = 'performed'
    AND date <= '2026-11-29' AND cpt IN ('62362','62367','62368','62369','62370','95990','95991') GROUP BY patient_id
  UNION ALL
  SELECT patient_id, substr(max(start), 1, 10) FROM appointment WHERE voided = 0 AND status = 'completed'
    AND type = 'pump_refill' AND start < '2026-11-30' GROUP BY patient_id) GROUP BY patient_id),
rf AS MATERIALIZED (SELECT patient_id, min(received_on) AS d FROM referral
  WHERE voided = 0 AND status NOT IN ('scheduled', 'declined') AND received_on <= '2026-11-29' GROUP BY patient_id),
-- First contact of a patient with a recall interval and no visit.
nv AS MATERIALIZED (SELECT p.id FROM p LEFT JOIN lv ON lv.patient_id = p.id LEFT JOIN rf ON rf.patient_id = p.id
  WHERE p.ri > 0 AND lv.v IS NULL AND rf.d IS NULL),
fc AS (SELECT nv.id AS patient_id, (SELECT min(d) FROM (
    SELECT substr(start, 1, 10) AS d FROM appointment a WHERE a.voided = 0 AND a.patient_id = nv.id
    UNION ALL SELECT received_on FROM referral r WHERE r.voided = 0 AND r.patient_id = nv.id) WHERE d <= '2026-11-29') AS d
  FROM nv),
-- Each reason: due_on, the start of its outreach cycle (and whether that day counts) and
-- whether a future appointment satisfies it.
need AS (
  SELECT p.id, 'opioid_follow_up' AS reason, coalesce(date(lv.v, '+90 days'), orx.w) AS due_on,
    coalesce(lv.v, orx.w) AS cs, lv.v IS NULL AS inc, fut.first_visit IS NOT NULL AS booked
  FROM orx CROSS JOIN p ON p.id = orx.patient_id LEFT JOIN lv ON lv.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id
  UNION ALL
  SELECT p.id, 'procedure_follow_up', date(r.d, '+28 days'), r.d, 0, coalesce(fut.last_visit >= date(r.d, '+14 days'), 0)
  FROM p JOIN relief r ON r.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id
  WHERE r.relief_pct IS NULL AND (lv.v IS NULL OR lv.v <= r.d)
    AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.procedure_id = r.id AND s.voided = 0 AND s.timing = 'post')
  UNION ALL
  SELECT id, 'repeat_evaluation', due, d, 0, coalesce(last_visit >= date(due, '-30 days'), 0) FROM (
    SELECT p.id, rfa.d, fut.last_visit, lv.v,
      -- Six months later, or the first of the next month when that day does not exist (design.md §6).
      iif(strftime('%d', date(rfa.d, '+6 months')) = strftime('%d', rfa.d), date(rfa.d, '+6 months'),
        date(rfa.d, 'start of month', '+7 months')) AS due
    FROM p JOIN rfa ON rfa.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id)
  WHERE v IS NULL OR v < date(due, '-30 days')
  UNION ALL
  SELECT p.id, 'scs_follow_up', date(max(scs.d, coalesce(lv.v, scs.d)), '+180 days'), max(scs.d, coalesce(lv.v, scs.d)), 0,
    fut.first_visit IS NOT NULL
  FROM p JOIN scs ON scs.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id
  UNION ALL
  SELECT p.id, 'pump_refill', date(pump.d, '+90 days'), pump.d, 0, fut.pump IS NOT NULL
  FROM p JOIN pump ON pump.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id
  UNION ALL
  SELECT p.id, 'patient_interval', date(lv.v, '+' || p.ri || ' days'), lv.v, 0, fut.first_visit IS NOT NULL
  FROM p JOIN lv ON lv.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id WHERE p.ri > 0
  UNION ALL
  SELECT p.id, 'patient_interval', coalesce(fc.d, '2026-11-29'), coalesce(fc.d, '2026-11-29'), 1, fut.first_visit IS NOT NULL
  FROM p JOIN fc ON fc.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id
  UNION ALL
  SELECT p.id, 'rebook', date(m.d, '+7 days'), m.d, 1,
    EXISTS (SELECT 1 FROM sched s WHERE s.patient_id = m.patient_id AND s.id != m.id AND (s.type = m.type
      OR (m.type IN ('new_patient','follow_up','telehealth') AND s.type IN ('new_patient','follow_up','procedure','telehealth'))))
  FROM p JOIN missed m ON m.patient_id = p.id
  UNION ALL
  SELECT p.id, 'referral', date(rf.d, '+14 days'), rf.d, 1, fut.first_visit IS NOT NULL
  FROM p JOIN rf ON rf.patient_id = p.id LEFT JOIN lv ON lv.patient_id = p.id LEFT JOIN fut ON fut.patient_id = p.id
  WHERE lv.v IS NULL OR lv.v < rf.d),
o AS MATERIALIZED (SELECT patient_id, date FROM outreach
  WHERE voided = 0 AND purpose = 'recall' AND date > '2025-11-29' AND date <= '2026-11-29'),
listed AS (SELECT id, reason, due_on, cs, inc,
    max(0, CAST(julianday('2026-11-29') - julianday(due_on) AS INTEGER)) AS days_overdue
  FROM need WHERE due_on <= '2026-12-13' AND NOT booked)
SELECT id, reason, due_on, days_overdue,
  iif(days_overdue > 0, iif(reason = 'opioid_follow_up', 1, 2), 3) AS priority,
  (SELECT count(*) FROM o WHERE o.patient_id = listed.id AND (o.date > cs OR (inc AND o.date = cs))) AS attempts
FROM listed
ORDER BY priority, days_overdue DESC, due_on, id, reason;
