import Foundation
import PathwaysContent
import PathwaysGraph

// Release-build benchmarks. Run: swift run -c release pathways-benchmarks
// With no arguments it measures the bundled content, then each synthetic size in a fresh child
// process (so peak memory is per size). `--size N` measures one synthetic size.

/// Wall-clock seconds for one call.
func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Median and 95th percentile of repeated timings, in milliseconds.
func summary(_ seconds: [Double]) -> String {
    let ms = seconds.map { $0 * 1000 }.sorted()
    let median = ms[ms.count / 2]
    let p95 = ms[min(ms.count - 1, Int(Double(ms.count) * 0.95))]
    return String(format: "median %.3f ms, p95 %.3f ms (n=%d)", median, p95, ms.count)
}

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func measureSynthetic(steps: Int) throws {
    let jobs = max(10, steps / 10)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-bench-\(steps)-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let (_, writeTime) = try time { try SyntheticContent(steps: steps, jobs: jobs, seed: 42).write(to: dir) }
    let (loaded, loadTime) = time { ContentLoader().load(from: dir) }
    guard loaded.isClean else {
        print("synthetic content has \(loaded.diagnostics.count) findings, first: \(loaded.diagnostics[0])")
        exit(1)
    }
    let graph = loaded.graph
    let (_, buildTime) = time { PathwayGraph(loaded.catalogue) }
    let (_, validateTime) = time { loaded.catalogue.validate() }
    var rng = SystemRandomNumberGenerator()
    var timings: [Double] = []
    var found = 0
    for _ in 0..<50 {
        let job = graph.jobs.randomElement(using: &rng)!
        let (routes, t) = time { graph.routes(from: .entry, to: job.id, ranking: .time, limit: 3) }
        found += routes.count
        timings.append(t)
    }
    let (_, reachTime) = time { graph.reachableJobs(from: .entry) }
    print(String(
        format: "| %d | %d | %d | %.0f ms | %.0f ms | %.0f ms | %@ | %.0f ms | %.0f MiB |",
        steps, graph.jobs.count, graph.edgeCount, loadTime * 1000, buildTime * 1000, validateTime * 1000,
        summary(timings), reachTime * 1000, peakMemoryMiB()))
    _ = writeTime
    _ = found
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
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pathways").path
    StartupBenchmark.run(binary: binary, content: dir.path)
}

let args = CommandLine.arguments
if args.contains("--bundled-only") {
    measureBundled()
} else if let i = args.firstIndex(of: "--size"), i + 1 < args.count, let n = Int(args[i + 1]) {
    try measureSynthetic(steps: n)
} else {
    measureBundled()
    print("")
    print("| steps | jobs | progressions | load+validate | graph build | validate | routes (3 best, 50 random jobs) | reachable jobs | peak memory |")
    print("|---|---|---|---|---|---|---|---|---|")
    fflush(nil)
    for n in [1_000, 10_000, 100_000] {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: args[0]).standardizedFileURL
        child.arguments = ["--size", String(n)]
        try child.run()
        child.waitUntilExit()
    }
}
