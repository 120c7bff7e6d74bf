import Foundation

/// Merges builders read in parallel into one, in file order: a part that comes in early waits
/// until every earlier part is merged, and is let go as soon as it is.
final class OrderedMerger: @unchecked Sendable {
    // Guarded by `lock`.
    private var builder: CatalogueBuilder
    private var waiting: [Int: CatalogueBuilder] = [:]
    private var next = 0
    private let lock = NSLock()

    init(_ builder: CatalogueBuilder) { self.builder = builder }

    /// Hands over part `index` (each index from 0 up exactly once).
    func add(_ part: CatalogueBuilder, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = part
        while var ready = waiting.removeValue(forKey: next) {
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
