import ArgumentParser
import PathwaysTerminal

/// `pathways` (or `pathways browse`): the explorer, for an adviser and a resident together.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the explorer (the default).")

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("Colour theme: standard or high-contrast.", valueName: "THEME")) var theme: ThemeChoice = .standard

    func run() throws {
        let graph = try options.graph()
        let code = Explorer.run(graph: graph, options: .init(theme: theme.theme))
        if code != 0 { throw ExitCode(code) }
    }
}

/// A `--theme` value.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable {
    case standard
    case highContrast = "high-contrast"

    var theme: Theme { self == .standard ? .standard : .highContrast }
}
