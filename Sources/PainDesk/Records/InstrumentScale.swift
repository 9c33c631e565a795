/// The score range of each assessment instrument, as the instrument defines it, so a score
/// off its scale is rejected at import (records.md, "Numeric ranges").
public enum InstrumentScale {
  /// NRS 0-10 (numeric rating scale); VAS 0-100 mm; PEG 0-10 (Krebs 2009, the mean of
  /// three 0-10 items); ODI 0-100 % (Fairbank 2000); NDI 0-100 % (Vernon 1991, 0-50 raw
  /// doubled); ORT 0-26 (Webster 2005); PHQ-9 0-27 (Kroenke 2001). A psych evaluation has
  /// no score.
  public static let ranges: [String: NumericRange] = [
    Instrument.nrs.rawValue: NumericRange(0, 10),
    Instrument.vas.rawValue: NumericRange(0, 100),
    Instrument.peg.rawValue: NumericRange(0, 10),
    Instrument.odi.rawValue: NumericRange(0, 100),
    Instrument.ndi.rawValue: NumericRange(0, 100),
    Instrument.ort.rawValue: NumericRange(0, 26),
    Instrument.phq9.rawValue: NumericRange(0, 27),
  ]

  /// Any instrument's score: the widest scale.
  public static let anyScore = NumericRange(0, 100)
}
