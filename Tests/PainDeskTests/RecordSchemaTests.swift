import Testing
@testable import PainDesk

@Suite struct RecordSchemaTests {
  @Test func everyKindHasASchema() throws {
    let all = try #require(JSONSchemas.all().objectValue)
    #expect(all.keys.sorted() == RecordKind.allCases.map(\.rawValue).sorted())
    for kind in RecordKind.allCases {
      let s = try #require(all[kind.rawValue]?.objectValue)
      #expect(s["$schema"] == "https://json-schema.org/draft/2020-12/schema")
      #expect(s["$id"] == .string("https://paindesk.invalid/schema/\(kind.rawValue).json"))
      #expect(s["title"] == .string(kind.rawValue))
      #expect(s["type"] == "object")
      #expect(s["additionalProperties"] == true)
      #expect(s["properties"]?["kind"]?["const"] == .string(kind.rawValue))
      let required = try #require(s["required"]?.arrayValue)
      #expect(required.contains("kind") && required.contains("id"))
    }
  }

  @Test func propertiesFollowTheSpec() throws {
    for spec in RecordSpecs.all {
      let props = try #require(JSONSchemas.schema(for: spec.kind)["properties"]?.objectValue)
      #expect(Set(props.keys) == Set(spec.fields.map(\.name) + ["kind"]))
      let required = JSONSchemas.schema(for: spec.kind)["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
      #expect(Set(required) == Set(spec.fields.filter(\.required).map(\.name) + ["kind"]))
    }
  }

  @Test func shapesOfSomeFields() {
    let patient = JSONSchemas.schema(for: .patient)["properties"]
    #expect(patient?["dob"]?["format"] == "date")
    #expect(patient?["dob"]?.objectValue?.has("pattern") == true)
    #expect(patient?["sex"]?["enum"] == ["female", "male", "other", "unknown"])
    #expect(patient?["provider_id"]?["x-paindesk-references"] == "provider")
    let auth = JSONSchemas.schema(for: .auth)
    #expect(auth["properties"]?["items"]?["minItems"] == 1)
    #expect(auth["properties"]?["submitted_at"]?["format"] == "date-time")
    #expect(auth["x-paindesk-rules"]?.arrayValue?.count == 3)
    #expect(JSONSchemas.schema(for: .procedure)["properties"]?["charge_cents"]?["minimum"] == 0)
    #expect(JSONSchemas.schema(for: .diagnosis).objectValue?.has("allOf") == true)
  }
}
