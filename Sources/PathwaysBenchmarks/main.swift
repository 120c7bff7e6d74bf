import Foundation
import PathwaysContent
import PathwaysGraph

// Release-build benchmarks. Run: swift build -c release && .build/release/pathways-benchmarks --help
// `--content DIR` measures one content folder (load, store, routes, search, start-up); with no
// arguments it measures the bundled content, then each synthetic size in a fresh child process
// (so peak memory is per size). `--size N` measures one synthetic size.

func measureSynthetic(steps: Int) throws {
    let jobs = max(10, steps / 10)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-bench-\(steps)-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    try SyntheticContent(steps: steps, jobs: jobs, seed: 42).write(to: dir)
    let (loaded, loadTime) = time { ContentLoader().load(from: dir) }
    guard loaded.isClean else {
        print("synthetic content has \(loaded.diagnostics.count) findings, first: \(loaded.diagnostics[0])")
        exit(1)
    }
    let graph = loaded.graph
    let (_, buildTime) = time { PathwayGraph(loaded.catalogue) }
    let (_, validateTime) = time { loaded.catalogue.validate() }
    var timings: [Double] = []
    for id in ContentBenchmark.randomJobs(graph, count: 50, seed: 42) {
        timings.append(time { graph.routes(from: .entry, to: id, ranking: .time, limit: 3) }.1)
    }
    let (_, reachTime) = time { graph.reachableJobs(from: .entry) }
    print(String(
        format: "| %d | %d | %d | %.0f ms | %.0f ms | %.0f ms | %@ | %.0f ms | %.0f MiB |",
        steps, graph.jobs.count, graph.edgeCount, loadTime * 1000, buildTime * 1000, validateTime * 1000,
        summary(timings), reachTime * 1000, peakMemoryMiB()))
}

func measureBundled() {
    guard let dir = ContentLocator.bundledContent() else { print("bundled content not found"); return }
    var loads: [Double] = []
    var loaded = ContentLoader().load(from: dir)
    for _ in 0..<21 {
        let (l, t) = time { ContentLoader().load(from: dir) }
        loaded = l
        loads.append(t)
    }
    let graph = loaded.graph
    var routeTimes: [Double] = []
    for job in graph.jobs { routeTimes.append(time { graph.routes(from: .entry, to: job.id, limit: 5) }.1) }
    print("Bundled content (\(graph.steps.count) steps, \(graph.jobs.count) jobs, \(graph.edgeCount) progressions):")
    print("  load and validate: \(summary(loads))")
    print("  routes, 5 best, every job from Entry: \(summary(routeTimes))")
    // Personal routes: funding rules checked on each step's start day, dominated routes dropped.
    let residents = [Profile(age: 17), Profile(levelHeld: .level2, englishMaths: .level2, age: 27, employment: .benefits),
                     Profile(levelHeld: .level3, englishMaths: .level2, age: 45, employment: .employed,
                             earnWhileLearning: true, earnings: 24000)]
    let day = Day(year: 2026, month: 11, day: 30)!
    var personalTimes: [Double] = []
    for job in graph.jobs {
        for resident in residents {
            personalTimes.append(time { graph.personalRoutes(for: resident, to: job.id, limit: 3, today: day) }.1)
        }
    }
    print("  personal routes, 3 best, every job for 3 residents: \(summary(personalTimes))")
    ExplorerBenchmark.run(graph: graph)
    StartupBenchmark.printText(StartupBenchmark.compare(content: dir.path, runs: 21))
}

let args = Array(CommandLine.arguments.dropFirst())
let options = BenchmarkOptions(args)
if options.bundledOnly {
    measureBundled()
} else if let n = options.size {
    try measureSynthetic(steps: n)
} else if !args.isEmpty {
    ContentBenchmark.run(options)
} else {
    measureBundled()
    print("")
    print("| steps | jobs | progressions | load+validate | graph build | validate | routes (3 best, 50 random jobs) | reachable jobs | peak memory |")
    print("|---|---|---|---|---|---|---|---|---|")
    fflush(nil)
    for n in [1_000, 10_000, 100_000] {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        child.arguments = ["--size", String(n)]
        try child.run()
        child.waitUntilExit()
    }
}
