#!/usr/bin/env python3
"""Writes fhir-pain/: small hand-written FHIR R4 resources for the pain-specific mappings
(ICD-10, CPT, ingredient RxNorm, drug-screen Observations), a manifest, an error file, a
gzip file and an STU3 Parameters header line. Synthetic; no PHI. Run from this folder."""
import base64, gzip, json

def luhn_ok(npi):
    s = 24
    for k, ch in enumerate(npi[:9]):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return (10 - s % 10) % 10 == int(npi[9])

npis = [n for n in (f"1{str(i).zfill(8)}{c}" for i in range(234567, 234600) for c in range(10)) if luhn_ok(n)][:2]
rx = "http://www.nlm.nih.gov/research/umls/rxnorm"
cpt = "http://www.ama-assn.org/go/cpt"
loinc = "http://loinc.org"
res = {
 "Patient": [
  {"resourceType":"Patient","id":"pt-1","identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"system":"urn:clinic","value":"MRN-001"}],
   "name":[{"use":"official","family":"Testcase","given":["Alex"]}],"gender":"female","birthDate":"1961-04-02",
   "address":[{"use":"home","line":["1 Elm St"],"city":"Austin","state":"Texas","postalCode":"78701"}],
   "telecom":[{"system":"phone","value":"555-0100"}]},
  {"resourceType":"Patient","id":"pt-noname","gender":"male","birthDate":"1970-01-01"}],
 "Practitioner": [
  {"resourceType":"Practitioner","id":"pr-1","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":npis[0]}],"name":[{"family":"Spine","given":["Dana"]}],
   "qualification":[{"code":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0360","code":"MD"}]}}]},
  {"resourceType":"Practitioner","id":"pr-norole","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":npis[1]}],"name":[{"family":"Nobody","given":["Pat"]}]}],
 "PractitionerRole": [
  {"resourceType":"PractitionerRole","id":"role-1","practitioner":{"reference":"Practitioner/pr-1"},"code":[{"coding":[{"system":"http://nucc.org/provider-taxonomy","code":"208VP0014X"}]}]}],
 "Organization": [
  {"resourceType":"Organization","id":"org-payer","name":"Lone Star Health Plan","type":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/organization-type","code":"pay"}]}]}],
 "Location": [
  {"resourceType":"Location","id":"loc-1","name":"Pain Center North","type":[{"coding":[{"system":"https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set","code":"11"}]}],
   "address":{"line":["9 Oak Ave"],"city":"Austin","state":"TX","postalCode":"787011234"}}],
 "Coverage": [
  {"resourceType":"Coverage","id":"cov-1","status":"active","type":{"coding":[{"system":"https://nahdo.org/sopt","code":"511"}]},"subscriberId":"MEM123","beneficiary":{"reference":"Patient/pt-1"},
   "payor":[{"reference":"Organization/org-payer"}],"order":1,"period":{"start":"2026-01-01"},"class":[{"type":{"coding":[{"code":"group"}]},"value":"GRP9"}]}],
 "Condition": [
  {"resourceType":"Condition","id":"cond-1","subject":{"reference":"Patient/pt-1"},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M54.16"},{"system":"http://snomed.info/sct","code":"279039007"}]},"recordedDate":"2026-01-10","onsetDateTime":"2025-10-01"},
  {"resourceType":"Condition","id":"cond-orphan","subject":{"reference":"Patient/pt-missing"},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M54.5"}]},"recordedDate":"2026-01-10"}],
 "Procedure": [
  {"resourceType":"Procedure","id":"proc-1","status":"completed","subject":{"reference":"Patient/pt-1"},"performer":[{"actor":{"reference":"PractitionerRole/role-1"}}],
   "code":{"coding":[{"system":cpt,"code":"64483"}]},"performedDateTime":"2026-02-15T09:00:00-06:00","location":{"reference":"Location/loc-1"}},
  {"resourceType":"Procedure","id":"proc-noperf","status":"completed","subject":{"reference":"Patient/pt-1"},"code":{"coding":[{"system":cpt,"code":"64484"}]},"performedDateTime":"2026-02-15"}],
 "ServiceRequest": [
  {"resourceType":"ServiceRequest","id":"sr-1","status":"active","intent":"order","subject":{"reference":"Patient/pt-1"},"requester":{"reference":"Practitioner/pr-1"},
   "code":{"coding":[{"system":cpt,"code":"64635"}]},"occurrenceDateTime":"2026-04-01"}],
 "Encounter": [
  {"resourceType":"Encounter","id":"enc-1","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},"subject":{"reference":"Patient/pt-1"},
   "participant":[{"type":[{"coding":[{"code":"PPRF"}]}],"individual":{"reference":"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|"+npis[0]}}],
   "period":{"start":"2026-01-10T09:00:00-06:00","end":"2026-01-10T09:30:00-06:00"},"location":[{"location":{"reference":"Location/loc-1"}}]}],
 "Appointment": [
  {"resourceType":"Appointment","id":"appt-1","status":"booked","start":"2026-04-01T08:00:00-05:00","minutesDuration":45,"serviceType":[{"coding":[{"system":cpt,"code":"64635"}]}],
   "participant":[{"actor":{"reference":"Patient/pt-1"},"status":"accepted"},{"actor":{"reference":"Practitioner/pr-1"},"status":"accepted"}]}],
 "MedicationRequest": [
  {"resourceType":"MedicationRequest","id":"med-1","status":"active","intent":"order","subject":{"reference":"Patient/pt-1"},"requester":{"reference":"Practitioner/pr-1"},
   "medicationCodeableConcept":{"coding":[{"system":rx,"code":"1049621","display":"oxycodone hydrochloride 5 MG Oral Tablet"}]},
   "authoredOn":"2026-02-01","dosageInstruction":[{"timing":{"repeat":{"frequency":3,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":1,"unit":"tablet"}}]}],
   "dispenseRequest":{"quantity":{"value":90},"expectedSupplyDuration":{"value":30,"unit":"days"},"numberOfRepeatsAllowed":0}},
  {"resourceType":"MedicationRequest","id":"med-ingredient","status":"active","intent":"order","subject":{"reference":"Patient/pt-1"},"requester":{"reference":"Practitioner/pr-1"},
   "medicationCodeableConcept":{"coding":[{"system":rx,"code":"10689","display":"tramadol"}]},"authoredOn":"2026-02-01",
   "dosageInstruction":[{"timing":{"repeat":{"frequency":2,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":50,"unit":"mg"}}]}],
   "dispenseRequest":{"quantity":{"value":60},"expectedSupplyDuration":{"value":30,"unit":"days"}}},
  {"resourceType":"MedicationRequest","id":"med-nodose","status":"active","intent":"order","subject":{"reference":"Patient/pt-1"},"requester":{"reference":"Practitioner/pr-1"},
   "medicationCodeableConcept":{"coding":[{"system":rx,"code":"7804","display":"oxycodone 10 MG"}]},"authoredOn":"2026-02-01"}],
 "MedicationDispense": [
  {"resourceType":"MedicationDispense","id":"md-1","status":"completed","subject":{"reference":"Patient/pt-1"},
   "authorizingPrescription":[{"reference":"MedicationRequest/med-1"}],"whenHandedOver":"2026-02-03T16:20:00-06:00"},
  {"resourceType":"MedicationDispense","id":"md-2","status":"in-progress","subject":{"reference":"Patient/pt-1"},
   "authorizingPrescription":[{"reference":"MedicationRequest/med-ingredient"}],"whenHandedOver":"2026-02-04T10:00:00-06:00"}],
 "Observation": [
  {"resourceType":"Observation","id":"uds-1","status":"final","code":{"coding":[{"system":loinc,"code":"95796-9","display":"Opioids panel - Urine by Screen method"}]},"subject":{"reference":"Patient/pt-1"},
   "effectiveDateTime":"2026-02-01T10:00:00-06:00","issued":"2026-02-02T12:00:00Z",
   "component":[{"code":{"coding":[{"system":loinc,"code":"19296-3","display":"Opiates tested for in Urine by Screen method"}]},"valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"10828004"}]}},
                {"code":{"coding":[{"system":loinc,"code":"3427-2"}]},"valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"260385009"}]}}]},
  {"resourceType":"Observation","id":"bp-1","status":"final","code":{"coding":[{"system":loinc,"code":"85354-9"}]},"subject":{"reference":"Patient/pt-1"},"effectiveDateTime":"2026-02-01"}],
 "DocumentReference": [
  {"resourceType":"DocumentReference","id":"doc-1","status":"current","subject":{"reference":"Patient/pt-1"},"type":{"coding":[{"system":loinc,"code":"28570-0"}]},"date":"2026-02-15T10:00:00-06:00",
   "content":[{"attachment":{"contentType":"text/plain","data":base64.b64encode(b"Procedure note: synthetic test text.\n").decode()}}]}],
 "Immunization": [{"resourceType":"Immunization","id":"imm-1","status":"completed"}],
}
out = []
for t, rs in res.items():
    lines = "".join(json.dumps(r, separators=(",",":")) + "\n" for r in rs)
    if t == "Condition":
        # An STU3 Parameters header line, as some servers write at the top of a file.
        lines = json.dumps({"resourceType":"Parameters","parameter":[{"name":"type","valueString":"Condition"}]}) + "\n" + lines
    name = f"{t}.000.ndjson" + (".gz" if t == "Procedure" else "")
    if t == "Procedure":
        with gzip.GzipFile(f"fhir-pain/{name}", "wb", mtime=0) as g: g.write(lines.encode())
    else:
        open(f"fhir-pain/{name}", "w").write(lines)
    out.append({"type": t, "url": f"https://example.org/bulk/{name}"})
open("fhir-pain/OperationOutcome.error.ndjson","w").write(json.dumps({"resourceType":"OperationOutcome","id":"oo-1","issue":[{"severity":"error","code":"processing","diagnostics":"Observation export incomplete"}]})+"\n")
man = {"transactionTime":"2026-03-01T06:00:00Z","request":"https://example.org/fhir/$export","requiresAccessToken":True,"output":out,
       "error":[{"type":"OperationOutcome","url":"https://example.org/bulk/OperationOutcome.error.ndjson"}]}
open("fhir-pain/manifest.json","w").write(json.dumps(man, indent=1) + "\n")
