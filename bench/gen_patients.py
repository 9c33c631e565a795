"""Writes N synthetic patient records as NDJSON (and the same rows as CSV) for the import
benchmark. Deterministic; fake names; one provider first so references resolve."""
import csv, json, random, sys

n = int(sys.argv[1]); ndjson_path = sys.argv[2]; csv_path = sys.argv[3]
rng = random.Random(42)
given = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kai", "Logan"]
family = ["Sample", "Testcase", "Example", "Placeholder", "Mock", "Dummy", "Fixture", "Specimen"]
states = ["TX", "CA", "AZ", "OH", "NJ", "WA", "OK", "NY", "FL", "CO"]
cols = ["kind", "id", "given_name", "family_name", "dob", "sex", "state", "status", "provider_id"]
with open(ndjson_path, "w") as nd, open(csv_path, "w", newline="") as cs:
    nd.write(json.dumps({"kind": "provider", "id": "DR1", "npi": "1234567893", "given_name": "Avery",
                         "family_name": "Testdoc", "role": "physician"}, separators=(",", ":")) + "\n")
    w = csv.writer(cs); w.writerow(cols)
    for i in range(n):
        r = {"kind": "patient", "id": f"P{i:07d}", "given_name": rng.choice(given), "family_name": rng.choice(family),
             "dob": f"{rng.randint(1930, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             "sex": rng.choice(["female", "male"]), "state": rng.choice(states), "status": "active",
             "provider_id": "DR1"}
        nd.write(json.dumps(r, separators=(",", ":")) + "\n")
        w.writerow([r[c] for c in cols])
