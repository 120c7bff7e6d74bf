import ArgumentParser
import Foundation
import PathwaysContent
import PathwaysGraph

/// `--content DIR`, shared by every subcommand that reads content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Content folder to read.", valueName: "DIR"))
    var content: String?

    /// The folder to read: `--content`, else `PATHWAYS_CONTENT`, else the bundled `Content/`.
    func directory() throws -> URL {
        if let content { return URL(fileURLWithPath: content) }
        if let found = ContentLocator.bundledContent() { return found }
        throw CommandFailure(message: "error: cannot find the bundled Content/ folder; pass --content DIR or set PATHWAYS_CONTENT")
    }

    /// Loads the content — from the compiled store when it is fresh (see `ContentStore`) — and
    /// refuses to go on if it has errors, listing the first few.
    func graph() throws -> PathwayGraph {
        let directory = try directory()
        let loaded = ContentStore().load(from: directory).content
        guard loaded.isClean else {
            let shown = loaded.diagnostics.prefix(10).map(\.description)
            let more = loaded.diagnostics.count > 10 ? ["... and \(loaded.diagnostics.count - 10) more"] : []
            throw CommandFailure(message: (shown + more + ["run 'pathways validate \(directory.relativePath)' for every finding"]).joined(separator: "\n"))
        }
        return loaded.graph
    }
}

extension PathwayGraph {
    /// Throws an "unknown ID" failure with the nearest IDs as suggestions.
    func unknown(_ what: String, _ id: String) -> CommandFailure {
        let near = suggestions(for: id)
        let hint = near.isEmpty ? "" : "; did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        return CommandFailure(message: "error: unknown \(what) '\(id)'\(hint)")
    }
}
