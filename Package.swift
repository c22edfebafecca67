// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "jdmatch",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "jdmatch", targets: ["jdmatch"]),
    .executable(name: "jdmatch-bench", targets: ["jdmatch-bench"]),
    .library(name: "Ingest", targets: ["Ingest"]),
    .library(name: "Tokenization", targets: ["Tokenization"]),
    .library(name: "Analysis", targets: ["Analysis"]),
    .library(name: "Matching", targets: ["Matching"]),
    .library(name: "Pipeline", targets: ["Pipeline"]),
    .library(name: "Report", targets: ["Report"]),
    .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CCMark", pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
    // Declarations only: poppler-glib is opened at run time, when the first PDF is read (see its shim.h).
    .systemLibrary(name: "CPoppler"),
    .target(name: "Tokenization"),
    .target(name: "Requirements", dependencies: ["Tokenization"]),
    .target(
      name: "Ingest",
      dependencies: [
        "CLibXML2", "CCMark", "CPoppler",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),
    .target(
      name: "Analysis",
      dependencies: ["Ingest", "Tokenization", "Requirements", .product(name: "Yams", package: "Yams")]),
    .target(name: "Matching", dependencies: ["Analysis", "Requirements"]),
    .target(name: "Pipeline", dependencies: ["Ingest", "Analysis", "Matching"]),
    .target(
      name: "Report",
      dependencies: [
        "Ingest", "Analysis", "Requirements", "Matching", .product(name: "Plot", package: "Plot"),
      ]),
    .executableTarget(
      name: "jdmatch",
      dependencies: [
        "Ingest", "Analysis", "Requirements", "Matching", "Pipeline", "Report",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "jdmatch-bench",
      dependencies: [
        "Ingest", "Analysis", "Matching", "Pipeline", "Tokenization",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // What the fuzzers in Fuzz/ (a package of their own) drive and FuzzRegressionTests replays.
    .target(
      name: "FuzzTargets",
      dependencies: [
        "Ingest", "Tokenization", "Requirements", "Analysis", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "IngestTests",
      dependencies: ["Ingest", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    .testTarget(
      name: "TokenizationTests", dependencies: ["Tokenization", "TestSupport"], resources: [.copy("Resources")]),
    .testTarget(name: "RequirementsTests", dependencies: ["Requirements", "Tokenization"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Tokenization", "TestSupport"]),
    .testTarget(name: "MatchingTests", dependencies: ["Matching", "Analysis", "Ingest", "Pipeline", "TestSupport"]),
    .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Matching", "Analysis", "Ingest", "TestSupport"]),
    .testTarget(
      name: "ReportTests",
      dependencies: ["Report", "Matching", "Analysis", "Ingest", "Pipeline", "TestSupport", "jdmatch"]),
    .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets", "TestSupport"]),
    .testTarget(
      name: "CLITests", dependencies: ["jdmatch", "TestSupport", .product(name: "CSV", package: "CSV.swift")]),
  ],
  swiftLanguageModes: [.v6]
)
