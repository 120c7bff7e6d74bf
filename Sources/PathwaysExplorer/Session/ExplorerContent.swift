import Foundation
import PathwaysGraph

/// The content the explorer opens with: all of it, a first look to draw while the rest loads
/// on another thread, or nothing yet while all of it is read.
///
/// A national-size catalogue takes longer to read than a first frame should: with a compiled
/// store, `staged` draws the home screen from the store's front (clusters and jobs), which
/// shows exactly what the whole content would, while steps and progressions are read. The
/// first key waits for the rest if it has not arrived yet; nothing is shown from the front
/// beyond the home screen.
public enum ExplorerContent: Sendable {
    /// Everything, loaded.
    case ready(PathwayGraph)
    /// A graph of the clusters and jobs alone, and the work that loads the whole graph (or
    /// says why it cannot: the message is printed when the explorer closes, exit code 1).
    case staged(preview: PathwayGraph, rest: @Sendable () -> Result<PathwayGraph, ExplorerContent.Failure>)
    /// The work that reads the whole graph from the YAML files, when there is no fresh compiled
    /// store (the first start, or the first after an update): it runs on another thread while
    /// `ReadingView` says so, since at national size it takes seconds.
    case reading(@Sendable () -> Result<PathwayGraph, ExplorerContent.Failure>)

    /// Why the rest of the content could not be loaded, as the person running it should read it.
    public struct Failure: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }
}

/// The whole content arriving from another thread: started at once, waited for when needed.
final class ArrivingContent: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<ExplorerContext, ExplorerContent.Failure>?

    /// Starts loading on a thread of its own; the search index is built there too.
    init(_ load: @escaping @Sendable () -> Result<PathwayGraph, ExplorerContent.Failure>) {
        let thread = Thread { [self] in
            let built = load().map { ExplorerContext(graph: $0) }
            condition.lock()
            result = built
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result when it has arrived, without waiting.
    var arrived: Result<ExplorerContext, ExplorerContent.Failure>? {
        condition.lock()
        defer { condition.unlock() }
        return result
    }

    /// The result, waiting for it.
    func wait() -> Result<ExplorerContext, ExplorerContent.Failure> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
