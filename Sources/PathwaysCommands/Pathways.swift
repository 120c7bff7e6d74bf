import ArgumentParser
import Foundation

/// The `pathways` command: the explorer by default, and plain subcommands for scripts.
public struct Pathways: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pathways",
        abstract: "Explore learning pathways to jobs in the West Midlands.",
        discussion: "With no subcommand, opens the explorer. Content comes from --content DIR, else the PATHWAYS_CONTENT environment variable, else the bundled Content/ folder.",
        subcommands: [
            BrowseCommand.self, ValidateCommand.self, ClustersCommand.self, JobsCommand.self, ShowCommand.self,
            SearchCommand.self, RoutesCommand.self, ExportCommand.self, KioskCommand.self, SynthCommand.self,
            ImportCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    public init() {}

    /// Runs the command line and returns the exit code: 0 success, 1 a finding or failure,
    /// 2 bad usage (with a usage message on standard error).
    public static func main(arguments: [String]) -> Int32 {
        do {
            if arguments.isEmpty {
                try BrowseCommand.runPlain()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            return failure.exitCode
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Output.line(message) }
                return 0
            }
            if !message.isEmpty { Output.error(message) }
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}

/// A failure a subcommand reports with its own message and exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32 = 1
}
