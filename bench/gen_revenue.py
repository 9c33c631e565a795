#!/usr/bin/env python3
"""Synthetic ledger for bench/revenue.sh: N patients with about 20 events each (19.5: 100,000
patients make about 1,950,000 events) over the
12 months to 2026-11 (coverage, procedures, claims, auths with a decision update, denials,
appeals, appointments), plus the fee schedule.
Usage: gen_revenue.py N clinic.ndjson updates.ndjson"""
import json, random, sys
n = int(sys.argv[1]); out = open(sys.argv[2], "w"); upd = open(sys.argv[3], "w")
r = random.Random(11)
w = lambda f, o: f.write(json.dumps(o, separators=(",", ":")) + "\n")
types = ["medicare", "medicare_advantage", "medicaid", "commercial", "marketplace"]
cpts = ["64483", "64493", "62323", "64635", "27096"]
for k, t in enumerate(types):
    w(out, {"kind": "payer", "id": f"PY{k}", "name": f"Payer {k}", "type": t, "state": "TX", "submission_channel": ["portal", "fax"][k % 2]})
    for c in cpts:
        w(out, {"kind": "fee", "id": f"F{k}-{c}", "payer_type": t, "cpt": c, "allowed_cents": r.randint(150, 900) * 100, "effective_from": "2025-01-01"})
for d in ("DR1", "DR2"):
    w(out, {"kind": "provider", "id": d, "npi": "1234567893", "given_name": "A", "family_name": "B", "role": "physician"})
w(out, {"kind": "location", "id": "L1", "name": "Main", "address": {"line": "1 St", "city": "Austin", "state": "TX", "zip": "78701"}, "place_of_service": "11"})
for i in range(n):
    p = f"P{i:06d}"; payer = f"PY{i % 5}"; dr = f"DR{1 + i % 2}"
    w(out, {"kind": "patient", "id": p, "given_name": "G", "family_name": "F", "dob": "1960-01-01", "sex": "female", "state": "TX", "status": "active", "provider_id": dr})
    w(out, {"kind": "coverage", "id": f"{p}-C", "patient_id": p, "payer_id": payer, "member_id": "M", "priority": "primary", "effective_from": "2025-01-01"})
    for j in range(3 + i % 2):  # 3.5 procedures a patient: about 20 events each
        m = r.randint(1, 12); y = 2025 if m == 12 else 2026
        mm = 12 if m == 12 else m; day = r.randint(1, 28)
        date = f"{y}-{mm:02d}-{day:02d}"; cpt = r.choice(cpts); a = f"{p}-A{j}"
        sub = f"{date}T15:00:00Z"; dec_day = min(28, day + r.randint(2, 14)); dec = f"{y}-{mm:02d}-{dec_day:02d}T15:00:00Z"
        first = r.choices(["approved", "denied", "pended", "partial"], [55, 30, 10, 5])[0]
        auth = {"kind": "auth", "id": a, "patient_id": p, "payer_id": payer, "provider_id": dr, "items": [{"seq": 1, "cpt": cpt, "units": 1}], "icd10": ["M54.16"], "urgency": "standard", "status": first, "submitted_at": sub}
        if first != "pended":
            auth["decided_at"] = dec
        w(out, auth)
        final = "approved" if first in ("pended", "approved") else first
        if final != first or first == "denied":
            u = dict(auth, status="approved" if first != "denied" or r.random() < 0.4 else "denied", decided_at=dec)
            w(upd, u)
        w(out, {"kind": "procedure", "id": f"{p}-PR{j}", "patient_id": p, "provider_id": dr, "cpt": cpt, "date": date, "status": "performed", "location_id": "L1", "auth_id": a})
        w(out, {"kind": "claim", "id": f"{p}-CL{j}", "patient_id": p, "payer_id": payer, "claim_number": f"X{i}-{j}", "service_date": date, "lines": [{"cpt": cpt, "units": 1, "charge_cents": 90000, "procedure_id": f"{p}-PR{j}"}], "status": "paid", "paid_cents": r.randint(100, 800) * 100})
        w(out, {"kind": "appointment", "id": f"{p}-AP{j}", "patient_id": p, "provider_id": dr, "start": f"{date}T09:00", "duration_min": 30, "type": "procedure", "status": r.choices(["completed", "cancelled", "no_show"], [85, 10, 5])[0]})
        if first == "denied":
            w(out, {"kind": "denial", "id": f"{a}-denial-1", "patient_id": p, "payer_id": payer, "auth_id": a, "notice_date": dec[:10], "reason": "x", "amount_cents": 50000})
            st = r.choice(["won", "lost", "filed", "missed"])
            ap = {"kind": "appeal", "id": f"{a}-appeal-1", "denial_id": f"{a}-denial-1", "level": "internal_1", "deadline": "2027-06-01", "status": st, "filed_on": dec[:10]}
            if st in ("won", "lost"):
                ap["decided_on"] = dec[:10]; ap["recovered_cents"] = 50000 if st == "won" else 0
            w(out, ap)
