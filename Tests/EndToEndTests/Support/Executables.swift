import Foundation

/// Finds the built executables: under `swift test` they sit beside the test bundle.
enum Executables {
  static let binDir: URL = {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("paindesk").path) { return dir }
      dir = dir.deletingLastPathComponent()
    }
    // Fall back to the package's debug folder (running from the package root).
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
  }()

  static func path(_ tool: String) -> String { binDir.appendingPathComponent(tool).path }

  /// The package root (for examples/ and man/), found from this file's location.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The result of running a shell line.
struct RunResult {
  var stdout: String
  var stderr: String
  var status: Int32
}

enum Shell {
  /// Runs `bash -o pipefail -c line` with PATH led by the built tools, NO_COLOR=1, TZ=UTC,
  /// and the given extra environment; stdin from /dev/null unless `stdin` names a file.
  /// With pipefail a pipeline's status is that of its last stage to fail, so a tool's exit
  /// code is not hidden behind the `jq`, `wc` or `grep` it pipes into.
  static func run(_ line: String, cwd: URL, environment extra: [String: String] = [:], stdin: String? = nil) throws -> RunResult {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-o", "pipefail", "-c", line]
    p.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    for k in env.keys where k.hasPrefix("PAINDESK_") || k.hasPrefix("XDG_") { env[k] = nil }
    env["PATH"] = Executables.binDir.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
    env["NO_COLOR"] = "1"
    env["TZ"] = "UTC"
    env["LC_ALL"] = "C"
    for (k, v) in extra { env[k] = v }
    p.environment = env
    // Files, not pipes: nothing can block on a full pipe, however much a tool prints.
    let tmp = try makeTempDir("run")
    defer { try? FileManager.default.removeItem(at: tmp) }
    let outURL = tmp.appendingPathComponent("out")
    let errURL = tmp.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    p.standardOutput = try FileHandle(forWritingTo: outURL)
    p.standardError = try FileHandle(forWritingTo: errURL)
    p.standardInput = stdin.map { FileHandle(forReadingAtPath: $0)! } ?? FileHandle(forReadingAtPath: "/dev/null")!
    try p.run()
    p.waitUntilExit()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return RunResult(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: p.terminationStatus)
  }
}

/// A fresh temporary folder per test.
func makeTempDir(_ label: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("paindesk-\(label)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
