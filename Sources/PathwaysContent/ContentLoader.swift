import Foundation
import PathwaysFiles
import PathwaysGraph

/// Reads a `Content/` folder of YAML into a catalogue and its pathway graph, with every
/// problem reported as `FILE:LINE:COLUMN: error: MESSAGE`.
///
/// Reads `content.yaml`, then each `*.yaml` / `*.yml` file of `sources/`, `clusters/`, `jobs/`,
/// `steps/`, `providers/` and `funding/` in sorted order, then the same folders under
/// `national/` (the imported layer); a missing folder is simply empty.
/// Every file is screened before parsing (size, UTF-8, NUL bytes, anchors and aliases,
/// nesting depth) so a hostile file gets an error rather than a hang. After reading, the
/// catalogue is validated and each finding is placed at the record it names.
///
/// File paths in diagnostics are built from the directory as passed: load
/// `URL(fileURLWithPath: "Content")` and errors read `Content/jobs/logistics.yaml:14:5: ...`.
public struct ContentLoader: Sendable {
    public var limits: ContentLimits
    /// Whether to read the imported national layer, `national/<kind>/` beside the curated
    /// folders (the importer reads the curated layer alone).
    public var readsNational: Bool

    /// Whether plain files are read by the content's own `YAMLReader` (the fast way) rather
    /// than all by Yams; the tests turn it off to compare the two.
    var readsPlainYAMLItself = true

    public init(limits: ContentLimits = .standard, readsNational: Bool = true) {
        self.limits = limits
        self.readsNational = readsNational
    }

    /// The folder of the imported national layer, inside a content folder.
    public static let nationalFolder = "national"

    /// Loads a content folder. Never throws: every problem becomes a diagnostic, and whatever
    /// could be read is still returned.
    public func load(from directory: URL) -> LoadedContent {
        let display = ContentLoader.displayPath(of: directory)
        let root = directory.path
        var builder = CatalogueBuilder()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            builder.diagnostics.append(Diagnostic(.wholeFile(display), "content folder not found"))
            return LoadedContent(builder)
        }
        let infoFile = display + "/content.yaml"
        if FileManager.default.fileExists(atPath: root + "/content.yaml") {
            if let document = readYAML(at: root + "/content.yaml", display: infoFile, into: &builder) {
                builder.readInfo(document, file: infoFile)
            }
        } else {
            builder.diagnostics.append(Diagnostic(.wholeFile(infoFile),
                "file not found; content.yaml names the content set with its title, version and date"))
        }
        var files: [RecordFile] = []
        let layers = readsNational ? ["", ContentLoader.nationalFolder + "/"] : [""]
        for layer in layers {
            for kind in RecordKind.allCases {
                let folder = layer + kind.folder
                for name in recordFiles(in: root + "/" + folder, display: display + "/" + folder, into: &builder) {
                    files.append(RecordFile(kind: kind, path: root + "/" + folder + "/" + name,
                                            display: display + "/" + folder + "/" + name))
                }
            }
        }
        read(files, into: &builder)
        return finish(builder, infoFile: infoFile)
    }

    /// Loads a content set held in memory: one record file's bytes for each kind given, read
    /// as `<folder>.yaml` (`steps.yaml`), screened and checked exactly as files are. No
    /// `content.yaml` is needed. For the fuzzer, and for tools that build content in memory.
    public func load(records: [RecordKind: [UInt8]]) -> LoadedContent {
        var builder = CatalogueBuilder()
        for kind in RecordKind.allCases {
            guard let bytes = records[kind] else { continue }
            let display = kind.folder + ".yaml"
            switch parse(bytes, display: display) {
            case .success(let document): builder.readRecords(document, kind: kind, file: display)
            case .failure(let problem):
                builder.diagnostics.append(problem.diagnostic)
                builder.graphIsIncomplete = true
            }
        }
        return finish(builder, infoFile: "content.yaml")
    }

    /// Builds the graph once, validates with it and places each finding.
    private func finish(_ read: CatalogueBuilder, infoFile: String) -> LoadedContent {
        var builder = read
        let (graph, findings) = builder.catalogue.graphAndFindings()
        builder.place(findings, fallback: infoFile)
        return LoadedContent(builder, graph: graph)
    }

    /// One record file to read.
    struct RecordFile: Sendable {
        var kind: RecordKind
        var path: String
        var display: String
    }

    /// Reads record files, in parallel where there are several, each into its own builder that
    /// is merged into `builder` as soon as every earlier file's is: the outcome does not depend
    /// on timing, and only the few files being read are held twice (YAML document and records).
    private func read(_ files: [RecordFile], into builder: inout CatalogueBuilder) {
        let merger = OrderedMerger(builder, kinds: files.map(\.kind))
        let work: @Sendable (Int) -> Void = { k in
            var part = CatalogueBuilder()
            if let document = readYAML(at: files[k].path, display: files[k].display, into: &part) {
                part.readRecords(document, kind: files[k].kind, file: files[k].display)
            } else {
                part.graphIsIncomplete = true
            }
            merger.add(part, at: k)
        }
        if files.count > 1 {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
        } else {
            files.indices.forEach(work)
        }
        builder = merger.take()
    }

    /// The directory's path as the caller wrote it, without a trailing slash.
    static func displayPath(of directory: URL) -> String {
        var path = directory.relativePath
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path.isEmpty ? "." : path
    }

    /// The YAML files of one record folder, sorted by name; none when the folder is absent. A
    /// folder that is there but cannot be listed (no permission, a loop of symbolic links, a
    /// file where the folder belongs) is reported by name, and the graph marked incomplete so
    /// its records' absence is not reported again as unreachable steps.
    private func recordFiles(in folder: String, display: String, into builder: inout CatalogueBuilder) -> [String] {
        let names: [String]
        switch Folder.names(in: folder) {
        case .success(let found): names = found
        case .failure(.missing): return []
        case .failure(let problem):
            builder.diagnostics.append(Diagnostic(.wholeFile(display), "cannot read the folder: \(problem.reason)"))
            builder.graphIsIncomplete = true
            return []
        }
        var files = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
        if files.count > limits.maxFilesPerFolder {
            builder.diagnostics.append(Diagnostic(.wholeFile(display),
                "folder holds \(files.count) YAML files, over the limit of \(limits.maxFilesPerFolder); only the first \(limits.maxFilesPerFolder) were read"))
            files = Array(files.prefix(limits.maxFilesPerFolder))
        }
        return files
    }

    /// Reads, screens and composes one file; nil (with a diagnostic) when it cannot be used.
    private func readYAML(at path: String, display: String, into builder: inout CatalogueBuilder) -> YAMLDocument? {
        switch screenAndCompose(at: path, display: display) {
        case .success(let node): return node
        case .failure(let problem):
            builder.diagnostics.append(problem.diagnostic)
            return nil
        }
    }

    /// A reason a file could not be used.
    struct FileProblem: Error {
        var diagnostic: Diagnostic
    }

    private func screenAndCompose(at path: String, display: String) -> Result<YAMLDocument, FileProblem> {
        func fail(_ location: SourceLocation, _ message: String) -> Result<YAMLDocument, FileProblem> {
            .failure(FileProblem(diagnostic: Diagnostic(location, message)))
        }
        switch RegularFile.read(path, limit: limits.maxFileBytes) {
        case .success(let bytes):
            return parse(bytes, display: display)
        case .failure(.tooLarge(let limit)):
            return fail(.wholeFile(display), "file is larger than the limit of \(limit) bytes; split its records over several files")
        case .failure(let problem):
            return fail(.wholeFile(display), "cannot read the file: \(problem.reason)")
        }
    }

    /// Reads one file's bytes: by the content's own reader when it can, else screened and
    /// composed by Yams.
    func parse(_ bytes: [UInt8], display: String) -> Result<YAMLDocument, FileProblem> {
        func fail(_ location: SourceLocation, _ message: String) -> Result<YAMLDocument, FileProblem> {
            .failure(FileProblem(diagnostic: Diagnostic(location, message)))
        }
        if bytes.isEmpty { return fail(SourceLocation(file: display, line: 1, column: 1), "file is empty") }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = FileSafetyCheck.position(of: nul, in: bytes)
            return fail(SourceLocation(file: display, line: line, column: column),
                        "file contains a NUL byte; content files are plain UTF-8 text")
        }
        if let bad = ContentLoader.firstInvalidUTF8(in: bytes) {
            let (line, column) = FileSafetyCheck.position(of: bad, in: bytes)
            return fail(SourceLocation(file: display, line: line, column: column),
                        "file is not valid UTF-8 text (bad byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")
        }
        // A byte order mark is allowed at the start (some Windows editors add one); the parser
        // is given the text without it.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        // A file the reader takes needs no screen (see `YAMLReader`); Yams gets only screened files.
        if readsPlainYAMLItself, let document = YAMLReader.read(body, screenDepth: limits.maxDepth) { return .success(document) }
        if let problem = FileSafetyCheck.firstProblem(in: bytes, maxDepth: limits.maxDepth) {
            return fail(SourceLocation(file: display, line: problem.line, column: problem.column), problem.message)
        }
        return compose(body, display: display, bytes: bytes)
    }

    /// Byte offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        // The standard library's validation is quick; find the offset only when it fails.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
