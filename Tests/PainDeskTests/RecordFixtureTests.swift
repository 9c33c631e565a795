import Foundation
import Testing
@testable import PainDesk

/// The fixtures tie the Swift validator, the JSON Schemas (checked by
/// Tests/schema/check_schemas.py) and the typed views together.
@Suite struct RecordFixtureTests {
  @Test func everyValidLineValidates() throws {
    let lines = try RecordFixtures.valid
    #expect(lines.count >= RecordKind.allCases.count)
    for (line, record) in lines {
      let issues = RecordValidator.validate(record)
      #expect(issues.isEmpty, "records-valid.ndjson:\(line): \(issues.map(\.message))")
    }
  }

  @Test func everyValidFixtureCoversEveryKind() throws {
    let kinds = Set(try RecordFixtures.valid.compactMap { $0.record.string("kind") })
    for kind in RecordKind.allCases {
      #expect(kinds.contains(kind.rawValue), "no valid fixture of kind \(kind.rawValue)")
    }
  }

  /// Every field of every spec appears in some valid line, so the decode/encode test
  /// below exercises every property of every typed view.
  @Test func validFixturesUseEveryField() throws {
    let lines = try RecordFixtures.valid
    for spec in RecordSpecs.all {
      let used = Set(lines.filter { $0.record.string("kind") == spec.kind.rawValue }.flatMap { $0.record.keys })
      for field in spec.fields {
        #expect(used.contains(field.name), "no valid \(spec.kind.rawValue) fixture has '\(field.name)'")
      }
    }
  }

  @Test func everyInvalidLineFailsWithOneProblem() throws {
    for (line, record) in try RecordFixtures.invalid {
      let issues = RecordValidator.validate(record)
      #expect(issues.count == 1, "records-invalid.ndjson:\(line): \(issues.map(\.message))")
    }
  }

  /// Decoding into the typed view and encoding back gives the record minus its unknown
  /// fields; every key the view writes is a spec field, so views and specs cannot drift.
  @Test func typedViewsRoundTripEveryValidLine() throws {
    let decoder = JSONValueDecoder()
    let encoder = JSONValueEncoder()
    for (line, record) in try RecordFixtures.valid {
      let kind = try #require(RecordKind(name: record.string("kind") ?? ""))
      let spec = RecordSpecs.spec(for: kind)
      let type = TypedRecords.type(for: kind)
      let typed = try decoder.decode(type, from: record)
      let back = try encoder.encodeObject(typed)
      let specNames = Set(spec.fields.map(\.name) + ["kind"])
      for key in back.keys {
        #expect(specNames.contains(key), "\(type) writes '\(key)', which the \(kind.rawValue) spec lacks")
      }
      var known = record
      for key in record.keys where !specNames.contains(key) { known[key] = nil }
      #expect(back == known, "records-valid.ndjson:\(line): round trip differs")
      #expect(RecordValidator.validate(back).isEmpty)
    }
  }

  /// With PAINDESK_WRITE_SCHEMA=path, writes `JSONSchemas.all()` for check_schemas.py.
  @Test func writeSchemasWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["PAINDESK_WRITE_SCHEMA"], !path.isEmpty else { return }
    let text = JSONWriter.canonical(JSONSchemas.all()) + "\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// The Python cross-check: an independent validator (jsonschema) agrees with ours on
  /// every fixture line. Skipped visibly without it, and failed under CI.
  @Test func pythonJSONSchemaAgrees() throws {
    let env = "/usr/bin/env"
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: env)
    probe.arguments = ["python3", "-c", "import jsonschema"]
    probe.standardOutput = FileHandle.nullDevice
    probe.standardError = FileHandle.nullDevice
    let ran = (try? probe.run()) != nil
    if ran { probe.waitUntilExit() }
    guard ran && probe.terminationStatus == 0 else {
      try OptionalValidator.missing("python3 with jsonschema", install: "pip install -r Tests/requirements.txt")
    }

    let schemaFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("paindesk-schemas-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: schemaFile) }
    try (JSONWriter.canonical(JSONSchemas.all()) + "\n").write(to: schemaFile, atomically: true, encoding: .utf8)
    let check = Process()
    check.executableURL = URL(fileURLWithPath: env)
    check.arguments = [
      "python3",
      RecordFixtures.repoRoot.appendingPathComponent("Tests/schema/check_schemas.py").path,
      schemaFile.path,
      RecordFixtures.folder.appendingPathComponent("records-valid.ndjson").path,
      "--invalid", RecordFixtures.folder.appendingPathComponent("records-invalid.ndjson").path,
    ]
    let err = Pipe()
    check.standardError = err
    try check.run()
    let output = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    check.waitUntilExit()
    #expect(check.terminationStatus == 0, "check_schemas.py: \(output)")
  }
}
