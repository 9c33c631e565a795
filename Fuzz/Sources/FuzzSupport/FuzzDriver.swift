import CFuzzDriver
import Glibc

/// The `main` of a fuzz target: hands the command line (corpus folders, `-max_total_time`
/// and libFuzzer's other flags) and the target's test function to libFuzzer, and exits
/// with its status.
public enum FuzzDriver {
  public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
  }
}
