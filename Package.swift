// swift-tools-version: 6.1
import PackageDescription

/// How the executables are linked on Linux: by lld, with their relative relocations packed
/// (DT_RELR), so a start-up relocates a few thousand words instead of touching ninety
/// thousand — still position-independent, so the kiosk keeps address randomisation.
let startupLinking: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(platforms: [.linux]))
]

let package = Package(
    name: "Pathways",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pathways", targets: ["pathways"]),
        .executable(name: "pathways-benchmarks", targets: ["PathwaysBenchmarks"]),
        .executable(name: "pathways-fuzz", targets: ["PathwaysFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Graph engine: records, the pathway graph, routes, validation. Standard library only.
        .target(name: "PathwaysGraph"),
        // Reading files safely: regular files only (never a FIFO or device), folders that tell
        // "absent" from "unreadable". POSIX only.
        .target(name: "PathwaysFiles"),
        // Content loader: YAML under Content/ to engine records, with FILE:LINE:COLUMN findings;
        // the compiled content store (swift-crypto's SHA-256 keys and checks it).
        .target(
            name: "PathwaysContent",
            dependencies: [
                "PathwaysGraph", "PathwaysFiles", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Importer of the official datasets (standards, SOC 2020, ASHE pay, NCS profiles) into Content/national/.
        .target(name: "PathwaysImport", dependencies: ["PathwaysGraph", "PathwaysContent", .product(name: "Yams", package: "Yams")]),
        // Linux renameat2 (exchange, no-replace), which Glibc's Swift overlay does not show.
        .target(name: "CRename"),
        // Exporters: a chosen route as Markdown, HTML, JSON, CSV or a print slip.
        .target(
            name: "PathwaysExport", dependencies: ["PathwaysGraph", "PathwaysFiles", "CRename"],
            exclude: ["route-export.schema.json", "EXPORT-FORMATS.md"]
        ),
        // Adviser sessions: profile, plan and notes saved as versioned JSON, atomically.
        .target(name: "PathwaysSession", dependencies: ["PathwaysGraph", "PathwaysExport", "PathwaysFiles"]),
        // ncursesw, wrapped so Swift can reach its macros and globals.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // Terminal core: cells, styles, the grid, width and text layout, the frame diff, the
        // `Terminal` protocol and its curses and in-memory backends. The only module linking ncurses.
        .target(name: "PathwaysTerminalCore", dependencies: ["PathwaysGraph", "CNcursesw"]),
        // The adviser's explorer: state, a pure update returning effects, views into the core's grid.
        .target(
            name: "PathwaysExplorer",
            dependencies: ["PathwaysTerminalCore", "PathwaysGraph", "PathwaysExport", "PathwaysSession"]
        ),
        // The public kiosk: locked down, so it depends on the core and the engine, never the explorer.
        // swift-crypto's scrypt derives the operator PIN's hash.
        .target(
            name: "PathwaysKiosk",
            dependencies: [
                "PathwaysTerminalCore", "PathwaysGraph", "PathwaysExport", "CProcessSpawn",
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // posix_spawn flags and wait-status macros Swift cannot import from the C library's headers.
        .target(name: "CProcessSpawn"),
        // The command line, as a library so tests can drive it in-process.
        .target(
            name: "PathwaysCommands",
            dependencies: [
                "PathwaysGraph", "PathwaysContent", "PathwaysExport", "PathwaysSession",
                "PathwaysTerminalCore", "PathwaysExplorer", "PathwaysKiosk", "PathwaysImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pathways", dependencies: ["PathwaysCommands"], linkerSettings: startupLinking),
        // Fuzz targets: the content loader, the session reader and the kiosk config parser,
        // each a function of bytes that must never crash or hang (see `.ci/fuzz`).
        .target(name: "PathwaysFuzzing", dependencies: ["PathwaysContent", "PathwaysGraph", "PathwaysSession", "PathwaysKiosk"]),
        // libFuzzer's driver, reachable from Swift in a fuzzing build (`.ci/fuzz`).
        .target(name: "CFuzzerDriver"),
        // libFuzzer's entry point when built with `-sanitize=fuzzer -D FUZZING`; otherwise a
        // tool that replays inputs (a corpus, a crash) through a target.
        .executableTarget(name: "PathwaysFuzz", dependencies: ["PathwaysFuzzing", "CFuzzerDriver"]),
        // Release-build benchmarks: load, routes, memory, first frame.
        .executableTarget(
            name: "PathwaysBenchmarks",
            dependencies: ["PathwaysGraph", "PathwaysContent", "PathwaysTerminalCore", "PathwaysExplorer", "PathwaysExport"],
            linkerSettings: startupLinking
        ),
        // Helpers shared by every test target: small fixture graphs, golden-file comparison.
        .target(name: "PathwaysTestSupport", dependencies: ["PathwaysGraph"], path: "Tests/PathwaysTestSupport"),
        .testTarget(name: "PathwaysGraphTests", dependencies: ["PathwaysGraph", "PathwaysContent", "PathwaysTestSupport"]),
        // Advice scenarios: residents costed on the shipped content, each beside an adviser's note.
        .testTarget(name: "PathwaysAdviceTests", dependencies: ["PathwaysGraph", "PathwaysContent"]),
        .testTarget(
            name: "PathwaysContentTests",
            dependencies: ["PathwaysContent", "PathwaysFiles", "PathwaysGraph", "PathwaysTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PathwaysExportTests",
            dependencies: ["PathwaysExport", "PathwaysGraph", "PathwaysTestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "PathwaysTerminalCoreTests", dependencies: ["PathwaysTerminalCore", "PathwaysGraph"]),
        .testTarget(
            name: "PathwaysExplorerTests",
            dependencies: ["PathwaysExplorer", "PathwaysTerminalCore", "PathwaysGraph", "PathwaysContent", "PathwaysTestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "PathwaysImportTests",
            dependencies: ["PathwaysImport", "PathwaysContent", "PathwaysGraph"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PathwaysKioskTests",
            dependencies: ["PathwaysKiosk", "PathwaysTerminalCore", "PathwaysGraph", "PathwaysTestSupport"]
        ),
        .testTarget(name: "PathwaysFuzzingTests", dependencies: ["PathwaysFuzzing", "PathwaysTestSupport"]),
        .testTarget(name: "PathwaysSessionTests", dependencies: ["PathwaysSession", "PathwaysGraph", "PathwaysTestSupport"]),
        .testTarget(
            name: "PathwaysCommandsTests",
            dependencies: ["PathwaysCommands", "PathwaysContent", "PathwaysGraph", "PathwaysTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
