// swift-tools-version:6.1
import Foundation
import PackageDescription

/// libFuzzer targets for PainDesk's readers and validator, kept apart from the main package
/// so that its `swift build` and `swift test` never see them. Build and run with
/// `Fuzz/run.sh` (it passes `-sanitize=fuzzer,address`); CONTRIBUTING.md has the details.

/// The main package is the folder above; SwiftPM names a path dependency after its folder,
/// which differs between clones (`paindesk`, a worktree's name), so read it here.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

/// One executable per input format, named as its seed corpus folder `corpus/<name>`.
let targets = ["FuzzJSON", "FuzzNDJSON", "FuzzFHIR", "FuzzCSV", "FuzzDrChrono", "FuzzX12", "FuzzValidator"]

let package = Package(
  name: "PainDeskFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: mainPackage.path)],
  targets: [
    .target(name: "CFuzzDriver"),
    .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
  ]
    + targets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "PainDesk", package: mainPackage.lastPathComponent)]
      )
    },
  swiftLanguageModes: [.v6]
)
