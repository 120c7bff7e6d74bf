import Foundation
import PathwaysGraph

/// A fresh store, opened: the front already read, the rest read by `finish()`.
///
/// The front is what the explorer's home screen needs — content info, sources, clusters and
/// jobs — so a first frame can be drawn before the steps and progressions of a national-size
/// catalogue are decoded.
public final class OpenedStore: Sendable {
    /// Content info, sources, clusters and the first cluster's jobs; no other jobs, steps,
    /// providers, funding or progressions.
    public let front: Catalogue
    /// Every cluster's number of jobs in the whole content.
    public let jobCounts: [Int]
    private let file: StoreFile

    /// Opens `file` and checks it belongs to this program and to `directory` as it is now.
    init(file path: String, programKey: [UInt8], directory: String) throws(ContentStore.Problem) {
        file = try StoreFile(path: path, programKey: programKey)
        let fingerprint = try file.read(.files) { try ContentFingerprint(from: &$0) }
        guard fingerprint.matches(directory) else { throw .init(reason: "store stale (content or program changed)") }
        (front, jobCounts) = try file.read(.front) { r in (try Catalogue(front: &r), try (0..<r.count()).map { _ in try r.int() }) }
    }

    /// What the home screen needs, as a graph: see `PathwayGraph.init(preview:jobCounts:)`.
    public var preview: PathwayGraph { PathwayGraph(preview: front, jobCounts: jobCounts) }

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
        let counts = catalogue.jobCounts
        front.count(counts.count)
        counts.forEach { front.int($0) }
        var rest = StoreWriter(capacity: catalogue.progressions.count * 32)
        catalogue.writeRest(to: &rest)
        let bytes = StoreFile.bytes(programKey: programKey, sections: [files.bytes, front.bytes, rest.bytes])
        try StoreFile.replace(file, with: bytes)
    }
}

extension Catalogue {
    /// The front section: content info, sources, clusters and the first cluster's jobs — all
    /// a first frame of the home screen shows, and at national size an eighth of the jobs.
    init(front r: inout StoreReader) throws {
        self.init(info: try r.record(), sources: try r.records(), clusters: try r.records(), jobs: try r.records())
    }

    func writeFront(to w: inout StoreWriter) {
        w.record(info)
        w.records(sources)
        w.records(clusters)
        let first = clusters.first?.id
        w.records(jobs.filter { $0.clusters.contains { $0 == first } })
    }

    /// Each cluster's number of jobs, counted as the graph lists them (a job once per cluster).
    var jobCounts: [Int] {
        var index: [String: Int] = [:]
        for (i, c) in clusters.enumerated() where index[c.id] == nil { index[c.id] = i }
        var counts = [Int](repeating: 0, count: clusters.count)
        for job in jobs {
            for i in Set(job.clusters.compactMap { index[$0] }) { counts[i] += 1 }
        }
        return counts
    }

    /// The rest section: every job, steps, providers, funding rules and progressions.
    mutating func readRest(_ r: inout StoreReader) throws {
        jobs = try r.records()
        steps = try r.records()
        providers = try r.records()
        funding = try r.records()
        progressions = try r.records()
    }

    func writeRest(to w: inout StoreWriter) {
        w.records(jobs)
        w.records(steps)
        w.records(providers)
        w.records(funding)
        w.records(progressions)
    }
}
