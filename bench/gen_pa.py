#!/usr/bin/env python3
"""Synthetic PA ledger for bench/pa.sh: N patients, 20 records each (patient, coverage,
2 diagnoses, 2 conservative care, imaging, a document, 8 assessments, 3 procedures, an
auth; N = 100,000 gives 2,000,007 events with the payers, provider and location), and
10,000 (or N/10) draft requests. Usage: gen_pa.py N ledger.ndjson drafts.ndjson
A ledger path of '-' writes the drafts only, for a ledger built earlier with the same N:
the same drafts, as the generator draws the same numbers up to the last one."""
import json, random, sys
n = int(sys.argv[1]); drafts_only = sys.argv[2] == "-"
out = None if drafts_only else open(sys.argv[2], "w"); drafts = open(sys.argv[3], "w")
r = random.Random(7)
w = (lambda o: None) if drafts_only else (lambda o: out.write(json.dumps(o, separators=(",", ":")) + "\n"))
wanted = max(1, min(10000, n // 10 if n < 100000 else 10000))
types = ["medicare", "medicare_advantage", "medicaid", "commercial", "marketplace"]
for k, t in enumerate(types):
    w({"kind": "payer", "id": f"PY{k}", "name": f"Payer {k}", "type": t, "state": "TX"})
w({"kind": "provider", "id": "DR1", "npi": "1234567893", "given_name": "A", "family_name": "B", "role": "physician"})
w({"kind": "location", "id": "L1", "name": "Main", "address": {"line": "1 St", "city": "Austin", "state": "TX", "zip": "78701"}, "place_of_service": "11"})
nd = 0
for i in range(n):
    if drafts_only and nd == wanted:
        break
    p = f"P{i:06d}"
    w({"kind": "patient", "id": p, "given_name": "G", "family_name": "F", "dob": "1960-01-01", "sex": "female", "state": "TX", "status": "active", "provider_id": "DR1"})
    w({"kind": "coverage", "id": f"{p}-cov", "patient_id": p, "payer_id": f"PY{i % 5}", "member_id": f"M{i:08d}", "priority": "primary", "effective_from": "2026-01-01"})
    w({"kind": "diagnosis", "id": f"{p}-dx", "patient_id": p, "icd10": "M54.16", "noted_on": "2026-03-01", "onset": "2026-02-01", "region": "lumbar"})
    w({"kind": "diagnosis", "id": f"{p}-dx2", "patient_id": p, "icd10": "M47.816", "noted_on": "2026-03-20", "region": "lumbar"})
    w({"kind": "conservative_care", "id": f"{p}-cc", "patient_id": p, "type": "physical_therapy", "start": "2026-03-05", "outcome": "failed"})
    w({"kind": "conservative_care", "id": f"{p}-cc2", "patient_id": p, "type": "nsaid", "start": "2026-02-10", "end": "2026-04-10", "outcome": "partial"})
    w({"kind": "imaging", "id": f"{p}-im", "patient_id": p, "modality": "mri", "region": "lumbar", "date": "2026-03-20", "summary": "x", "document_id": f"{p}-doc"})
    w({"kind": "document", "id": f"{p}-doc", "patient_id": p, "type": "imaging_report", "path": f"docs/{p}-mri.pdf", "sha256": "%064x" % i, "date": "2026-03-20"})
    w({"kind": "assessment", "id": f"{p}-a1", "patient_id": p, "date": "2026-04-01", "instrument": "nrs", "score": 7})
    w({"kind": "assessment", "id": f"{p}-a2", "patient_id": p, "date": "2026-04-01", "instrument": "odi", "score": 40})
    for j in range(3):
        pr = f"{p}-pr{j}"
        d = f"2026-0{5 + j * 2}-10"
        w({"kind": "procedure", "id": pr, "patient_id": p, "provider_id": "DR1", "cpt": "64483", "region": "lumbar", "date": d, "status": "performed", "relief_pct": r.choice([40, 60, 80]), "relief_days": r.choice([30, 120])})
        w({"kind": "assessment", "id": f"{pr}-pre", "patient_id": p, "date": d, "instrument": "nrs", "score": 8, "procedure_id": pr, "timing": "pre"})
        w({"kind": "assessment", "id": f"{pr}-post", "patient_id": p, "date": d, "instrument": "nrs", "score": 3, "procedure_id": pr, "timing": "post"})
    st = r.choice(["submitted", "pended", "approved", "denied", "submitted"])
    a = {"kind": "auth", "id": f"{p}-A", "patient_id": p, "payer_id": f"PY{i % 5}", "provider_id": "DR1", "items": [{"seq": 1, "cpt": "64483", "units": 1, "region": "lumbar"}], "icd10": ["M54.16"], "urgency": r.choice(["standard", "standard", "expedited"]), "service_date": "2026-12-15", "location_id": "L1", "status": st, "submitted_at": f"2026-11-{r.randint(1, 28):02d}T15:00:00Z"}
    w(a)
    if nd < wanted:
        d = dict(a, id=f"{p}-D", status="draft"); d.pop("submitted_at")
        drafts.write(json.dumps(d, separators=(",", ":")) + "\n"); nd += 1
