import ArgumentParser
import PathwaysGraph

/// `pathways search QUERY`: clusters, jobs, steps and providers matching the words, typos forgiven.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search clusters, jobs, steps and providers.")

    @OptionGroup var options: ContentOptions
    @Argument(help: "Words to look for.") var query: [String]
    @Flag(help: "Print JSON for scripts.") var json = false

    struct HitJSON: Encodable {
        var kind, id, title: String
        var score: Int
    }

    func run() throws {
        let graph = try options.graph()
        let hits = SearchIndex(graph: graph).search(query.joined(separator: " "))
        if json {
            try Output.json(hits.map { HitJSON(kind: $0.kind.rawValue, id: $0.id, title: $0.title, score: $0.score) })
            return
        }
        guard !hits.isEmpty else {
            Output.line("Nothing matches '\(query.joined(separator: " "))'.")
            return
        }
        print(Output.table(hits.map { [$0.kind.rawValue, $0.id, $0.title] }))
    }
}
