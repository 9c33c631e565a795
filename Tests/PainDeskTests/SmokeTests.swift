import Testing
@testable import PainDesk
@Test func smoke() { #expect(PainDeskVersion.string == "0.1.0") }
