// swift-tools-version: 6.0
// The libFuzzer targets of jdmatch, a package of their own so that the main package never links libFuzzer.
// Build and run one with `scripts/fuzz TARGET SECONDS` from the repository root.
import PackageDescription

let targets = ["FuzzIngest", "FuzzMHTML", "FuzzDocx", "FuzzTokenizer", "FuzzLexicon"]

let package = Package(
  name: "jdmatch-fuzz",
  products: targets.map { .executable(name: $0, targets: [$0]) },
  dependencies: [.package(name: "jdmatch", path: "..")],
  targets: [.target(name: "CLibFuzzer")]
    + targets.map { name in
      .executableTarget(name: name, dependencies: ["CLibFuzzer", .product(name: "FuzzTargets", package: "jdmatch")])
    },
  swiftLanguageModes: [.v6]
)
