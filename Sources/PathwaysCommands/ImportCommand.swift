import ArgumentParser
import Foundation
import PathwaysContent
import PathwaysGraph
import PathwaysImport

/// `pathways import`: writes `Content/national/` from the official datasets, or with `--check`
/// says what a new download would change.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the official datasets into the content's national layer (Content/national/).",
        discussion: """
            Reads the Skills England apprenticeship standards CSV, the ONS SOC 2020 structure and coding index, \
            ASHE Table 14.7a and the National Careers Service job profiles from --data DIR (default: the \
            PATHWAYS_DATA environment variable, else ../shared/data beside the checkout), applies \
            Content/curation/import.yaml, and writes YAML to --out DIR (default: Content/national). \
            The same inputs give byte-identical files. Problems in a dataset are listed as FILE:LINE: error: ... \
            and nothing is written. \(NationalWriter.attribution)
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Folder of the official datasets.", valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Folder to write the national layer to (default: CONTENT/national).", valueName: "DIR"))
    var out: String?

    @Flag(name: .long, help: "Write nothing; print what the datasets would change against the current national layer.")
    var check = false

    func run() throws {
        let content = try options.directory()
        let dataDirectory = try dataFolder(content: content)
        let outDirectory = out.map { URL(fileURLWithPath: $0) } ?? content.appendingPathComponent(ContentLoader.nationalFolder)
        let curated = ContentLoader(readsNational: false).load(from: content).catalogue
        let result = ImportCommand.build(data: dataDirectory, content: content, curated: curated)
        guard case .success(let (datasets, national)) = result else {
            if case .failure(let failure) = result {
                let n = failure.errors.count
                throw CommandFailure(message: failure.description + "\n\(Wording.plural(n, "problem")); nothing was written")
            }
            return
        }
        if check {
            let current = ContentLoader(readsNational: false).load(from: outDirectory).catalogue
            let report = ImportCheck(current: (current.steps, current.jobs), new: national, curatedJobs: curated.jobs)
            print(report.lines.joined(separator: "\n"))
            return
        }
        let files = NationalWriter().files(for: national, datasets: datasets.files)
        do {
            try NationalWriter().write(files, to: outDirectory)
        } catch {
            throw CommandFailure(message: "error: cannot write \(outDirectory.relativePath): \(error.localizedDescription)")
        }
        let linked = Set(national.progressions.map(\.to))
        print("\(outDirectory.relativePath): \(national.steps.count) apprenticeship standards, \(national.jobs.count) jobs, \(national.progressions.count) progressions (\(linked.count) records linked); pay from ASHE \(national.payYear) \(national.payEdition)")
        print(NationalWriter.attribution)
    }

    /// Reads the datasets and the curation, and builds the national layer.
    static func build(data: URL, content: URL, curated: Catalogue) -> Result<(NationalDatasets, NationalContent), ImportFailure> {
        Result { () throws(ImportFailure) -> (NationalDatasets, NationalContent) in
            let datasets = try NationalDatasets.read(from: data)
            let curation = try ImportCuration.read(contentDirectory: content, display: content.relativePath)
            let national = try NationalImport(datasets: datasets, curated: curated, curation: curation)
                .run(curationFile: content.relativePath + "/" + ImportCuration.path)
            return (datasets, national)
        }
    }

    /// `--data`, else `PATHWAYS_DATA`, else `../shared/data` beside the checkout holding the content.
    func dataFolder(content: URL) throws -> URL {
        if let data { return URL(fileURLWithPath: data) }
        if let named = ProcessInfo.processInfo.environment["PATHWAYS_DATA"], !named.isEmpty { return URL(fileURLWithPath: named) }
        let beside = content.standardizedFileURL.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data")
        guard FileManager.default.fileExists(atPath: beside.path) else {
            throw CommandFailure(message: "error: no data folder at \(beside.path); pass --data DIR or set PATHWAYS_DATA")
        }
        return beside
    }
}
