import ArgumentParser
import PainDesk

/// `--mme-table FILE`: a clinic NDC-level MME table in the CDC file's CSV format.
public struct MMETableOption: ParsableArguments, Sendable {
  public init() {}

  @Option(
    name: .long,
    help: ArgumentHelp("An NDC-level MME table (CSV in the CDC file's format) for Rx carrying ndc.", valueName: "file"),
    completion: .file(extensions: ["csv"]))
  public var mmeTable: String?

  public func calculator() throws -> MMECalculator {
    MMECalculator(ndcTable: try mmeTable.map { path throws(ToolkitError) in try NDCMMETable.load(path: path) })
  }
}

extension JSONValueEncoder {
  /// A typed output record as the object the writer prints.
  func record<T: TypedRecord>(_ r: T) throws -> JSONObject { try encodeObject(r) }
}
