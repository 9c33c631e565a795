#!/usr/bin/env python3
"""Varied requests for checking bench/pa_check.sql against pa-submit --check beyond the
bench's drafts (which are all repeat transforaminal ESIs): extra evidence for the first
100 patients of a gen_pa.py ledger (sessions without relief_pct, relief from pre/post
scores, several sessions a date, interlaminar and cervical sessions, planned ones, one
linked to the requested auth) and 200 drafts with other codes (add-on, PNS, drug tests,
codes outside the catalog), regions, levels, service dates (first ESIs), payers and
places of service. Usage: gen_pa_variants.py extra.ndjson drafts.ndjson; import
extra.ndjson into a copy of a gen_pa.py ledger (N >= 2000), then compare
`pa-submit --check --as-of 2026-11-29` with bench/pa_check.sql on drafts.ndjson."""
import json, random, sys
r = random.Random(11)
recs = []
drafts = []
# Extra evidence for patients P000000..P000099 of the small ledger: procedures without
# relief_pct (relief from pre/post scores), same-date sessions, a zero pre score,
# interlaminar and cervical sessions, sessions linked to the draft's id.
for i in range(100):
    p = f"P{i:06d}"
    for j in range(r.randint(0, 3)):
        pr = f"{p}-x{j}"
        d = r.choice(["2026-01-31", "2026-06-30", "2026-08-31", "2026-09-10", "2026-11-30", "2026-12-14", "2026-12-14", "2025-12-15", "2025-12-16"])
        cpt = r.choice(["64483", "62323", "64479", "62321", "64484", "64493"])
        o = {"kind": "procedure", "id": pr, "patient_id": p, "provider_id": "DR1", "cpt": cpt, "date": d, "status": r.choice(["performed", "performed", "planned"])}
        if r.random() < 0.5: o["region"] = r.choice(["lumbar", "cervical", "sacral", "thoracic"])
        if r.random() < 0.3: o["relief_pct"] = r.choice([30, 50, 70])
        if r.random() < 0.5: o["relief_days"] = r.choice([10, 89, 90, 92, 200])
        if r.random() < 0.1: o["auth_id"] = f"{p}-A"
        recs.append(o)
        # A pre/post pair on one pain scale most of the time (relief computed from it when
        # relief_pct is missing), with a zero pre score, a post above the pre, and strays.
        scale = r.choice(["nrs", "vas", "peg"])
        pairs = [(scale, "pre", r.choice([0, 8, 8, 10])), (scale, "post", r.choice([2, 3.5, 6, 9])), (scale, "post", r.choice([1, 4, 7]))]
        for k, (inst, t, score) in enumerate(pairs):
            if r.random() < 0.85:
                recs.append({"kind": "assessment", "id": f"{pr}-p{k}", "patient_id": p, "date": d, "instrument": inst,
                             "score": score, "procedure_id": pr, "timing": t})
        for k, (inst, t) in enumerate([(r.choice(["nrs", "vas", "peg", "odi"]), "pre"), (r.choice(["nrs", "vas", "peg"]), "post"), ("vas", "post")]):
            if r.random() < 0.5:
                recs.append({"kind": "assessment", "id": f"{pr}-s{k}", "patient_id": p, "date": d, "instrument": inst,
                             "score": r.choice([0, 3, 5, 7, 8, 9.5]), "procedure_id": pr, "timing": t})
    if r.random() < 0.3:
        recs.append({"kind": "conservative_care", "id": f"{p}-xc", "patient_id": p, "type": "nsaid", "start": "2026-01-10", "end": "2026-01-20", "outcome": r.choice(["failed", "helped"])})
    if r.random() < 0.3:
        recs.append({"kind": "diagnosis", "id": f"{p}-xd", "patient_id": p, "icd10": r.choice(["M54.12", "M48.06"]), "noted_on": "2025-11-01", "region": r.choice(["cervical", "lumbar"])})
# Drafts for patients P000000..P000199: varied codes, dates, regions, levels, payers.
for i in range(200):
    p = f"P{i:06d}"
    items = []
    for k in range(r.choice([1, 1, 1, 2, 3])):
        it = {"seq": k + 1, "cpt": r.choice(["64483", "64484", "62323", "62321", "64479", "64555", "80305", "99999", "80350", "64483"]), "units": r.choice([1, 1, 2, 3])}
        if r.random() < 0.6: it["region"] = r.choice(["lumbar", "cervical", "thoracic", "sacral"])
        if r.random() < 0.2: it["levels"] = ["L4-L5", "L5-S1", "S1"][: r.randint(1, 3)]
        items.append(it)
    d = {"kind": "auth", "id": f"{p}-A" if i % 4 == 0 else f"{p}-V", "patient_id": p, "payer_id": r.choice(["PY0", "PY1", "PY2", "PY3", "PY4", "PYX"]), "provider_id": "DR1",
         "items": items, "icd10": r.choice([["M54.16"], ["M54.12"], ["M48.06", "M54.16"]]), "urgency": "standard", "status": "draft"}
    sd = r.choice(["2026-12-15", "2026-03-10", "2026-02-15", "2026-05-01", "2026-12-31", "2026-09-11", None, "2027-01-31"])
    if sd: d["service_date"] = sd
    if r.random() < 0.7: d["location_id"] = r.choice(["L1", "L1", "LX"])
    if r.random() < 0.2: d["place_of_service"] = r.choice(["11", "19", "22"])
    drafts.append(d)
with open(sys.argv[1], "w") as f:
    for o in recs: f.write(json.dumps(o) + "\n")
with open(sys.argv[2], "w") as f:
    for o in drafts: f.write(json.dumps(o) + "\n")
