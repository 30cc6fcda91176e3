// swift-tools-version:6.0
import PackageDescription

// The layers, each knowing only the ones below it (README, "Development"):
//   carnet (executable) → CarnetTerminal → CarnetUI → CarnetExchange → CarnetCore
//   CNCursesW is the only C dependency, used only by CarnetTerminal.
// A release build links the Swift runtime and Foundation in: measured, `carnet` then starts
// in 7.7 ms instead of 13.9 (no symbol lookups across a dozen shared libraries) and its
// peak memory at 10,000 people is 6.5 MiB lower (docs/benchmarks.md). Modules importing
// Foundation are compiled against the static SDK so that they name its libraries.
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
        .target(name: "CarnetCore"),
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
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(name: "carnet-bench", dependencies: ["CarnetCore", "CarnetUI"]),
        .testTarget(name: "CarnetCoreTests", dependencies: ["CarnetCore"], exclude: ["Fixtures"]),
        .testTarget(name: "CarnetExchangeTests", dependencies: ["CarnetExchange"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CarnetUITests", dependencies: ["CarnetUI"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "CarnetEndToEndTests", dependencies: ["CarnetCore"]),
        .testTarget(name: "CarnetCLITests", dependencies: ["carnet"]),
        .testTarget(name: "CarnetTerminalTests", dependencies: ["CarnetTerminal"]),
    ]
)
