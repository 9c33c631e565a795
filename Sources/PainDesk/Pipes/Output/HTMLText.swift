/// Text for the HTML the tools write (packets, letters, reports): the characters that
/// HTML gives meaning escaped, so a record's text can never become markup.
public enum HTMLText {
  public static func escape(_ s: String) -> String {
    var o = ""
    o.reserveCapacity(s.utf8.count)
    for c in s {
      switch c {
      case "&": o += "&amp;"
      case "<": o += "&lt;"
      case ">": o += "&gt;"
      case "\"": o += "&quot;"
      default: o.append(c)
      }
    }
    return o
  }
}
