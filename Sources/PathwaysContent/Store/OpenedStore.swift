import Foundation
import PathwaysGraph

/// A fresh store, opened: the front already read, the rest read by `finish()`.
///
/// The front is what the explorer's home screen needs — content info, sources, clusters and
/// jobs — so a first frame can be drawn before the steps and progressions of a national-size
/// catalogue are decoded.
public final class OpenedStore: Sendable {
    /// Content info, sources, clusters and jobs; no steps, providers, funding or progressions.
    public let front: Catalogue
    private let file: StoreFile

    /// Opens `file` and checks it belongs to this program and to `directory` as it is now.
    init(file path: String, programKey: [UInt8], directory: String) throws(ContentStore.Problem) {
        file = try StoreFile(path: path, programKey: programKey)
        let fingerprint = try file.read(.files) { try ContentFingerprint(from: &$0) }
        guard fingerprint.matches(directory) else { throw .init(reason: "store stale (content or program changed)") }
        front = try file.read(.front) { try Catalogue(front: &$0) }
    }

    /// Reads the rest and builds the whole content with its graph; a damaged rest says why.
    public func finish() -> Result<LoadedContent, ContentStore.Problem> {
        do {
            var catalogue = front
            try file.read(.rest) { try catalogue.readRest(&$0) }
            return .success(LoadedContent(validated: catalogue))
        } catch {
            return .failure(error)
        }
    }
}

extension ContentStore {
    /// Writes a store file atomically: a private temp file in the same folder, synced, then
    /// renamed over the old one. The folder is created when missing.
    func write(_ catalogue: Catalogue, fingerprint: ContentFingerprint, to file: URL) throws {
        var files = StoreWriter()
        files.record(fingerprint)
        var front = StoreWriter()
        catalogue.writeFront(to: &front)
        var rest = StoreWriter(capacity: catalogue.progressions.count * 32)
        catalogue.writeRest(to: &rest)
        let bytes = StoreFile.bytes(programKey: programKey, sections: [files.bytes, front.bytes, rest.bytes])
        try StoreFile.replace(file, with: bytes)
    }
}

extension Catalogue {
    /// The front section: content info, sources, clusters and jobs.
    init(front r: inout StoreReader) throws {
        self.init(info: try r.record(), sources: try r.records(), clusters: try r.records(), jobs: try r.records())
    }

    func writeFront(to w: inout StoreWriter) {
        w.record(info)
        w.records(sources)
        w.records(clusters)
        w.records(jobs)
    }

    /// The rest section: steps, providers, funding rules and progressions.
    mutating func readRest(_ r: inout StoreReader) throws {
        steps = try r.records()
        providers = try r.records()
        funding = try r.records()
        progressions = try r.records()
    }

    func writeRest(to w: inout StoreWriter) {
        w.records(steps)
        w.records(providers)
        w.records(funding)
        w.records(progressions)
    }
}
