import Foundation
import PathwaysGraph

/// Merges builders read in parallel into one, in file order: a part that comes in early waits
/// until every earlier part is merged, and is let go as soon as it is.
final class OrderedMerger: @unchecked Sendable {
    // Guarded by `lock`.
    private var builder: CatalogueBuilder
    private var waiting: [Int: CatalogueBuilder] = [:]
    private var next = 0
    private let lock = NSLock()
    /// The kind of record each part holds, and how many parts of each kind are still to come.
    private let kinds: [RecordKind]
    private var partsToCome: [RecordKind: Int]

    /// A merger of one part per file, of the kinds given, after what `builder` holds.
    init(_ builder: CatalogueBuilder, kinds: [RecordKind]) {
        self.builder = builder
        self.kinds = kinds
        partsToCome = Dictionary(kinds.map { ($0, 1) }, uniquingKeysWith: +)
    }

    /// Hands over part `index` (each index from 0 up exactly once).
    func add(_ part: CatalogueBuilder, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = part
        while var ready = waiting.removeValue(forKey: next) {
            let kind = kinds[next]
            builder.reserve(like: ready, times: partsToCome[kind] ?? 1)
            partsToCome[kind, default: 1] -= 1
            builder.merge(&ready)
            next += 1
        }
    }

    /// The merged builder, once every part is in.
    func take() -> CatalogueBuilder {
        lock.lock()
        defer { lock.unlock() }
        return builder
    }
}
