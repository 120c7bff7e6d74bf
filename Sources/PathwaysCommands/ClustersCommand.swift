import ArgumentParser
import PathwaysGraph

/// `pathways clusters`: the Plan for Growth clusters.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clusters", abstract: "List the clusters.")

    @OptionGroup var options: ContentOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let graph = try options.graph()
        if json {
            try Output.json(graph.clusters.map { RecordJSON.ClusterJSON($0, jobCount: graph.jobCount(inCluster: $0.id)) })
            return
        }
        let rows = graph.clusters.map { c in
            [c.id, Wording.plural(graph.jobCount(inCluster: c.id), "job"), Wording.marked(c.title, illustrative: c.illustrative)]
        }
        print(Output.table([["ID", "JOBS", "TITLE"]] + rows))
    }
}
