"""Writes a synthetic FHIR R4 Bulk export of N resources (one .ndjson per type, a
manifest) for the FHIR import benchmark: patients, practitioners with roles, conditions,
finished encounters, procedures, medication requests and drug-screen observations, all
references resolvable. Deterministic; fake names; no PHI."""
import json, os, random, sys

n = int(sys.argv[1]); out = sys.argv[2]
rng = random.Random(7)
os.makedirs(out, exist_ok=True)

def npi(i):
    base = f"1{i:08d}"
    s = 24
    for k, ch in enumerate(base):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return base + str((10 - s % 10) % 10)

files = {}
def put(r):
    files.setdefault(r["resourceType"], []).append(json.dumps(r, separators=(",", ":")))

docs = 20
for d in range(docs):
    put({"resourceType": "Practitioner", "id": f"dr{d}", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(d + 1)}],
         "name": [{"family": "Testdoc", "given": [f"Avery{d}"]}],
         "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "MD"}]}}]})
patients = max(1, n // 10)
left = n - docs - patients
for p in range(patients):
    put({"resourceType": "Patient", "id": f"p{p}", "name": [{"family": "Sample", "given": ["Casey"]}], "gender": rng.choice(["female", "male"]),
         "birthDate": f"{rng.randint(1930, 2005)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "address": [{"state": "TX"}],
         "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": f"MRN{p}"}]})
kinds = ["Condition", "Encounter", "Procedure", "MedicationRequest", "Observation"]
for i in range(left):
    k = kinds[i % len(kinds)]
    p = f"Patient/p{rng.randrange(patients)}"
    dr = f"Practitioner/dr{rng.randrange(docs)}"
    day = f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    if k == "Condition":
        r = {"code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M54.16"}]}, "subject": {"reference": p}, "recordedDate": day}
    elif k == "Encounter":
        r = {"status": "finished", "class": {"code": "AMB"}, "subject": {"reference": p}, "participant": [{"individual": {"reference": dr}}],
             "period": {"start": day + "T09:00:00-06:00", "end": day + "T09:30:00-06:00"}}
    elif k == "Procedure":
        r = {"status": "completed", "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64483"}]}, "subject": {"reference": p},
             "performer": [{"actor": {"reference": dr}}], "performedDateTime": day}
    elif k == "MedicationRequest":
        r = {"status": "active", "intent": "order", "subject": {"reference": p}, "requester": {"reference": dr}, "authoredOn": day,
             "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1049621", "display": "oxycodone hydrochloride 5 MG Oral Tablet"}]},
             "dosageInstruction": [{"timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}}, "doseAndRate": [{"doseQuantity": {"value": 1}}]}],
             "dispenseRequest": {"quantity": {"value": 60}, "expectedSupplyDuration": {"value": 30}}}
    else:
        r = {"status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "19296-3"}]}, "subject": {"reference": p}, "effectiveDateTime": day,
             "valueCodeableConcept": {"coding": [{"code": "NEG"}]}}
    r = {"resourceType": k, "id": f"{k[:3].lower()}{i}", **r}
    put(r)
out_list = []
for t, lines in files.items():
    name = f"{t}.000.ndjson"
    with open(os.path.join(out, name), "w") as f:
        f.write("\n".join(lines) + "\n")
    out_list.append({"type": t, "url": f"https://example.org/{name}"})
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump({"transactionTime": "2026-03-01T00:00:00Z", "request": "https://example.org/$export", "requiresAccessToken": True, "output": out_list, "error": []}, f)
