import Foundation
import PathwaysGraph
import PathwaysTerminalCore
import PathwaysSession
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive explorer: the entry point the `pathways` command calls.
public enum Explorer {
    /// How the explorer looks, and what it opens with.
    public struct Options: Sendable {
        public var theme: Theme
        /// A session to resume: its profile, plan and notes are on screen from the start.
        public var session: Session?
        /// Where `session` came from (or where a new one should be saved); Ctrl-S saves here.
        public var sessionPath: String?
        /// A profile to start with when there is no session (from the command-line flags).
        public var profile: Profile?

        public init(theme: Theme = .standard, session: Session? = nil, sessionPath: String? = nil, profile: Profile? = nil) {
            self.theme = theme
            self.session = session
            self.sessionPath = sessionPath
            self.profile = profile
        }
    }

    /// Runs the explorer on the real terminal; returns the process exit code.
    ///
    /// Not a terminal (stdin or stdout not a tty) or TERM dumb or unset: prints a message to
    /// stderr pointing to the plain subcommands and returns 2, writing nothing to stdout.
    /// Quitting with q returns 0; Ctrl-C 130; SIGTERM, SIGHUP, SIGINT and SIGQUIT return 128 +
    /// the signal, after restoring the terminal.
    public static func run(graph: PathwayGraph, options: Options) -> Int32 {
        run(content: .ready(graph), options: options)
    }

    /// Runs the explorer on content that may still be arriving (see `ExplorerContent`). A
    /// staged start is only for the home screen: with a session to resume, the whole content
    /// is waited for before the first frame. The process is expected to exit when it returns:
    /// the content is not freed.
    public static func run(content: ExplorerContent, options: Options) -> Int32 {
        if let why = TerminalCheck.problem() {
            return TerminalCheck.refuse(
                "pathways: the interactive explorer needs a terminal, and \(why).\n"
                    + "Use the plain commands instead: pathways clusters, pathways jobs, pathways show ID, "
                    + "pathways search WORDS, pathways routes --to JOB (add --json for scripts).\n")
        }
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
        var arriving: ArrivingContent?
        let context: ExplorerContext
        switch content {
        case .ready(let graph):
            context = ExplorerContext(graph: graph)
        case .staged(let preview, let rest):
            if options.session == nil {
                context = ExplorerContext(graph: preview, indexing: false)
            } else {
                switch ArrivingContent(rest).wait() {
                case .success(let loaded): context = loaded
                case .failure(let failure): return refuse(failure)
                }
            }
        }
        let signals = SignalWatcher()
        let terminal = CursesTerminal(theme: options.theme, useColor: !noColor)
        defer {
            terminal.shutdown()
            signals.stop()
        }
        let session = ExplorerSession(context: context, terminal: terminal, options: options)
        session.render()
        // The rest is read once the first frame is out, so the two never compete for a core.
        if case .staged(_, let rest) = content, options.session == nil { arriving = ArrivingContent(rest) }
        while !session.finished {
            if let sig = signals.received { terminal.shutdown(); return 128 + sig }
            if let pending = arriving, let result = pending.arrived {
                guard case .success(let whole) = result else { break }
                session.replaceContent(with: whole)
                arriving = nil
                session.render()
            }
            guard let action = terminal.nextAction(timeout: arriving == nil ? 200 : 10) else { continue }
            if let pending = arriving {
                // A key before the rest has arrived waits for it: never a key on half the content.
                guard case .success(let whole) = pending.wait() else { break }
                session.replaceContent(with: whole)
                arriving = nil
            }
            if case .resize = action { terminal.invalidate() }
            session.send(action: action)
        }
        if let pending = arriving, case .failure(let failure) = pending.wait() {
            terminal.shutdown()
            return refuse(failure)
        }
        // The terminal is given back at once, and the content is left for the process's exit
        // to reclaim: freeing a national graph record by record took a tenth of a second after
        // q, with the screen still up.
        terminal.shutdown()
        _ = Unmanaged.passRetained(session)
        return session.state.exitCode
    }

    /// Prints why the content could not be loaded; exit code 1.
    private static func refuse(_ failure: ExplorerContent.Failure) -> Int32 {
        FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        return 1
    }
}
