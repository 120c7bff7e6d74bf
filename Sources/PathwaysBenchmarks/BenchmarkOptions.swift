import Foundation

/// The benchmark's command line: `pathways-benchmarks [--content DIR] [--k K] [--jobs ID,ID…]
/// [--random N] [--seed S] [--json] [--export-graph FILE] [--startup] [--runs N]`, or the
/// all-sizes table with no arguments, `--bundled-only`, or `--size N`.
struct BenchmarkOptions {
    var content: String?
    var k = 10
    var jobs: [String]?
    var randomJobs = 20
    var seed: UInt64 = 42
    var json = false
    var exportGraph: String?
    var startup = false
    var startupRuns = 21
    var bundledOnly = false
    var size: Int?

    static let usage = """
        usage: pathways-benchmarks [--content DIR] [--k K] [--jobs ID,ID...] [--random N] [--seed S]
                                   [--json] [--export-graph FILE] [--startup] [--runs N]
               pathways-benchmarks [--bundled-only | --size STEPS]
        --content DIR       measure this content: cold YAML load, compiled store, routes, search
        --k K               routes per query (default 10), best by time from Entry level
        --jobs ID,ID...     the jobs to query (default: --random N jobs chosen with --seed S)
        --json              one JSON object on standard output instead of text
        --export-graph FILE write the route search's state graph as JSON (for networkx_routes.py)
        --startup           also time exec to first frame in an 80x24 pty against dialog --menu
        --runs N            pty runs per program (default 21)
        """

    /// Parses arguments; a usage message and exit 2 on anything unknown or malformed.
    init(_ arguments: [String]) {
        var rest = arguments[...]
        func value(_ flag: String) -> String {
            guard let v = rest.popFirst() else { BenchmarkOptions.fail("\(flag) needs a value") }
            return v
        }
        func number(_ flag: String) -> Int {
            guard let n = Int(value(flag)), n > 0 else { BenchmarkOptions.fail("\(flag) needs a positive whole number") }
            return n
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--content": content = value(flag)
            case "--k": k = number(flag)
            case "--jobs": jobs = value(flag).split(separator: ",").map(String.init)
            case "--random": randomJobs = number(flag)
            case "--seed": seed = UInt64(number(flag))
            case "--json": json = true
            case "--export-graph": exportGraph = value(flag)
            case "--startup": startup = true
            case "--runs": startupRuns = number(flag)
            case "--bundled-only": bundledOnly = true
            case "--size": size = number(flag)
            case "-h", "--help": print(BenchmarkOptions.usage); exit(0)
            default: BenchmarkOptions.fail("unknown argument '\(flag)'")
            }
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("pathways-benchmarks: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}
