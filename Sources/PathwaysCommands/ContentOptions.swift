import ArgumentParser
import Foundation
import PathwaysContent
import PathwaysExplorer
import PathwaysGraph

/// `--content DIR`, shared by every subcommand that reads content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Content folder to read.", valueName: "DIR"))
    var content: String?

    /// The folder to read: `--content`, else `PATHWAYS_CONTENT`, else the bundled `Content/`.
    func directory() throws -> URL { try ContentOptions.directory(content) }

    /// `given`, else `PATHWAYS_CONTENT`, else the bundled `Content/`.
    static func directory(_ given: String?) throws -> URL {
        if let given { return URL(fileURLWithPath: given) }
        if let found = ContentLocator.bundledContent() { return found }
        throw CommandFailure(message: "error: cannot find the bundled Content/ folder; pass --content DIR or set PATHWAYS_CONTENT")
    }

    /// Loads the content — from the compiled store when it is fresh (see `ContentStore`) — and
    /// refuses to go on if it has errors, listing the first few.
    func graph() throws -> PathwayGraph { try ContentOptions.graph(of: directory()) }

    static func graph(of directory: URL) throws -> PathwayGraph {
        try ContentOptions.clean(ContentStore().load(from: directory).content, from: directory)
    }

    /// The content for the explorer: from a fresh compiled store, the store's front (clusters
    /// and jobs) for the first frame and the rest read on another thread; else the YAML, read
    /// once the screen is up and saying so (`ExplorerContent.reading`).
    func explorerContent() throws -> ExplorerContent { try ContentOptions.explorerContent(of: directory()) }

    static func explorerContent(of directory: URL) throws -> ExplorerContent {
        let store = ContentStore()
        guard case .success(let opened) = store.open(directory) else {
            return .reading { read(store, directory) }
        }
        return .staged(preview: opened.preview) {
            if case .success(let loaded) = opened.finish() { return .success(loaded.graph) }
            // The rest was damaged after the front checked out: read the YAML after all.
            return read(store, directory)
        }
    }

    /// The content read from its YAML (and compiled into the store for next time), or why not.
    private static func read(_ store: ContentStore, _ directory: URL) -> Result<PathwayGraph, ExplorerContent.Failure> {
        do throws(CommandFailure) {
            return .success(try clean(store.load(from: directory).content, from: directory))
        } catch {
            return .failure(ExplorerContent.Failure(message: error.message))
        }
    }

    /// The graph of content with no findings, or a failure listing the first few.
    static func clean(_ loaded: LoadedContent, from directory: URL) throws(CommandFailure) -> PathwayGraph {
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
