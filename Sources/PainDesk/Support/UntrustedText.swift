/// Renders text that came from input (an id, a file name, a code) for a message on a
/// terminal or in a log: C0 and C1 control characters, DEL and the Unicode bidirectional
/// embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069; UAX #9, CVE-2021-42574)
/// become `\u{1B}`-style escapes, so an id cannot send a terminal escape sequence, split a
/// log line or reorder what is shown.
public enum UntrustedText {
  /// Whether a scalar is shown as an escape.
  public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `s` with every control or bidi scalar written as `\u{HEX}`. Plain text comes back
  /// unchanged (and without copying the scan's result).
  public static func escaped(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: needsEscape) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      if needsEscape(u) {
        out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(u)
      }
    }
    return String(out)
  }

  /// `'text'` escaped: how a message quotes an id or a code it read.
  public static func quoted(_ s: String) -> String { "'" + escaped(s) + "'" }

  /// Each line of `s` escaped, the line breaks kept: for text that is several lines on
  /// purpose (a summary, --verbose detail).
  public static func escapedLines(_ s: String) -> String {
    s.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
  }
}
