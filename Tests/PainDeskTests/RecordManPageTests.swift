import Foundation
import Testing
@testable import PainDesk

/// The KINDS section of man/man7/paindesk-records.7 is generated from `RecordSpecs`, so
/// the page cannot drift from the contract. Regenerate it with
/// `PAINDESK_WRITE_MANPAGE=1 swift test --filter RecordManPageTests`.
@Suite struct RecordManPageTests {
  static let page = RecordFixtures.repoRoot.appendingPathComponent("man/man7/paindesk-records.7")
  static let begin = ".\\\" BEGIN GENERATED KINDS (RecordManPageTests)"
  static let end = ".\\\" END GENERATED KINDS"

  @Test func kindsSectionMatchesTheSpecs() throws {
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    let b = try #require(lines.firstIndex(of: Self.begin), "no BEGIN marker")
    let e = try #require(lines.firstIndex(of: Self.end), "no END marker")
    let current = lines[(b + 1)..<e].joined(separator: "\n")
    let generated = ManPageRenderer.kinds()
    if ProcessInfo.processInfo.environment["PAINDESK_WRITE_MANPAGE"] == "1", current != generated {
      let updated = lines[...b].joined(separator: "\n") + "\n" + generated + "\n" + lines[e...].joined(separator: "\n")
      try updated.write(to: Self.page, atomically: true, encoding: .utf8)
      return
    }
    #expect(current == generated, "paindesk-records.7 is out of date: run PAINDESK_WRITE_MANPAGE=1 swift test --filter RecordManPageTests")
  }

  /// Every field of every kind is listed as `.It Cm name` under its kind's `.Ss`.
  @Test func everyFieldIsDocumentedUnderItsKind() throws {
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    let sections = text.components(separatedBy: "\n.Ss ")
    for spec in RecordSpecs.all {
      let section = try #require(sections.first { $0.hasPrefix(spec.kind.rawValue + "\n") }, "no .Ss \(spec.kind.rawValue)")
      func check(_ fields: [FieldSpec]) {
        for f in fields {
          #expect(section.contains("\n.It Cm \(f.name)\n"), "\(spec.kind.rawValue).\(f.name) is not in the page")
          if case .object(let nested) = f.type { check(nested) }
          if case .array(.object(let nested)) = f.type { check(nested) }
        }
      }
      check(spec.fields)
    }
  }
}

/// Renders the field tables in mdoc.
enum ManPageRenderer {
  static func kinds() -> String {
    var out: [String] = []
    for spec in RecordSpecs.all {
      out.append(".Ss \(spec.kind.rawValue)")
      out.append(text(capitalized(spec.summary) + (spec.kind.isStored ? "." : "; an output kind, never imported.")))
      out.append(".Bl -tag -width Ds")
      out.append(".It Cm kind")
      out.append(text("the string \(spec.kind.rawValue), required."))
      fields(spec.fields, into: &out)
      out.append(".El")
      if !spec.rules.isEmpty {
        out.append(".Pp")
        out.append("Rules:")
        out.append(".Bl -bullet -compact")
        for rule in spec.rules {
          out.append(".It")
          out.append(text("\(rule.name): \(rule.summary)."))
        }
        out.append(".El")
      }
    }
    return out.joined(separator: "\n")
  }

  private static func fields(_ fields: [FieldSpec], into out: inout [String]) {
    for f in fields {
      out.append(".It Cm \(f.name)")
      var line = typeName(f) + ", " + (f.required ? "required" : "optional")
      if let range = f.range { line += ", " + rangeText(range) }
      if let count = f.itemCount { line += ", \(count.lowerBound) to \(count.upperBound) elements" }
      if !f.doc.isEmpty { line += "; " + f.doc }
      switch f.type {
      case .enumeration(let values), .array(.enumeration(let values)):
        out.append(text(line + "; one of:"))
        out.append(".Cm " + values.joined(separator: " , "))
      case .object(let nested), .array(.object(let nested)):
        out.append(text(line + "; members:"))
        out.append(".Bl -tag -width Ds -compact")
        self.fields(nested, into: &out)
        out.append(".El")
      default:
        out.append(text(line + "."))
      }
    }
  }

  private static func typeName(_ f: FieldSpec) -> String {
    var name = f.type.displayName
    if let r = f.references { name += " (id of a \(r.rawValue))" }
    if let format = f.format, format != .recordId {
      let label: String
      switch format {
      case .recordId: label = ""
      case .icd10: label = "ICD-10-CM code"
      case .cpt: label = "CPT or HCPCS code"
      case .npi: label = "NPI"
      case .usState: label = "US state code"
      case .ndc: label = "NDC"
      case .sha256: label = "SHA-256 hex"
      case .rxnorm: label = "RxCUI"
      case .snomed: label = "SNOMED CT id"
      case .placeOfService: label = "CMS place-of-service code"
      case .zip: label = "ZIP code"
      case .documentPath: label = "relative path"
      }
      name += " (\(label))"
    }
    return name
  }

  /// `0 to 36500`, `over 0 to 100000`; the default range of other numbers as `±2^53`.
  private static func rangeText(_ r: NumericRange) -> String {
    if r == .exact { return "within \\(+-2^53" }
    return (r.minimumExcluded ? "over \(r.minimum) up" : "\(r.minimum)") + " to \(r.maximum)"
  }

  private static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

  /// A text line that roff will not read as a request.
  private static func text(_ s: String) -> String {
    (s.hasPrefix(".") || s.hasPrefix("'")) ? "\\&" + s : s
  }
}
