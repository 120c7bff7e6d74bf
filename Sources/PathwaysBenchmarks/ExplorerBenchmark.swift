import Foundation
import PathwaysGraph
import PathwaysTerminalCore
import PathwaysExplorer

/// Times the explorer through the in-memory terminal: the first frame, and keystrokes on the
/// pathway graph view and in search.
enum ExplorerBenchmark {
    static func run(graph: PathwayGraph) {
        var firstFrames: [Double] = []
        for _ in 0..<21 {
            firstFrames.append(time {
                let session = ExplorerSession(graph: graph, width: 80, height: 24)
                session.render()
            }.1)
        }
        print("  first frame at 80x24 (context + render, content already loaded): \(summary(firstFrames))")
        var indexTimes: [Double] = []
        for _ in 0..<21 { indexTimes.append(time { SearchIndex(graph: graph) }.1) }
        print("    of which building the search index: \(summary(indexTimes))")

        // Home → first cluster → first job → its pathway graph, then move around it.
        let session = ExplorerSession(graph: graph, width: 120, height: 40)
        session.render()
        session.send(.enter)
        session.send(.enter)
        session.send(.enter)
        var graphKeys: [Double] = []
        for i in 0..<200 {
            let key: Key = [.down, .right, .up, .left][i % 4]
            graphKeys.append(time { session.send(key) }.1)
        }
        print("  keystroke on the pathway graph view at 120x40 (reduce + render): \(summary(graphKeys))")

        let search = ExplorerSession(graph: graph, width: 120, height: 40)
        search.render()
        search.send(.character("/"))
        var searchKeys: [Double] = []
        for round in 0..<10 {
            for ch in "software engineer" { searchKeys.append(time { search.send(.character(ch)) }.1) }
            for _ in 0..<"software engineer".count { searchKeys.append(time { search.send(.backspace) }.1) }
            _ = round
        }
        print("  keystroke in search, typing and deleting 'software engineer': \(summary(searchKeys))")
    }
}
