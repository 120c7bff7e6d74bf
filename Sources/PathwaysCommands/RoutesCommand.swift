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
    @OptionGroup(title: "Resident") var resident: ProfileOptions
    @Option(help: ArgumentHelp("Rank by time, cost or steps.", valueName: "RANK")) var rank: Ranking = .time
    @Option(help: ArgumentHelp("How many routes, 1–20.", valueName: "K")) var limit: Int = 3
    @Flag(help: "Print JSON for scripts.") var json = false

    func validate() throws {
        guard (1...20).contains(limit) else { throw ValidationError("--limit must be between 1 and 20") }
    }

    func run() throws {
        let graph = try options.graph()
        guard let job = graph.job(to) else { throw graph.unknown("job", to) }
        let session = try resident.loadSession()
        if resident.isPersonal(session: session) {
            let profile = resident.profile(from: session)
            let routes = graph.personalRoutes(for: profile, to: job.id, ranking: rank, limit: limit, today: resident.day)
            if json {
                return try Output.json(routes.enumerated().map { RecordJSON.RouteJSON($1, rank: $0 + 1, graph: graph, profile: profile) })
            }
            print("Routes to \(job.title) for \(profile.summary), best by \(rank.rawValue), starting \(resident.day.label):")
            printRoutes(routes.map { ($0.route, $0) }, graph: graph, age: profile.age)
        } else {
            let from = resident.level ?? .entry
            let routes = graph.routes(from: resident.startingPoint, to: job.id, ranking: rank, limit: limit)
            if json { return try Output.json(routes.enumerated().map { RecordJSON.RouteJSON($1, rank: $0 + 1) }) }
            print("Routes to \(job.title) from \(from.description), best by \(rank.rawValue) (typical fees; add --age, --status and the like to cost them for a resident):")
            printRoutes(routes.map { ($0, nil) }, graph: graph, age: nil)
        }
    }

    /// Each route's totals, then its steps; for a resident (`personal`), each step's cost to them
    /// and why, and a route with a step not open to them says so in its totals, never a price.
    private func printRoutes(_ routes: [(Route, PersonalRoute?)], graph: PathwayGraph, age: Int?) {
        guard !routes.isEmpty else {
            print("  No route found from this starting point.")
            return
        }
        for (i, (route, personal)) in routes.enumerated() {
            let costings = personal?.costings
            let cost = personal.map { Wording.toYou($0.costings) } ?? "\(Pay.pounds(route.costToLearner)) in fees"
            print("")
            print("\(i + 1). \(Wording.plural(route.steps.count, "step")), \(Wording.weeks(route.totalWeeks)), \(cost)"
                + (personal?.isFullyFunded == true ? " (fully funded)" : "") + (route.earnsWhileLearning ? ", earn while learning" : ""))
            var weeks = 0
            for (n, step) in route.steps.enumerated() {
                let example = step.illustrative ? " " + Wording.exampleMark : ""
                let estimate = step.feeEstimate ? " (fee is an estimate)" : ""
                if let c = costings?[n] {
                    let at = age.map { ", from age \($0 + weeks / 52)" } ?? ""
                    print("   \(n + 1)) \(step.level.label): \(step.title) — \(Wording.weeks(step.weeks))\(at), \(Wording.toYou(c))\(estimate)\(example)")
                    print("      \(c.reason)")
                    let source = c.sourceID.flatMap(graph.source).map { "\($0.title), \($0.publisher)" }
                    let rule = [c.ruleID.map { "rule \($0)" }, c.ruleDates, source.map { "source: \($0)" }].compactMap { $0 }
                    if !rule.isEmpty { print("      (" + rule.joined(separator: "; ") + ")") }
                    if let why = c.whyClosed { print("      Not open yet: \(why)") }
                } else {
                    print("   \(n + 1)) \(step.level.label): \(step.title) — \(Wording.weeks(step.weeks)), \(Pay.pounds(step.cost))\(estimate)\(example)")
                }
                weeks += step.weeks
            }
            print("   → \(route.job.title)" + (route.job.pay.map { ", median \($0.label): \($0.meaning)" } ?? ", pay not known"))
            if let start = route.job.startingPay { print("     Starting pay: \(start.label)") }
            if let need = route.job.requirementText { print("     Entry requirement: \(need)") }
            for b in personal?.brokenPreferences ?? [] { Output.line("   ! \(b)") }
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
        guard let level = Level(parsing: argument) else { return nil }
        self.level = level
    }

    var startingPoint: StartingPoint { .holding(level) }
    var description: String { level.map { "\($0.label) held" } ?? "Entry level" }
    static var allValueStrings: [String] { ["entry", "E1", "E2", "E3"] + (1...8).map(String.init) }
}

extension Ranking: ExpressibleByArgument {}

