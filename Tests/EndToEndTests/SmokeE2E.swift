import Testing
@Test func e2eSmoke() { #expect(Bool(true)) }
