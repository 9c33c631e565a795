// swift-tools-version:6.1
import PackageDescription

/// PainDesk: a Unix toolkit for the back office of interventional pain clinics.
/// One domain library (`PainDesk`), one command-line plumbing library (`PainDeskCLI`),
/// and one thin executable per tool.
let tools = [
  "paindesk", "uds-due", "refill-check", "recall-scan", "pa-submit", "pa-status",
  "intake-check", "coverage-check", "records-track", "appeal-pack", "revenue-model",
]

let package = Package(
  name: "PainDesk",
  platforms: [.macOS(.v13)],
  products: [.library(name: "PainDesk", targets: ["PainDesk"])]
    + tools.map { .executable(name: $0, targets: [$0]) },
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // The system zlib (Debian zlib1g-dev), for gzip-compressed Bulk Data exports.
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(
      name: "PainDesk",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        // The C API of the same system SQLite, for the importer's hot path (RawStatement).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        "CZlib",
      ],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "PainDeskCLI",
      dependencies: [
        "PainDesk",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "PainDeskTests",
      dependencies: ["PainDesk", "PainDeskCLI", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "EndToEndTests", dependencies: ["PainDesk"] + tools.map { .target(name: $0) }),
  ] + tools.map { .executableTarget(name: $0, dependencies: ["PainDeskCLI"]) },
  swiftLanguageModes: [.v6]
)
