import ArgumentParser
import Foundation
import PathwaysContent

/// `pathways synth`: writes a seeded synthetic content set, for benchmarks and scale tests.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth", abstract: "Write seeded synthetic content (valid YAML) for benchmarks.")

    @Option(help: "Number of steps.") var steps: Int = 1000
    @Option(help: "Number of jobs.") var jobs: Int = 100
    @Option(help: "Random seed: the same seed writes the same content.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Folder to write (created if missing).", valueName: "DIR")) var out: String

    func validate() throws {
        guard steps >= 10, steps <= 2_000_000 else { throw ValidationError("--steps must be between 10 and 2000000") }
        guard jobs >= 1, jobs <= steps else { throw ValidationError("--jobs must be between 1 and --steps") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: out)
        do {
            try SyntheticContent(steps: steps, jobs: jobs, seed: seed).write(to: url)
        } catch {
            throw CommandFailure(message: "error: cannot write synthetic content to \(out): \(error.localizedDescription)")
        }
        Output.line("wrote \(steps) steps and \(jobs) jobs to \(out)")
    }
}
