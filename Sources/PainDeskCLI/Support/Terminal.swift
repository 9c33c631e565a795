import Foundation
import PainDesk

#if canImport(Glibc)
  import Glibc
#endif

/// What the process is connected to, read once: terminals decide the default format,
/// colour and progress (style.md §4.9).
public struct Terminal: Sendable {
  public let stdinIsTerminal: Bool
  public let stdoutIsTerminal: Bool
  public let stderrIsTerminal: Bool
  public let environment: [String: String]

  public static func current() -> Terminal {
    Terminal(
      stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1,
      environment: ProcessInfo.processInfo.environment)
  }

  /// The width a table may use: `COLUMNS` when set to a number, else the terminal's
  /// width when stdout is one (TIOCGWINSZ), else no limit (a file or a pipe).
  public var tableWidth: Int? {
    if let v = environment["COLUMNS"], let n = Int(v), n > 0 { return n }
    guard stdoutIsTerminal else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Colour only on a terminal, when NO_COLOR is unset or empty and TERM is not dumb
  /// (no-color.org).
  public func colorAllowed(terminal: Bool) -> Bool {
    guard terminal else { return false }
    if let v = environment["NO_COLOR"], !v.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }
}

/// Messages on stderr: `tool: message`, `tool: warning: message`; verbose lines only with
/// --verbose; a progress line only on a terminal and only after a second.
public final class Diagnostics: @unchecked Sendable {
  public let tool: String
  public let verbose: Bool
  let terminal: Bool
  private var progressShown = false
  private let started = Date()

  public init(tool: String, verbose: Bool, stderrIsTerminal: Bool) {
    self.tool = tool
    self.verbose = verbose
    terminal = stderrIsTerminal
  }

  // Every message may quote input (ids, codes, file names): it goes through
  // `UntrustedText`, one line per error or warning, so no control character or bidi
  // override from input reaches the terminal or splits a log line.
  public func error(_ message: String) { emit("\(tool): \(UntrustedText.escaped(message))") }
  public func warning(_ message: String) { emit("\(tool): warning: \(UntrustedText.escaped(message))") }
  public func note(_ message: String) { emit(UntrustedText.escapedLines(message)) }
  public func detail(_ message: String) { if verbose { emit("\(tool): \(UntrustedText.escapedLines(message))") } }

  public func progress(_ message: String) {
    guard terminal, Date().timeIntervalSince(started) > 1 else { return }
    progressShown = true
    FileHandle.standardError.write(Data("\r\u{1B}[K\(tool): \(UntrustedText.escaped(message))".utf8))
  }

  public func endProgress() {
    guard progressShown else { return }
    progressShown = false
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }

  private func emit(_ line: String) {
    endProgress()
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
