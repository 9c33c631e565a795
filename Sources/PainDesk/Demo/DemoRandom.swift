/// The demo clinic's random numbers: SplitMix64 (Steele, Lea & Flood 2014), small and
/// fully specified, so the same seed gives the same clinic on every platform and release.
/// Each record kind draws from its own stream (`DemoRandom(seed:stream:)`), so a kind added
/// later cannot shift what the others produce.
final class DemoRandom {
  private var state: UInt64

  init(state: UInt64) { self.state = state }

  /// The stream named `name` (a record kind, or a planning step) for `seed`.
  convenience init(seed: UInt64, stream name: String) {
    self.init(state: seed ^ DemoRandom.fnv1a(name))
    _ = next()  // decorrelate streams whose seeds differ in few bits
  }

  /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`.
  static func fnv1a(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }

  func next() -> UInt64 {
    state = state &+ 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Uniform in `range` (the tiny modulo bias is irrelevant for demo data).
  func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % width)
  }

  /// Uniform in [0, 1).
  func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992.0 }

  func chance(_ p: Double) -> Bool { unit() < p }

  func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// One of `items`, with probability proportional to its weight.
  func weighted<T>(_ items: [(T, Int)]) -> T {
    let total = items.reduce(0) { $0 + $1.1 }
    var r = int(0...(total - 1))
    for (item, w) in items {
      if r < w { return item }
      r -= w
    }
    return items[items.count - 1].0
  }

  /// Fisher-Yates.
  func shuffled<T>(_ items: [T]) -> [T] {
    var a = items
    if a.count < 2 { return a }
    for i in stride(from: a.count - 1, to: 0, by: -1) {
      a.swapAt(i, int(0...i))
    }
    return a
  }

  /// `count` lowercase hex digits.
  func hex(_ count: Int) -> String {
    let digits = Array("0123456789abcdef")
    var s = ""
    s.reserveCapacity(count)
    var word = next()
    for k in 0..<count {
      if k % 16 == 0 && k > 0 { word = next() }
      s.append(digits[Int(word & 0xF)])
      word >>= 4
    }
    return s
  }

  /// `count` decimal digits (leading zeros kept).
  func digits(_ count: Int) -> String {
    var s = ""
    for _ in 0..<count { s.append(Character(Unicode.Scalar(UInt8(48 + int(0...9))))) }
    return s
  }
}

/// Draws first-pass outcomes from shuffled decks, so the share of each outcome in any
/// long run is close to its deck share whatever the seed (a plain coin would wander).
final class DemoDeck<T> {
  private let cards: [T]
  private let rng: DemoRandom
  private var hand: [T] = []

  init(_ cards: [(T, Int)], rng: DemoRandom) {
    self.cards = cards.flatMap { Array(repeating: $0.0, count: $0.1) }
    self.rng = rng
  }

  func draw() -> T {
    if hand.isEmpty { hand = rng.shuffled(cards) }
    return hand.removeLast()
  }
}
