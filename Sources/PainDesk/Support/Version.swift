import GRDB
import Crypto
public enum PainDeskVersion { public static let string = "0.1.0" }
