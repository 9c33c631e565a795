import GRDB
import Crypto
public enum PainDeskVersion {
  public static let string = "0.1.0"

  /// What `TOOL --version` prints: the tool's name and the version (`pa-submit 0.1.0`).
  public static func line(_ tool: String) -> String { "\(tool) \(string)" }
}
