/// The profiles shipped with PainDesk. No real exports were at hand: the DrChrono columns
/// are the field names of DrChrono's public REST API (appointments, line_items), which its
/// CSV exports are assumed to follow; a clinic whose export differs writes its own profile.
enum ShippedProfiles {
  static let all: [String: String] = [
    "drchrono-appointments": """
      {"profile": "drchrono-appointments", "kind": "appointment", "date_format": "YYYY-MM-DD",
       "description": "DrChrono appointment list (API field names as columns)",
       "fields": {
         "id": "drchrono-appt-{id}",
         "patient_id": "drchrono-patient-{patient}",
         "provider_id": "drchrono-doctor-{doctor}",
         "start": {"from": "{scheduled_time}", "type": "datetime"},
         "duration_min": {"from": "{duration}", "type": "int"},
         "type": "follow_up",
         "status": {"from": "{status}", "default": "Not Confirmed", "map": {
           "Not Confirmed": "scheduled", "Confirmed": "scheduled", "Arrived": "scheduled", "Checked In": "scheduled",
           "In Room": "scheduled", "In Session": "scheduled", "Complete": "completed", "Cancelled": "cancelled",
           "Rescheduled": "cancelled", "No Show": "no_show"}}}}
      """,
    "drchrono-day-sheet": """
      {"profile": "drchrono-day-sheet", "kind": "procedure", "date_format": "YYYY-MM-DD",
       "description": "DrChrono Day Sheet financial export, one line item per row (API line_items field names)",
       "fields": {
         "id": "drchrono-line-{id}",
         "patient_id": "drchrono-patient-{patient}",
         "provider_id": "drchrono-doctor-{doctor}",
         "cpt": "{code}",
         "units": {"from": "{quantity}", "type": "int", "optional": true},
         "date": {"from": "{service_date}", "type": "date"},
         "status": "performed",
         "charge_cents": {"from": "{billed}", "type": "cents", "optional": true},
         "paid_cents": {"from": "{paid_total}", "type": "cents", "optional": true}}}
      """,
    "generic-patients": """
      {"profile": "generic-patients", "kind": "patient", "date_format": "MM/DD/YYYY",
       "description": "A generic patient list",
       "fields": {
         "id": "{Patient ID}",
         "mrn": {"from": "{MRN}", "optional": true},
         "given_name": "{First Name}", "family_name": "{Last Name}",
         "dob": {"from": "{DOB}", "type": "date"},
         "sex": {"from": "{Sex}", "default": "U", "map": {"F": "female", "Female": "female", "M": "male", "Male": "male",
           "O": "other", "Other": "other", "U": "unknown", "Unknown": "unknown"}},
         "state": "{State}",
         "phone": {"from": "{Phone}", "optional": true},
         "email": {"from": "{Email}", "optional": true},
         "status": {"from": "{Status}", "default": "Active", "map": {"Active": "active", "Inactive": "inactive",
           "Discharged": "discharged", "Deceased": "deceased"}}}}
      """,
    "generic-appointments": """
      {"profile": "generic-appointments", "kind": "appointment", "date_format": "MM/DD/YYYY",
       "description": "A generic appointment list",
       "fields": {
         "id": "{Appointment ID}",
         "patient_id": "{Patient ID}",
         "provider_id": "{Provider ID}",
         "start": {"from": "{Date} {Time}", "type": "datetime"},
         "duration_min": {"from": "{Duration}", "type": "int"},
         "type": {"from": "{Type}", "default": "Follow-up", "map": {"New Patient": "new_patient", "Follow-up": "follow_up",
           "Procedure": "procedure", "UDS": "uds", "Pump Refill": "pump_refill", "Telehealth": "telehealth"}},
         "status": {"from": "{Status}", "default": "Scheduled", "map": {"Scheduled": "scheduled", "Completed": "completed",
           "Cancelled": "cancelled", "No Show": "no_show"}},
         "cpts": {"from": "{CPT Codes}", "type": "list", "optional": true},
         "location_id": {"from": "{Location ID}", "optional": true}}}
      """,
  ]
}
