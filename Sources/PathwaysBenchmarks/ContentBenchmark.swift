import Foundation
import PathwaysContent
import PathwaysGraph

/// Measures one content folder: loading it from YAML (cold) and from the compiled store,
/// the k best routes by time to chosen jobs (each query's time and its routes' weeks, so other
/// tools can be compared on the same queries), and search as you type over its titles.
enum ContentBenchmark {
    /// Everything measured, as printed with `--json`.
    struct Report: Encodable {
        var content: String
        var loadAverage: Double
        var steps = 0, jobs = 0, progressions = 0
        var yamlLoadMs = 0.0
        var peakMemoryAfterYAMLMiB = 0.0
        var storeWriteMs: Double?
        var storeLoadMs: Spread?
        /// A staged start's first part: the store opened, checked, its front read and graphed.
        var storeFrontMs: Spread?
        var k = 0
        var queries: [Query] = []
        var routes: Spread?
        var searchKeystroke: Spread?
        var searchIndexBuildMs: Double?
        var startup: StartupBenchmark.Comparison?
    }

    /// One route query: the job, how long the k best routes took, and their weeks, best first.
    struct Query: Encodable {
        var job: String
        var ms: Double
        var weeks: [Int]
    }

    static func run(_ options: BenchmarkOptions) {
        guard let dir = options.content.map({ URL(fileURLWithPath: $0) }) ?? ContentLocator.bundledContent() else {
            BenchmarkOptions.fail("bundled content not found; pass --content DIR")
        }
        var report = Report(content: dir.path, loadAverage: loadAverage())
        // First, while this process is small: each run forks it, and forking a process that
        // holds a national catalogue copies hundreds of megabytes of page tables, which would
        // add the same ~15 ms to `dialog` and `pathways` alike and flatter the ratio.
        if options.startup {
            report.startup = StartupBenchmark.compare(content: dir.path, runs: options.startupRuns)
        }
        let (loaded, yamlTime) = time { ContentLoader().load(from: dir) }
        report.yamlLoadMs = yamlTime * 1000
        report.peakMemoryAfterYAMLMiB = peakMemoryMiB()
        // Shown at once on stderr: the rest of a run at 100k steps can take many minutes on a
        // busy machine, and stdout (text or JSON) stays as it was.
        FileHandle.standardError.write(Data(String(format: "YAML load, check and validate (cold): %.0f ms; peak memory %.0f MiB\n",
                                                   report.yamlLoadMs, report.peakMemoryAfterYAMLMiB).utf8))
        guard loaded.isClean else {
            BenchmarkOptions.fail("\(dir.path) has \(loaded.diagnostics.count) findings; run pathways validate")
        }
        let graph = loaded.graph
        report.steps = graph.steps.count
        report.jobs = graph.jobs.count
        report.progressions = graph.edgeCount
        StoreBenchmark.measure(dir, into: &report)

        let jobs = options.jobs ?? randomJobs(graph, count: options.randomJobs, seed: options.seed)
        report.k = options.k
        var times: [Double] = []
        for id in jobs {
            guard graph.job(id) != nil else { BenchmarkOptions.fail("no job '\(id)' in \(dir.path)") }
            let (routes, t) = time { graph.routes(from: .entry, to: id, ranking: .time, limit: options.k) }
            times.append(t)
            report.queries.append(Query(job: id, ms: t * 1000, weeks: routes.map(\.totalWeeks)))
        }
        report.routes = Spread(times)
        (report.searchKeystroke, report.searchIndexBuildMs) = searchAsYouType(graph, seed: options.seed)
        if let path = options.exportGraph { exportGraph(graph, to: path) }
        options.json ? printJSON(report) : printText(report)
    }

    /// `count` distinct jobs chosen with a seeded generator, so runs query the same jobs.
    static func randomJobs(_ graph: PathwayGraph, count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        var ids = graph.jobs.map(\.id)
        var chosen: [String] = []
        while chosen.count < count, !ids.isEmpty { chosen.append(ids.remove(at: random.below(ids.count))) }
        return chosen
    }

    /// Types the first letters of 40 titles one keystroke at a time, timing each search; also
    /// how long building the index took, in milliseconds.
    static func searchAsYouType(_ graph: PathwayGraph, seed: UInt64) -> (Spread, Double) {
        let (index, build) = time { SearchIndex(graph: graph) }
        var random = SeededGenerator(seed: seed)
        let titles = graph.steps.map(\.title) + graph.jobs.map(\.title)
        var times: [Double] = []
        for _ in 0..<40 {
            let title = titles[random.below(titles.count)]
            var typed = ""
            for ch in title.prefix(12) {
                typed.append(ch)
                times.append(time { index.search(typed) }.1)
            }
        }
        return (Spread(times), build * 1000)
    }

    /// Writes the route search's state graph from Entry level for `networkx_routes.py`.
    static func exportGraph(_ graph: PathwayGraph, to path: String) {
        let g = graph.routeSearchGraph(from: .entry)
        var out = "{\"levelCount\":\(g.levelCount),\"weeks\":\(g.weeks),\"sourceMoves\":\(g.sourceMoves),"
        out += "\"from\":\(g.from),\"to\":\(g.to),\"nodeIDs\":"
        out += String(decoding: (try? JSONEncoder().encode(g.nodeIDs)) ?? Data("[]".utf8), as: UTF8.self)
        out += "}\n"
        do { try Data(out.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            BenchmarkOptions.fail("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func printJSON(_ report: Report) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self))
    }

    static func printText(_ r: Report) {
        print("\(r.content): \(r.steps) steps, \(r.jobs) jobs, \(r.progressions) progressions (load average \(String(format: "%.2f", r.loadAverage)))")
        print(String(format: "  YAML load, check and validate (cold): %.0f ms; peak memory %.0f MiB", r.yamlLoadMs, r.peakMemoryAfterYAMLMiB))
        if let w = r.storeWriteMs { print(String(format: "  compiled store written in %.0f ms", w)) }
        if let s = r.storeLoadMs { print("  load from the compiled store: \(s.text)") }
        if let s = r.storeFrontMs { print("  front of the compiled store (a staged start's first frame): \(s.text)") }
        print("  \(r.k) best routes by time from Entry level:")
        for q in r.queries { print(String(format: "    %@ %.3f ms weeks %@", q.job, q.ms, q.weeks.map(String.init).joined(separator: ","))) }
        if let s = r.routes { print("  routes: \(s.text)") }
        if let s = r.searchKeystroke { print("  search as you type, per keystroke: \(s.text)") }
        if let b = r.searchIndexBuildMs { print(String(format: "  search index built in %.0f ms", b)) }
        if let s = r.startup { StartupBenchmark.printText(s) }
    }
}
