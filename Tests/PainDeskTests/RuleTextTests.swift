import Testing

@testable import PainDesk

/// What `paindesk config` and findings show a clinic names public sources, never the
/// project's own documents.
@Suite struct RuleTextTests {
  static let internalDocuments = ["domain.md", "design.md", "records.md", "style.md"]

  @Test func rulesNameNoInternalDocument() {
    for r in ShippedRules.all {
      for text in [r.title, r.source, r.note ?? "", r.description] {
        for doc in Self.internalDocuments { #expect(!text.contains(doc), "\(r.id): \(text)") }
      }
    }
    for doc in Self.internalDocuments { #expect(!UDSInterpretation.source.contains(doc)) }
  }
}
