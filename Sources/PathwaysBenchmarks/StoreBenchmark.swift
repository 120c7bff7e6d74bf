import Foundation
import PathwaysContent
import PathwaysGraph

/// Times the compiled content store for one content folder, in a private cache folder: the
/// load that writes it (YAML, then the store), then loads that read it, fingerprint included.
enum StoreBenchmark {
    static func measure(_ directory: URL, into report: inout ContentBenchmark.Report) {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-store-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: cache) }
        let store = ContentStore(cacheFolder: cache)
        let (first, firstTime) = time { store.load(from: directory) }
        let (_, yamlOnly) = time { ContentLoader().load(from: directory) }
        report.storeWriteMs = max(0, firstTime - yamlOnly) * 1000
        guard first.outcome != .store else { return }
        var loads: [Double] = []
        for _ in 0..<(report.steps > 50_000 ? 5 : 21) {
            let ((_, outcome), t) = time { store.load(from: directory) }
            guard outcome == .store else {
                print("compiled store not used: \(outcome)")
                return
            }
            loads.append(t)
        }
        report.storeLoadMs = Spread(loads)
        var fronts: [Double] = []
        for _ in 0..<21 {
            let (graph, t) = time { () -> PathwayGraph? in
                guard case .success(let opened) = store.open(directory) else { return nil }
                return opened.preview
            }
            guard graph != nil else { return }
            fronts.append(t)
        }
        report.storeFrontMs = Spread(fronts)
    }
}
