// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "BeatPaxos",
    products: [
        .executable(name: "beatpaxos", targets: ["BeatPaxosApp"]),
        .library(name: "GameCore", targets: ["GameCore"]),
        .library(name: "Session", targets: ["Session"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSDL2",
            pkgConfig: "SDL2_ttf",
            providers: [.apt(["libsdl2-dev", "libsdl2-ttf-dev"])]
        ),
        .target(
            name: "GameCore",
            dependencies: [
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        // The game as a person plays it in a window, without the window: clock, pointer and keys, levels,
        // scores, recordings and the checker's background work. Foundation and GameCore only, no SDL.
        .target(name: "Session", dependencies: ["GameCore"]),
        .executableTarget(
            name: "BeatPaxosApp",
            dependencies: [
                "GameCore",
                "Session",
                "CSDL2",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GameCoreTests", dependencies: ["GameCore"]),
        .testTarget(name: "SessionTests", dependencies: ["Session", "GameCore"]),
    ]
)
