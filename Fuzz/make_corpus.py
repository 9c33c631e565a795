"""Writes the seed corpus of the fuzz targets under Fuzz/corpus/<Target>/: small inputs,
each a valid (or nearly valid) example of its format, so that libFuzzer starts from inputs
that reach deep into each reader. Written by hand here, with fake people only; the
validator's seeds are one record of each stored kind from the deterministic demo clinic
(`paindesk demo`, then `paindesk export`), when a built `paindesk` is given.

Inputs that once crashed a target are kept beside the seeds as regression-<what>, by
hand, and never removed here.

Usage: python3 Fuzz/make_corpus.py [PATH/TO/paindesk]
Deterministic: rerunning it rewrites the same files."""
import json, os, subprocess, sys, tempfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def seeds(target, items):
    """Replaces the target's seeds with one file per item (bytes or str); the inputs kept
    from crashes (regression-*) stay."""
    folder = os.path.join(root, target)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if not name.startswith("regression-"):
            os.remove(os.path.join(folder, name))
    for name, data in items:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())


def line(o):
    return json.dumps(o, separators=(",", ":"))


# A fake clinic, shared by the formats below.
patient = {"kind": "patient", "id": "P1", "given_name": "Testa", "family_name": "Fuzzwell", "dob": "1970-01-02",
           "sex": "female", "state": "TX", "status": "active"}
provider = {"kind": "provider", "id": "D1", "name": "Dr Fake", "npi": "1234567893", "role": "physician"}
rx = {"kind": "rx", "id": "RX1", "patient_id": "P1", "prescriber_id": "D1", "drug": "oxycodone", "strength": 5,
      "strength_unit": "mg", "form": "tablet", "units_per_day": 3, "quantity": 90, "days_supply": 30,
      "schedule": "II", "written_on": "2026-01-05", "status": "active"}

seeds("FuzzJSON", [
    ("object", line(patient)),
    ("nested", '{"a":[1,-2.5e-3,true,false,null,{"b":"\\u00e9\\ud83d\\ude00\\n"}],"c":{}}'),
    ("numbers", "[0,-0,1e308,-1E-308,9223372036854775807,-9223372036854775808,12345678901234567890,0.1]"),
    ("string", '"tab\\t quote\\" slash\\/ backslash\\\\"'),
    ("deep", "[" * 40 + "]" * 40),
    ("scalar", "  true  "),
])

# NDJSON: the first byte is the read size the line reader is fed with.
seeds("FuzzNDJSON", [
    ("records", b"\x00" + "\n".join(line(r) for r in (patient, provider, rx)).encode() + b"\n"),
    ("bom-crlf", b"\x07\xef\xbb\xbf" + line(patient).encode() + b"\r\n\r\n" + line(provider).encode()),
    ("bad-lines", b"\x1f" + b'[1,2]\n{"kind":\n"text"\n\n   \n{"kind":"patient"}\n'),
])

fhir = [
    {"resourceType": "Parameters", "parameter": []},
    {"resourceType": "Organization", "id": "org1", "name": "Fake Pain Center", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}],
     "address": [{"line": ["1 Main St"], "city": "Austin", "state": "TX", "postalCode": "78701"}], "telecom": [{"system": "phone", "value": "555-0100"}],
     "type": [{"coding": [{"code": "OF"}]}]},
    {"resourceType": "Location", "id": "loc1", "name": "Suite A", "address": {"line": ["2 Main St"], "city": "Austin", "state": "Texas", "postalCode": "78701-1234"},
     "type": [{"coding": [{"code": "PAINCL"}]}]},
    {"resourceType": "Practitioner", "id": "dr1", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}],
     "name": [{"family": "Fake", "given": ["Doc"]}], "qualification": [{"code": {"coding": [{"code": "MD"}]}}]},
    {"resourceType": "PractitionerRole", "id": "role1", "practitioner": {"reference": "Practitioner/dr1"}, "organization": {"reference": "Organization/org1"}},
    {"resourceType": "Patient", "id": "pt1", "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "MRN1"}],
     "name": [{"use": "official", "family": "Fuzzwell", "given": ["Testa"]}], "birthDate": "1970-01-02", "gender": "female",
     "address": [{"use": "home", "state": "TX"}], "telecom": [{"system": "phone", "value": "555-0101"}, {"system": "email", "value": "t@example.invalid"}],
     "generalPractitioner": [{"reference": "PractitionerRole/role1"}]},
    {"resourceType": "Coverage", "id": "cov1", "status": "active", "beneficiary": {"reference": "Patient/pt1"},
     "payor": [{"reference": "Organization/org1", "display": "Fake Health Plan"}], "subscriberId": "M123", "type": {"coding": [{"code": "51"}]},
     "class": [{"type": {"coding": [{"code": "plan"}]}, "value": "PPO"}], "period": {"start": "2026-01-01"}},
    {"resourceType": "Condition", "id": "cond1", "subject": {"reference": "Patient/pt1"}, "recordedDate": "2026-01-03",
     "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M54.16"}]}, "clinicalStatus": {"coding": [{"code": "active"}]}},
    {"resourceType": "Encounter", "id": "enc1", "status": "finished", "class": {"code": "AMB"}, "subject": {"reference": "Patient/pt1"},
     "participant": [{"individual": {"reference": "Practitioner/dr1"}}], "period": {"start": "2026-01-05T09:00:00-06:00", "end": "2026-01-05T09:30:00-06:00"},
     "location": [{"location": {"reference": "Location/loc1"}}], "type": [{"coding": [{"code": "99213"}]}]},
    {"resourceType": "Appointment", "id": "appt1", "status": "booked", "start": "2026-02-01T10:00:00Z", "minutesDuration": 30,
     "participant": [{"actor": {"reference": "Patient/pt1"}}, {"actor": {"reference": "Practitioner/dr1"}}]},
    {"resourceType": "Procedure", "id": "proc1", "status": "completed", "subject": {"reference": "Patient/pt1"}, "performedDateTime": "2026-01-05",
     "performer": [{"actor": {"reference": "Practitioner/dr1"}}], "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64483"}]},
     "bodySite": [{"coding": [{"code": "L5"}]}]},
    {"resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "order", "subject": {"reference": "Patient/pt1"},
     "requester": {"reference": "Practitioner/dr1"}, "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64483"}]}, "authoredOn": "2026-01-06"},
    {"resourceType": "MedicationRequest", "id": "mr1", "status": "active", "intent": "order", "subject": {"reference": "Patient/pt1"},
     "requester": {"reference": "Practitioner/dr1"}, "authoredOn": "2026-01-05",
     "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1049621", "display": "oxycodone hydrochloride 5 MG Oral Tablet"}]},
     "dosageInstruction": [{"timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}}, "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}]}],
     "dispenseRequest": {"quantity": {"value": 90}, "expectedSupplyDuration": {"value": 30, "unit": "days"}, "numberOfRepeatsAllowed": 0}},
    {"resourceType": "MedicationDispense", "id": "md1", "status": "completed", "authorizingPrescription": [{"reference": "MedicationRequest/mr1"}], "whenHandedOver": "2026-01-06"},
    {"resourceType": "Observation", "id": "obs1", "status": "final", "subject": {"reference": "Patient/pt1"}, "effectiveDateTime": "2026-01-05", "issued": "2026-01-07T00:00:00Z",
     "category": [{"coding": [{"code": "laboratory"}]}], "code": {"coding": [{"system": "http://loinc.org", "code": "95796-9"}]},
     "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "3427-2"}]}, "valueString": "negative"}]},
    {"resourceType": "DocumentReference", "id": "doc1", "status": "current", "subject": {"reference": "Patient/pt1"}, "date": "2026-01-05T00:00:00Z",
     "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
     "content": [{"attachment": {"contentType": "text/plain", "data": "ZmFrZSBub3Rl", "title": "note.txt"}}]},
]
seeds("FuzzFHIR", [("export", "\n".join(line(r) for r in fhir) + "\n")]
      + [(r["resourceType"], line(r) + "\n") for r in fhir])

# CSV: the first byte picks the shipped profile, in name order.
csv = {
    "drchrono-appointments": "id,patient,doctor,scheduled_time,duration,status\n501,7,3,2026-03-02T09:30:00,30,Complete\n502,8,3,2026-03-12T13:00:00,60,\n",
    "drchrono-day-sheet": "id,patient,doctor,code,quantity,service_date,billed,paid_total\n1,7,3,64483,1,2026-03-02,\"1,000.00\",$300.50\n2,7,3,64484,,2026-03-02,,\n",
    "generic-appointments": "Appointment ID,Patient ID,Provider ID,Date,Time,Duration,Type,Status,CPT Codes,Location ID\r\n"
                            "A1,P1,D1,03/02/2026,9:30 AM,30,New Patient,Scheduled,\"64483, 64484\",L1\r\n",
    "generic-patients": "Patient ID,MRN,First Name,Last Name,DOB,Sex,State,Phone,Email,Status\n"
                        "P1,M1,Testa,Fuzzwell,01/02/1970,F,TX,555-0101,t@example.invalid,Active\n\"P2\",,\"Quote \"\"Q\"\"\",Last,12/31/1999,,TX,,,\n",
}
seeds("FuzzCSV", [(name, bytes([k]) + csv[name].encode()) for k, name in enumerate(sorted(csv))])

drchrono = [
    {"previous": None, "next": None, "results": [
        {"id": 7, "chart_id": "CHART-7", "first_name": "Testa", "last_name": "Fuzzwell", "date_of_birth": "1970-01-02", "gender": "Female",
         "state": "TX", "cell_phone": "555-0101", "email": "", "patient_status": "A", "doctor": 3}]},
    [{"id": 501, "patient": 7, "doctor": 3, "scheduled_time": "2026-03-02T09:30:00", "duration": 30, "status": "Complete", "deleted_flag": False},
     {"id": 503, "patient": 7, "doctor": 3, "scheduled_time": "2026-03-13T13:00:00", "duration": 60, "status": "Cancelled", "deleted_flag": True}],
    [{"id": 900, "patient": 7, "doctor": 3, "name": "Oxycodone HCl 5 MG Oral Tablet", "rxnorm": "1049621", "dosage_quantity": "3",
      "number_refills": 0, "dispense_quantity": 90, "days_supply": 30, "status": "active", "date_prescribed": "2026-03-02"}],
    [{"id": 40, "patient": 7, "doctor": 3, "auth_number": "AUTH-40", "start_date": "2026-03-01", "end_date": "2026-06-01", "number_of_visits": 2,
      "procedure_codes": [{"code": "64483", "quantity": 2}], "insurance_plan": "primary"}],
    [{"id": 60, "patient": 7, "doctor": 3, "timestamp": "2026-03-02T10:00:00", "sublab": 1},
     {"id": 61, "lab_order": 60, "lab_test": 5, "status": "F", "value": "NEG", "abnormal_status": "N", "observation_code": "3427-2", "observation_description": "Cannabinoids screen", "specimen_received": "2026-03-03"}],
]
seeds("FuzzDrChrono", [("page", json.dumps(drchrono[0])), ("all", json.dumps([drchrono[0]] + [o for x in drchrono[1:] for o in x]))]
      + [(f"list{k}", json.dumps(x)) for k, x in enumerate(drchrono[1:])])

isa = "ISA*00*          *00*          *ZZ*FAKEPAYER      *ZZ*FAKECLINIC     *260302*1200*^*00501*000000101*0*P*:~"
x12_body = [
    "GS*HP*FAKEPAYER*FAKECLINIC*20260302*1200*101*X*005010X221A1", "ST*835*0001",
    "BPR*I*300*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260302", "DTM*405*20260301",
    "LX*1", "CLP*PC1*1*1500*300*0*12*PAYER1*11*1", "DTM*232*20260215", "MOA***MA01",
    "SVC*HC:64483*1000*300**1", "DTM*472*20260215", "CAS*CO*45*700*1*253*0", "LQ*HE*N115",
    "SVC*HC:64484*500*0**1", "CAS*CO*50*500",
    "CLP*PC2*4*800*0**12*PAYER2*11*1", "CAS*CO*197*800",
    "CLP*PC1*22*-1500*-300*0*12*PAYER1*11*1", "SVC*HC:64483*-1000*-300**1",
    "PLB*1512345678*20261231*WO:X*10", "SE*19*0001", "GE*1*101", "IEA*1*000000101",
]
seeds("FuzzX12", [("remit", isa + "".join(s + "~" for s in x12_body)),
                  ("remit-newlines", isa + "\n" + "".join(s + "~\n" for s in x12_body[:8] + x12_body[-3:]))])

# The validator: the first byte picks a kind (for a record without one); the rest is JSON.
validator = [("rx", b"\x00" + line(rx).encode()), ("no-kind", b"\x03" + b'{"id":"X1"}')]
if len(sys.argv) > 1:
    with tempfile.TemporaryDirectory() as tmp:
        ledger = os.path.join(tmp, "demo.sqlite")
        subprocess.run([sys.argv[1], "demo", "--ledger", ledger, "--as-of", "2026-11-29"], check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run([sys.argv[1], "export", "--ledger", ledger], check=True, capture_output=True).stdout
    first = {}
    for text in out.decode().splitlines():
        r = json.loads(text)
        first.setdefault(r["kind"], r)
    validator += [(kind, b"\x00" + line(r).encode()) for kind, r in sorted(first.items())]
seeds("FuzzValidator", validator)
