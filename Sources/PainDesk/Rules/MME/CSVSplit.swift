/// Splits one CSV line (RFC 4180 quoting, no embedded newlines) into fields.
enum CSVSplit {
  static func fields(_ line: Substring) -> [String] {
    var out: [String] = []
    var field = ""
    var quoted = false
    var it = line.makeIterator()
    while let c = it.next() {
      if quoted {
        if c == "\"" {
          // A doubled quote is a literal quote; a single one ends the quoted part.
          var peek = it
          if peek.next() == "\"" {
            field.append("\"")
            it = peek
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        out.append(field)
        field = ""
      } else if c != "\r" {
        field.append(c)
      }
    }
    out.append(field)
    return out
  }
}
