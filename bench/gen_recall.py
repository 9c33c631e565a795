"""Writes a synthetic clinic for the recall benchmark as NDJSON: N patients and about 20
records each (appointments, opioid prescriptions, procedures, outreach, referrals), so
100,000 patients make about 2,000,000 events. Deterministic; fake names; ends 2026-11-29."""
import datetime, json, random, sys

n = int(sys.argv[1]); path = sys.argv[2]
rng = random.Random(7)
end = datetime.date(2026, 11, 29)
def day(back): return (end - datetime.timedelta(days=back)).isoformat()
def w(f, r): f.write(json.dumps(r, separators=(",", ":")) + "\n")
with open(path, "w") as f:
    w(f, {"kind": "provider", "id": "DR1", "npi": "1234567893", "given_name": "A", "family_name": "Doc", "role": "physician"})
    a = 0
    for i in range(n):
        p = f"P{i:07d}"
        w(f, {"kind": "patient", "id": p, "given_name": "Sam", "family_name": "Sample", "dob": "1970-01-01",
              "sex": "female", "state": "TX", "status": rng.choice(["active"] * 9 + ["inactive"]),
              "contact_preference": rng.choice(["phone", "sms", "email"]),
              **({"recall_interval_days": 120} if rng.random() < 0.2 else {})})
        for k in range(14):
            a += 1
            back = rng.randint(-40, 365)
            status = "scheduled" if back < 0 else rng.choice(["completed"] * 8 + ["cancelled", "no_show"])
            w(f, {"kind": "appointment", "id": f"A{a:08d}", "patient_id": p, "provider_id": "DR1",
                  "start": day(back) + "T09:00", "duration_min": 20,
                  "type": rng.choice(["follow_up", "follow_up", "telehealth", "procedure", "uds"]), "status": status})
        if rng.random() < 0.2:
            w(f, {"kind": "rx", "id": f"RX{i:07d}", "patient_id": p, "prescriber_id": "DR1", "drug": "oxycodone",
                  "strength": 5, "strength_unit": "mg", "form": "tablet", "units_per_day": 3, "quantity": 90,
                  "days_supply": 30, "schedule": "cii", "written_on": day(rng.randint(0, 60)), "status": "active"})
        for k in range(2):
            w(f, {"kind": "procedure", "id": f"PR{i:07d}{k}", "patient_id": p, "provider_id": "DR1",
                  "cpt": rng.choice(["64483", "64493", "64635", "62323"]), "date": day(rng.randint(1, 365)),
                  "status": "performed"})
        for k in range(2):
            w(f, {"kind": "outreach", "id": f"O{i:07d}{k}", "patient_id": p, "date": day(rng.randint(0, 200)),
                  "channel": "phone", "purpose": "recall", "result": rng.choice(["no_answer", "voicemail", "reached"])})
        if rng.random() < 0.05:
            w(f, {"kind": "referral", "id": f"RF{i:07d}", "patient_id": p, "received_on": day(rng.randint(0, 30)),
                  "source": "pcp", "reason": "back pain", "status": "received"})
