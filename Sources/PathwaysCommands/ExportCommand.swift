import ArgumentParser
import Foundation
import PathwaysExport
import PathwaysGraph
import PathwaysSession

/// `pathways export`: one route as Markdown, HTML, JSON, CSV or a print slip.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a route to a job as md, html, json, csv or txt (a 40-column print slip).",
        discussion: "With --session FILE and no --to, exports the session's plan with its notes. Writes to standard output unless --output is given; never overwrites a file without --force."
    )

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("The job to reach (default: the session's plan).", valueName: "JOB")) var to: String?
    @Option(help: ArgumentHelp("Which of the ranked routes, 1 = best.", valueName: "N")) var route: Int = 1
    @Option(help: ArgumentHelp("Rank by time, cost or steps.", valueName: "RANK")) var rank: Ranking = .time
    @Option(help: ArgumentHelp("md, html, json, csv or txt.", valueName: "FORMAT")) var format: ExportFormat
    @Option(help: ArgumentHelp("File to write (default: standard output).", valueName: "FILE")) var output: String?
    @Flag(help: "Replace --output if it exists.") var force = false
    @Option(name: .customLong("generated-at"), help: .hidden) var generatedAt: String?
    @OptionGroup(title: "Resident") var resident: ProfileOptions

    func validate() throws {
        guard (1...20).contains(route) else { throw ValidationError("--route must be between 1 and 20") }
    }

    func run() throws {
        let graph = try options.graph()
        let session = try resident.loadSession()
        let personal = resident.isPersonal(session: session)
        let profile = resident.profile(from: session)
        let chosen: Route
        var notes: [String] = []
        if let to {
            guard graph.job(to) != nil else { throw graph.unknown("job", to) }
            let found = personal
                ? graph.personalRoutes(for: profile, to: to, ranking: rank, limit: route, today: resident.day).map(\.route)
                : graph.routes(from: resident.startingPoint, to: to, ranking: rank, limit: route)
            guard found.count >= route else {
                throw CommandFailure(message: found.isEmpty ? "error: no route to '\(to)' from this starting point"
                    : "error: there are only \(found.count) routes to '\(to)'; --route \(route) does not exist")
            }
            chosen = found[route - 1]
            notes = session?.notes ?? []
        } else if let session, let plan = session.plan {
            let rebuilt = plan.route(in: graph, for: profile, today: resident.day)
            guard let r = rebuilt.route else {
                throw CommandFailure(message: "error: the session's plan refers to \(rebuilt.missing.map { "'\($0)'" }.joined(separator: ", ")), which this content does not have")
            }
            chosen = r
            notes = session.notes
        } else {
            throw ValidationError("give --to JOB, or --session FILE with a plan")
        }
        let advice = FundingAdvice(graph: graph, profile: profile, today: resident.day)
        let document = PathwayDocument(
            route: chosen, graph: graph, startingPoint: personal ? profile.summary : nil,
            costings: personal ? advice.costings(along: chosen.steps) : nil, notes: notes,
            generatedAt: generatedAt ?? ExportCommand.now(), borough: personal ? profile.borough : nil)
        let text = Exporter.render(document, as: format)
        guard let output else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try AtomicFileWriter().write(text, to: output, overwrite: force)
        } catch {
            let message = error == .fileExists(error.path)
                ? "\(output) already exists and was left as it was; use --force to replace it, or choose another name."
                : error.description
            throw CommandFailure(message: "error: \(message)")
        }
        Output.error("wrote \(output)")
    }

    static func now() -> String { Timestamp.printed(Date()) }
}

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
