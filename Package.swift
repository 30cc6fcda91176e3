// swift-tools-version:6.0
import PackageDescription

// The layers, each knowing only the ones below it (README, "Development"):
//   carnet (executable) → CarnetTerminal → CarnetUI → CarnetExchange → CarnetCore
//   CNCursesW is the only C dependency, used only by CarnetTerminal.
// A release build of `carnet` is one static executable: the Swift runtime and Foundation
// linked in made it start in 7.7 ms instead of 13.9 (no symbol lookups across a dozen
// shared libraries) and its peak memory at 10,000 people 6.5 MiB lower; glibc, ncursesw and
// libstdc++ linked in too took another 2.5 ms off each start (docs/benchmarks-history.md, eleventh
// round). Modules importing Foundation are compiled against the static SDK so that they
// name its libraries.
let staticStdlib: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "Carnet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "carnet", targets: ["carnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        // glibc's malloc tuning (MallocPolicy); a header only, nothing to link.
        .systemLibrary(name: "CMalloc"),
        .target(name: "CarnetCore", dependencies: ["CMalloc"]),
        .target(
            name: "CarnetExchange",
            dependencies: ["CarnetCore", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: staticStdlib
        ),
        .target(name: "CarnetUI", dependencies: ["CarnetCore"]),
        .target(name: "CarnetTerminal", dependencies: ["CNCursesW", "CarnetCore", "CarnetUI"]),
        .executableTarget(
            name: "carnet",
            dependencies: [
                "CarnetCore", "CarnetExchange", "CarnetUI", "CarnetTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticStdlib,
            // Everything linked in, the C libraries too (ncursesw and the tinfo it needs named
            // again, after the code that calls them): no dynamic loader at each start.
            linkerSettings: [.unsafeFlags(["-static-executable", "-Xlinker", "-lncursesw", "-Xlinker", "-ltinfo"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(name: "carnet-bench", dependencies: ["CarnetCore", "CarnetUI"]),
        .testTarget(name: "CarnetCoreTests", dependencies: ["CarnetCore"], exclude: ["Fixtures"]),
        .testTarget(name: "CarnetExchangeTests", dependencies: ["CarnetExchange"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CarnetUITests", dependencies: ["CarnetUI"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "CarnetEndToEndTests", dependencies: ["CarnetCore", "CarnetUI"]),
        .testTarget(name: "CarnetCLITests", dependencies: ["carnet"]),
        .testTarget(name: "CarnetTerminalTests", dependencies: ["CarnetTerminal"]),
    ]
)
