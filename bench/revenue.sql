-- The sqlite3 peer of `revenue-model report --month 2026-10`: the same aggregations for
-- one month over the same state tables and event history (procedures and expected
-- revenue by fee type match, paid, auths submitted, first-pass denials from the first
-- decision event, appeals, cancellations and no-shows). No comparisons, trends, at-risk
-- or compliance: it does less than the tool. It reads the same typed columns and history
-- summary (v3: auth_history, paid_cents, filed_on, decided_on, recovered_cents) as the tool.
WITH pr AS (SELECT p.id, p.cpt, p.provider_id, coalesce(a.payer_id, c.payer_id) AS payer_id
  FROM procedure p LEFT JOIN auth a ON a.id = p.auth_id LEFT JOIN coverage c ON c.patient_id = p.patient_id AND c.priority = 'primary'
  WHERE p.voided = 0 AND p.status = 'performed' AND p.date BETWEEN '2026-10-01' AND '2026-10-31'),
priced AS (SELECT pr.*, (SELECT json_extract(f.record, '$.allowed_cents') FROM fee f JOIN payer y ON y.id = pr.payer_id
  WHERE f.cpt = pr.cpt AND (f.payer_id = pr.payer_id OR f.payer_type = y.type) AND f.effective_from <= '2026-10-31'
  ORDER BY f.payer_id IS NULL, f.effective_from DESC LIMIT 1) AS cents FROM pr),
first AS (SELECT h.auth_id, h.status AS st, h.payer_id, substr(h.decided_at, 1, 10) AS d FROM auth_history h
  JOIN auth a ON a.id = h.auth_id AND a.voided = 0 WHERE h.first_seq IS NOT NULL)
SELECT 'procedures_performed', provider_id, count(*), sum(cents) FROM priced GROUP BY provider_id
UNION ALL SELECT 'expected_revenue_cents', payer_id, count(*), sum(cents) FROM priced GROUP BY payer_id
UNION ALL SELECT 'paid_cents', payer_id, count(*), sum(paid_cents) FROM claim WHERE voided = 0 AND service_date BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY payer_id
UNION ALL SELECT 'auths_submitted', payer_id, count(*), NULL FROM auth WHERE voided = 0 AND submitted_at >= '2026-10-01' AND submitted_at < '2026-11-01' GROUP BY payer_id
UNION ALL SELECT 'first_pass_denial_rate', payer_id, count(*), avg(st = 'denied') FROM first WHERE d BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY payer_id
UNION ALL SELECT 'appeals_' || status, NULL, count(*), sum(recovered_cents) FROM appeal WHERE voided = 0
  AND (decided_on BETWEEN '2026-10-01' AND '2026-10-31' OR filed_on BETWEEN '2026-10-01' AND '2026-10-31') GROUP BY status
UNION ALL SELECT 'appointments_' || status, NULL, count(*), NULL FROM appointment WHERE voided = 0 AND start >= '2026-10-01' AND start < '2026-11-01' GROUP BY status;
