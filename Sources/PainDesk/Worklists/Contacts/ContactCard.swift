/// Who a VA calls about one worklist row: the patient and, where the row ties to a payer,
/// the payer's lines and the numbers the payer asks for on the phone (member id, auth
/// number, reference, claim number), and an injury case's adjuster. Every worklist's
/// `--contacts` adds one as the `contacts` member of its rows; a field is present only
/// when it applies and is known.
public enum ContactCard {
  /// The member every worklist row carries under `--contacts`.
  public static let member = "contacts"

  /// The card's fields, in the order tables and CSV show them.
  public static let fields = [
    "patient_name", "phone", "email", "channel", "do_not_contact",
    "payer_name", "payer_phone", "payer_fax", "payer_portal_url",
    "member_id", "auth_number", "reference", "claim_number",
    "adjuster_name", "adjuster_phone",
  ]

  /// The dotted columns of a table or CSV (`contacts.phone`), always all of them, so a
  /// list's CSV shape does not depend on which rows it holds.
  public static let columns = fields.map { member + "." + $0 }
}
