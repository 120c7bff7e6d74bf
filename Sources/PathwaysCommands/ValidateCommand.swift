import ArgumentParser
import Foundation
import PathwaysContent
import PathwaysGraph

/// `pathways validate [DIR]`: every finding in a content folder, compiler style.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a content folder; print FILE:LINE:COLUMN: error: MESSAGE for each finding.",
        discussion: "Exits 0 when clean (with a one-line summary of the counts), 1 when there are findings."
    )

    @Argument(help: ArgumentHelp("Content folder (default: --content, PATHWAYS_CONTENT or the bundled Content/).", valueName: "DIR"))
    var directory: String?

    @Flag(name: .long, help: "When clean, also write the compiled store beside the folder (DIR.pathways-store), for an installed content set.")
    var compile = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        let dir = try directory.map { URL(fileURLWithPath: $0) } ?? options.directory()
        let loaded: LoadedContent
        var compiled: URL?
        if compile {
            do {
                let (content, file) = try ContentStore().compile(dir)
                loaded = content
                compiled = file
            } catch {
                throw CommandFailure(message: "error: cannot write the compiled store beside \(dir.relativePath): \(error)")
            }
        } else {
            loaded = ContentLoader().load(from: dir)
        }
        for diagnostic in loaded.diagnostics { Output.line(diagnostic.description) }
        if !loaded.isClean {
            Output.error("\(Wording.plural(loaded.diagnostics.count, "error")) in \(dir.relativePath)")
            throw ExitCode(1)
        }
        let g = loaded.graph
        Output.line("\(dir.relativePath): ok — \(g.clusters.count) clusters, \(g.jobs.count) jobs, \(g.steps.count) steps, \(g.edgeCount) progressions, \(g.providers.count) providers, \(g.funding.count) funding schemes, \(g.sources.count) sources")
        if let compiled { Output.line("compiled store written: \(compiled.path)") }
    }
}
