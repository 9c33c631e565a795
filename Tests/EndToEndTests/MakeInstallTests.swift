import Foundation
import Testing

/// `make install-data` (what `make install` installs besides the binaries) puts the man
/// pages of every section and `examples/` where the shipped crontab and paindesk-start(7)
/// call them.
@Suite("make install") struct MakeInstallTests {
  @Test func installsManPagesAndExamples() throws {
    let root = Executables.packageRoot
    let dest = try makeTempDir("install")
    defer { try? FileManager.default.removeItem(at: dest) }
    let r = try Shell.run("make -s install-data DESTDIR='\(dest.path)' PREFIX=/usr", cwd: root)
    #expect(r.status == 0, "\(r.stderr)")
    let fm = FileManager.default
    let share = dest.appendingPathComponent("usr/share")

    for section in ["man1", "man5", "man7"] {
      for page in try fm.contentsOfDirectory(atPath: root.appendingPathComponent("man/\(section)").path) {
        #expect(fm.fileExists(atPath: share.appendingPathComponent("man/\(section)/\(page)").path), "\(section)/\(page)")
      }
    }
    let examples = share.appendingPathComponent("paindesk/examples")
    let shipped = try files(under: root.appendingPathComponent("examples"))
    #expect(!shipped.isEmpty)
    #expect(try files(under: examples) == shipped)
    for script in shipped where script.hasSuffix(".sh") {
      #expect(fm.isExecutableFile(atPath: examples.appendingPathComponent(script).path), "\(script) is not executable")
    }

    // Every examples path the crontab and the getting-started page name is installed.
    let named = "/usr/local/share/paindesk/examples/"
    for doc in ["examples/crontab", "man/man7/paindesk-start.7"] {
      let text = try String(contentsOf: root.appendingPathComponent(doc), encoding: .utf8)
      for part in text.components(separatedBy: named).dropFirst() {
        let path = String(part.prefix { !" \n\"'".contains($0) })
        #expect(fm.fileExists(atPath: examples.appendingPathComponent(path).path), "\(doc) names \(named)\(path)")
      }
    }
  }

  /// The files under a folder, as paths relative to it, sorted.
  func files(under dir: URL) throws -> [String] {
    let base = dir.standardizedFileURL.path
    var out: [String] = []
    let e = FileManager.default.enumerator(atPath: base)
    while let p = e?.nextObject() as? String {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
    }
    return out.sorted()
  }
}
