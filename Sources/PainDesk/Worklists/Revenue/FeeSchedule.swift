/// The clinic's fee schedule (`fee` records): the allowed amount for a payer, code, place
/// of service and date. A fee for the payer itself wins over one for its payer type; one
/// for the place of service wins over one for any place; then the latest effective_from.
public struct FeeSchedule: Sendable {
  private let byCPT: [String: [Fee]]

  public init(_ fees: [Fee]) {
    byCPT = Dictionary(grouping: fees, by: \.cpt)
  }

  public func allowedCents(payer: Payer?, cpt: String, placeOfService: String?, on date: LocalDate) -> Int? {
    let day = date.description
    var best: (rank: Int, from: String, cents: Int)?
    for f in byCPT[cpt] ?? [] {
      guard f.effectiveFrom <= day, f.effectiveTo.map({ day <= $0 }) ?? true else { continue }
      var rank = 0
      if let id = f.payerId {
        guard id == payer?.id else { continue }
        rank += 4
      } else if let type = f.payerType {
        guard type == payer?.type else { continue }
        rank += 2
      }
      if let pos = f.placeOfService {
        guard pos == placeOfService else { continue }
        rank += 1
      }
      if let b = best, (b.rank, b.from) >= (rank, f.effectiveFrom) { continue }
      best = (rank, f.effectiveFrom, f.allowedCents)
    }
    return best?.cents
  }
}
