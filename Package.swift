// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "examiner",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "examiner", targets: ["examiner"]),
        .executable(name: "ipas-server", targets: ["ipas-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.1.0"),
        .package(url: "https://github.com/jpsim/Yams", "5.0.0"..<"7.0.0"),
    ],
    targets: [
        // MARK: Domain and contract
        .target(name: "IPASDomain", swiftSettings: strict),
        .target(
            name: "IPASAPI",
            dependencies: [
                "IPASDomain",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            resources: [.copy("openapi.yaml")],
            swiftSettings: strict,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),

        // MARK: C libraries
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),

        // MARK: Client
        .target(
            name: "HTTPTransport",
            dependencies: [
                "CCurl",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "OfflineStore",
            dependencies: ["IPASDomain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "Sync",
            dependencies: [
                "IPASDomain", "IPASAPI", "OfflineStore",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "PriorArt",
            dependencies: ["IPASDomain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(name: "Terminal", dependencies: ["CNcursesw"], swiftSettings: strict),
        .target(
            name: "Workstation",
            dependencies: ["IPASDomain", "OfflineStore", "Terminal"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "examiner",
            dependencies: [
                "Workstation", "Sync", "OfflineStore", "HTTPTransport", "IPASAPI", "IPASDomain", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // MARK: Server
        .target(
            name: "IPASServer",
            dependencies: [
                "IPASDomain", "IPASAPI", "PriorArt",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "ipas-server",
            dependencies: [
                "IPASServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // MARK: Benchmarks
        .executableTarget(
            name: "examiner-bench",
            dependencies: ["OfflineStore", "Workstation", "Terminal", "IPASDomain"],
            path: "Benchmarks/examiner-bench",
            swiftSettings: strict
        ),

        // MARK: Tests
        .target(
            name: "TestSupport",
            dependencies: [
                "IPASDomain",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "IPASDomainTests", dependencies: ["IPASDomain"], swiftSettings: strict),
        .testTarget(
            name: "IPASAPITests",
            dependencies: [
                "IPASAPI", "IPASDomain",
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HTTPTransportTests",
            dependencies: [
                "HTTPTransport", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "OfflineStoreTests",
            dependencies: ["OfflineStore", "IPASDomain", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SyncTests",
            dependencies: ["Sync", "OfflineStore", "IPASAPI", "HTTPTransport", "TestSupport", "ipas-server"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PriorArtTests",
            dependencies: ["PriorArt", "IPASDomain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"], swiftSettings: strict),
        .testTarget(
            name: "WorkstationTests",
            dependencies: ["Workstation", "Terminal", "OfflineStore", "IPASDomain"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IPASServerTests",
            dependencies: [
                "IPASServer", "IPASAPI", "IPASDomain", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExaminerTests",
            dependencies: ["TestSupport", "Workstation", "Terminal", "examiner", "ipas-server"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
