import ArgumentParser
import PathwaysGraph
import PathwaysTerminalCore
import PathwaysKiosk
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pathways kiosk`: the explorer locked down for a public terminal in a library, college foyer
/// or job centre. The operator leaves with F12 and the PIN set by `pathways kiosk --set-pin`.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the explorer locked down for a public terminal.",
        discussion: """
            Visitors use the arrow keys and Enter. Ctrl-C, Ctrl-Z, Ctrl-\\, q and Esc never leave it. \
            Staff leave with F12, then the PIN, then Enter. Settings come from --config FILE, else \
            $PATHWAYS_KIOSK_CONFIG, else \(KioskConfig.defaultPath): key = value lines with pin_hash, \
            pin_salt, pin_kdf, spool, print_command, idle_timeout and lockout_file. Set the PIN first \
            with --set-pin (6 to 12 digits, read from standard input; kept as a slow scrypt hash in \
            the file, written with permissions 0600). Wrong PINs lock the prompt for a minute after \
            three, doubling up to an hour, kept across restarts in lockout_file (default \
            \(KioskConfig.defaultLockoutName) beside the config), which the kiosk must be able to write.
            """
    )

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("The kiosk config file.", valueName: "FILE")) var config: String?
    @Option(help: ArgumentHelp("Folder where saved pathways go (overrides the config's spool).", valueName: "DIR")) var spool: String?
    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Seconds without a key before \"Are you still there?\" (default 120).", valueName: "SECONDS"))
    var idleTimeout: Int?
    @Option(name: .customLong("print-command"), help: ArgumentHelp("Print program and arguments, run without a shell, slip on stdin (e.g. \"lp -d foyer\").", valueName: "CMD"))
    var printCommand: String?
    @Flag(name: .customLong("set-pin"), help: "Set the operator PIN in the config file and exit.") var setPIN = false
    @Option(help: ArgumentHelp("Colour theme: standard or high-contrast.", valueName: "THEME")) var theme: ThemeChoice = .standard

    func validate() throws {
        if let idleTimeout, !(1...86_400).contains(idleTimeout) { throw ValidationError("--idle-timeout must be from 1 to 86400 seconds") }
        if let spool, !spool.hasPrefix("/") { throw ValidationError("--spool must be an absolute folder path") }
        if let printCommand, KioskPrinter.arguments(printCommand) == nil {
            throw ValidationError("--print-command is run without a shell: give a program and plain arguments, without quotes, $, ;, |, &, < or >")
        }
    }

    /// The config file: --config, else $PATHWAYS_KIOSK_CONFIG, else /etc/pathways/kiosk.conf.
    var configPath: String {
        if let config { return config }
        if let env = getenv("PATHWAYS_KIOSK_CONFIG"), env[0] != 0 { return String(cString: env) }
        return KioskConfig.defaultPath
    }

    func run() throws {
        let path = configPath
        if setPIN { return try savePIN(to: path) }
        // Before anything is loaded: restart once with the Swift runtime's crash reporter off.
        KioskProcess.disableCrashReporter(arguments: CommandLine.arguments)
        var file: KioskConfig
        do {
            file = try KioskConfig.load(from: path)
        } catch {
            let hint = access(path, F_OK) != 0 ? "\nSet an operator PIN first: pathways kiosk --set-pin --config \(path)" : ""
            throw CommandFailure(message: error.description + hint)
        }
        guard file.pin != nil else {
            throw CommandFailure(message: "\(path): error: no operator PIN is set; run 'pathways kiosk --set-pin --config \(path)'")
        }
        file.pin = nil    // checked; read again only when a PIN is typed
        let lockout = KioskLockoutFile(path: file.lockoutPath(configPath: path))
        if let problem = lockout.problem() {
            throw CommandFailure(message: "error: the kiosk keeps its wrong-PIN lockout in \(lockout.path), but \(problem); "
                                 + "let it write there or set lockout_file in \(path)")
        }
        let folder = spool ?? file.spool
        if let folder {
            var info = stat()
            guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw CommandFailure(message: "error: the spool folder \(folder) does not exist")
            }
            guard access(folder, W_OK) == 0 else { throw CommandFailure(message: "error: cannot write in the spool folder \(folder)") }
        }
        let printer = printCommand.flatMap(KioskPrinter.arguments) ?? file.printCommand
        let graph = try options.graph()
        // The PIN's hash is read again when a PIN is typed, not kept while visitors use the kiosk.
        let readPIN: @Sendable () -> KioskPIN? = { (try? KioskConfig.load(from: path))?.pin }
        let settings = Kiosk.Settings(readPIN: readPIN, lockoutFile: lockout, spool: folder, printCommand: printer,
                                      idleTimeout: idleTimeout ?? file.idleTimeout ?? 120, theme: theme.theme)
        let code = Kiosk.run(graph: graph, settings: settings)
        if code != 0 { throw ExitCode(code) }
    }

    /// Reads the new PIN (twice when typed at a terminal, without echo) and saves it.
    private func savePIN(to path: String) throws {
        let interactive = isatty(0) == 1
        guard let pin = KioskCommand.readSecret(prompt: interactive ? "New operator PIN (6 to 12 digits): " : nil) else {
            throw CommandFailure(message: "error: no PIN given on standard input")
        }
        if let problem = KioskPIN.problem(with: pin) { throw CommandFailure(message: "error: \(problem)") }
        if interactive {
            guard KioskCommand.readSecret(prompt: "Type it again: ") == pin else {
                throw CommandFailure(message: "error: the two PINs are not the same; nothing was changed")
            }
        }
        do {
            try KioskConfig.savePIN(KioskPIN.make(pin: pin), to: path)
        } catch {
            throw CommandFailure(message: error.description)
        }
        Output.error("The operator PIN is saved in \(path).")
    }

    /// One line from standard input, with echo off while it is typed at a terminal.
    static func readSecret(prompt: String?) -> String? {
        var saved = termios()
        let terminal = isatty(0) == 1 && tcgetattr(0, &saved) == 0
        if let prompt { var bytes = Array(prompt.utf8); _ = write(2, &bytes, bytes.count) }
        if terminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(0, TCSAFLUSH, &quiet)
        }
        let line = readLine(strippingNewline: true)
        if terminal {
            _ = tcsetattr(0, TCSAFLUSH, &saved)
            var newline = Array("\n".utf8)
            _ = write(2, &newline, 1)
        }
        return line.map { String($0.filter { $0 != "\r" }) }
    }
}
