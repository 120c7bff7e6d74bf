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
        // What to show first, found before the terminal starts unless it must be read.
        let start: Start
        switch content {
        case .ready(let graph):
            start = .loaded(ExplorerContext(graph: graph))
        case .staged(let preview, let rest):
            if options.session == nil {
                start = .loaded(ExplorerContext(graph: preview, indexing: false))
            } else {
                switch ArrivingContent(rest).wait() {
                case .success(let loaded): start = .loaded(loaded)
                case .failure(let failure): return refuse(failure)
                }
            }
        case .reading(let load):
            start = .toRead(load)
        }
        let signals = SignalWatcher()
        let terminal = CursesTerminal(theme: options.theme, useColor: !noColor)
        defer {
            terminal.shutdown()
            signals.stop()
        }
        let context: ExplorerContext
        var typedAhead: [Action] = []
        switch start {
        case .loaded(let found):
            context = found
        case .toRead(let load):
            switch read(load, on: terminal, signals: signals) {
            case .read(let loaded, let typed): context = loaded; typedAhead = typed
            case .failed(let failure): terminal.shutdown(); return refuse(failure)
            case .stopped(let code): terminal.shutdown(); return code
            }
        }
        let session = ExplorerSession(context: context, terminal: terminal, options: options)
        session.render()
        // Keys typed while the content was read count, in order, as keys before a staged start's
        // rest arrives do.
        for action in typedAhead where !session.finished { session.send(action: action) }
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

    /// What the first frame shows: content already in hand, or content to read once the
    /// terminal has started (`ExplorerContent.reading`).
    private enum Start {
        case loaded(ExplorerContext)
        case toRead(@Sendable () -> Result<PathwayGraph, ExplorerContent.Failure>)
    }

    /// How reading the content ended: the content with the keys typed meanwhile, why it could not
    /// be read, or the exit code of a Ctrl-C or a signal that ended the wait.
    private enum Reading {
        case read(ExplorerContext, typed: [Action])
        case failed(ExplorerContent.Failure)
        case stopped(Int32)
    }

    /// Reads the content on another thread with `ReadingView` on the screen, redrawn at each
    /// resize; Ctrl-C stops at once (130), other keys wait for the content. Only this path
    /// draws it: a fresh compiled store never waits here.
    private static func read(
        _ load: @escaping @Sendable () -> Result<PathwayGraph, ExplorerContent.Failure>, on terminal: CursesTerminal,
        signals: SignalWatcher
    ) -> Reading {
        let arriving = ArrivingContent(load)
        func draw() {
            let size = terminal.size
            terminal.draw(ReadingView.render(width: size.width, height: size.height, glyphs: terminal.glyphs, asciiOnly: terminal.asciiOnly))
        }
        draw()
        var typed: [Action] = []
        while true {
            if let signal = signals.received { return .stopped(128 + signal) }
            switch arriving.arrived {
            case .success(let loaded): return .read(loaded, typed: typed)
            case .failure(let failure): return .failed(failure)
            case nil: break
            }
            guard let action = terminal.nextAction(timeout: 20) else { continue }
            switch action {
            case .resize:
                terminal.invalidate()
                draw()
            case .key(.interrupt): return .stopped(130)
            default: typed.append(action)
            }
        }
    }

    /// Prints why the content could not be loaded; exit code 1.
    private static func refuse(_ failure: ExplorerContent.Failure) -> Int32 {
        FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        return 1
    }
}
