import ArgumentParser
import PainDesk
public struct PainDeskCommand: ParsableCommand {
  public init() {}
  public func run() throws {}
}
