import ArgumentParser
import PathwaysTerminalCore
import PathwaysExplorer

/// `pathways` (or `pathways browse`): the explorer, for an adviser and a resident together.
///
/// `--session FILE` resumes a saved session (profile, plan and notes); Ctrl-S then saves back
/// to it. A file that cannot be read is reported on stderr (exit 1) and never overwritten.
/// The resident flags (`--age`, `--care-leaver`, …) start with a profile, on top of a session's.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the explorer (the default).")

    @OptionGroup var options: ContentOptions
    @OptionGroup var resident: ProfileOptions
    @Option(help: ArgumentHelp("Colour theme: standard or high-contrast.", valueName: "THEME")) var theme: ThemeChoice = .standard

    func run() throws {
        let session = try resident.loadSession()
        let content = try options.explorerContent()
        var explorer = Explorer.Options(theme: theme.theme, session: session, sessionPath: resident.session)
        if resident.isPersonal || resident.level != nil {
            let profile = resident.profile(from: session)
            if var s = explorer.session { s.profile = profile; explorer.session = s } else { explorer.profile = profile }
        }
        let code = Explorer.run(content: content, options: explorer)
        if code != 0 { throw ExitCode(code) }
    }
}

extension BrowseCommand {
    /// `pathways` with no arguments: the explorer on the bundled (or `PATHWAYS_CONTENT`)
    /// content, standard theme, no session or resident — what `run()` does with every
    /// default, without the argument parser, which takes a fifth of a first frame's time
    /// looking up its own option types.
    static func runPlain() throws {
        let code = Explorer.run(content: try ContentOptions.explorerContent(of: ContentOptions.directory(nil)), options: .init())
        if code != 0 { throw ExitCode(code) }
    }
}

/// A `--theme` value.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable {
    case standard
    case highContrast = "high-contrast"

    var theme: Theme { self == .standard ? .standard : .highContrast }
}
