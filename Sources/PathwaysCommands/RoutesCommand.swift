import ArgumentParser
import PathwaysGraph

/// `pathways routes --to JOB`: the best routes from a starting point to a job.
struct RoutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "The best routes from a starting point to a job.",
        discussion: "LEVEL is 'entry' (no qualifications yet) or 1–8, the highest level already held."
    )

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("The job to reach.", valueName: "JOB")) var to: String
    @Option(help: ArgumentHelp("Highest level already held: entry, 1 … 8.", valueName: "LEVEL")) var from: StartLevel = .entry
    @Option(help: ArgumentHelp("Rank by time, cost or steps.", valueName: "RANK")) var rank: Ranking = .time
    @Option(help: ArgumentHelp("How many routes, 1–20.", valueName: "K")) var limit: Int = 3
    @Flag(help: "Print JSON for scripts.") var json = false

    func validate() throws {
        guard (1...20).contains(limit) else { throw ValidationError("--limit must be between 1 and 20") }
    }

    func run() throws {
        let graph = try options.graph()
        guard let job = graph.job(to) else { throw graph.unknown("job", to) }
        let routes = graph.routes(from: from.startingPoint, to: job.id, ranking: rank, limit: limit)
        if json { return try Output.json(routes.enumerated().map { RecordJSON.RouteJSON($1, rank: $0 + 1) }) }
        print("Routes to \(job.title) from \(from.description), best by \(rank.rawValue):")
        guard !routes.isEmpty else {
            print("  No route found from this starting point.")
            return
        }
        for (i, route) in routes.enumerated() {
            print("")
            print("\(i + 1). \(route.steps.count) step\(route.steps.count == 1 ? "" : "s"), \(route.totalWeeks) weeks, \(Pay.pounds(route.costToLearner)) in fees" + (route.earnsWhileLearning ? ", earn while learning" : ""))
            for (n, step) in route.steps.enumerated() {
                print("   \(n + 1)) \(step.level.label): \(step.title) — \(step.weeks) weeks, \(Pay.pounds(step.cost))" + (step.illustrative ? " [example]" : ""))
            }
            print("   → \(route.job.title)" + (route.job.pay.map { ", median \($0.label)" } ?? ", pay not known"))
        }
    }
}

/// A `--from` value: Entry level (nothing held yet) or a level 1–8.
struct StartLevel: ExpressibleByArgument, CustomStringConvertible {
    var level: Level?

    static let entry = StartLevel(level: nil)

    init(level: Level?) { self.level = level }

    init?(argument: String) {
        if argument.lowercased() == "entry" { self.level = nil; return }
        guard let n = Int(argument), (1...8).contains(n), let level = Level(parsing: argument) else { return nil }
        self.level = level
    }

    var startingPoint: StartingPoint { .holding(level) }
    var description: String { level.map { "\($0.label) held" } ?? "Entry level" }
    static var allValueStrings: [String] { ["entry"] + (1...8).map(String.init) }
}

extension Ranking: ExpressibleByArgument {}
