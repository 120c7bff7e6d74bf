import ArgumentParser
import PathwaysGraph

/// `pathways jobs [--cluster ID]`: jobs with SOC code, level needed and median pay.
struct JobsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "jobs", abstract: "List jobs, optionally in one cluster.")

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("Only jobs in this cluster.", valueName: "ID")) var cluster: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let graph = try options.graph()
        var jobs = graph.jobs
        if let cluster {
            guard graph.cluster(cluster) != nil else { throw graph.unknown("cluster", cluster) }
            jobs = graph.jobs(inCluster: cluster)
        }
        if json {
            try Output.json(jobs.map(RecordJSON.JobJSON.init))
            return
        }
        let rows = jobs.map { j in
            [j.id, j.soc ?? "-", j.minimumLevel.label, j.pay?.label ?? (j.payWithheld.map { "not published (\($0.year))" } ?? "not known"),
             Wording.marked(j.title, illustrative: j.illustrative)]
        }
        print(Output.table([["ID", "SOC", "NEEDS", "MEDIAN PAY", "TITLE"]] + rows))
    }
}
