// Screen tests: every screen drawn into the in-memory grid and compared with golden text files
// in Golden/. After a deliberate change to how screens look, regenerate the files with
//
//     PATHWAYS_UPDATE_GOLDEN=1 swift test --filter PathwaysExplorerTests
//
// and read the diff before committing it.

import Foundation
import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

@Suite struct ScreenTests {
    static let sizes = [(80, 24), (120, 40), (50, 20)]
    static let golden = Golden.directory(besides: #filePath)

    /// Key presses from Home that reach each screen.
    static let journeys: [(name: String, keys: [String])] = [
        ("home", []),
        ("cluster", ["enter"]),
        ("job", ["enter", "down", "enter"]),
        ("pathways-graph", ["enter", "down", "enter", "enter", "right", "right"]),
        ("pathways-list", ["enter", "down", "enter", "enter", "v", "down"]),
        ("step", ["enter", "down", "enter", "enter", "right", "right", "enter"]),
        ("provider", ["/", "c", "i", "t", "y", "enter"]),
        ("search", ["/", "s", "o", "f", "w", "a", "r", "e"]),
        ("plan", ["enter", "down", "enter", "m", "p"]),
        ("help", ["enter", "?"]),
        ("profile", ["r"]),
        ("compare", ["enter", "down", "enter", "c"]),
        ("compare-personal", ["r", "pgdn", "enter", "enter", "down", "enter", "c"]),
        ("job-personal", ["r", "pgdn", "enter", "enter", "down", "enter"]),
        ("pathways-personal", ["r", "pgdn", "enter", "enter", "down", "enter", "enter", "right"]),
        ("export-dialog", ["enter", "down", "enter", "e", "down"]),
    ]

    func session(_ keys: [String], width: Int, height: Int, graph: PathwayGraph = Fixtures.graph,
                 glyphs: Glyphs = .unicode) -> ExplorerSession {
        let s = ExplorerSession(graph: graph, width: width, height: height, glyphs: glyphs)
        s.render()
        for k in keys { s.send(Key(name: k)!) }
        return s
    }

    func check(_ text: String, _ name: String) {
        if let problem = Golden.check(text + "\n", file: name, in: ScreenTests.golden) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: journeys.map(\.name))
    func screenMatchesGolden(_ name: String) {
        let keys = ScreenTests.journeys.first { $0.name == name }!.keys
        for (w, h) in ScreenTests.sizes {
            let s = session(keys, width: w, height: h)
            let text = (s.terminal as! InMemoryTerminal).text
            check(text, "\(name)-\(w)x\(h).txt")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(DisplayWidth.of(String(line)) <= w, "\(name) at \(w)x\(h) overflows: \(line)")
            }
        }
    }

    @Test func tooSmallMessageComesAndGoes() {
        let s = session([], width: 30, height: 10)
        check(s.text, "too-small-30x10.txt")
        #expect(s.text.contains("Terminal too small"))
        #expect(s.text.contains("need 40x12"))
        s.resize(width: 80, height: 24)
        #expect(!s.text.contains("too small"))
        #expect(s.text.contains("Clusters"))
        // Shrinking and growing many times never garbles the screen.
        for (w, h) in [(39, 12), (40, 11), (40, 12), (200, 60), (61, 20), (59, 20), (119, 30), (120, 30), (80, 24)] {
            s.resize(width: w, height: h)
            let grid = (s.terminal as! InMemoryTerminal).screen
            #expect(grid.width == w && grid.height == h)
        }
        #expect(s.text == session([], width: 80, height: 24).text)
    }

    @Test func asciiGraphForPlainTerminals() {
        let s = session(ScreenTests.journeys[3].keys, width: 80, height: 24, glyphs: .ascii)
        check(s.text, "pathways-graph-ascii-80x24.txt")
        #expect(!s.text.unicodeScalars.contains { "─│┌┐└┘├┤┬┴┼▶›…".unicodeScalars.contains($0) })
    }

    /// NO_COLOR and monochrome terminals get only attributes: the selected row must be reverse
    /// and bold and carry a marker, so nothing depends on colour.
    @Test func selectionShownWithoutColour() {
        let s = session([], width: 80, height: 24)
        let grid = (s.terminal as! InMemoryTerminal).screen
        let styles = (0..<grid.height).map { grid.styleLine($0) }.joined(separator: "\n")
        check(styles, "home-styles-80x24.txt")
        #expect(grid.line(2).hasPrefix("> "))
        #expect(grid[2, 2].style.reverse && grid[2, 2].style.bold)
        #expect(!grid[2, 3].style.reverse)
        // On the graph, the chosen route is bold and marked "*", the cursor reversed and marked ">".
        let g = session(ScreenTests.journeys[3].keys, width: 80, height: 24)
        let graph = (g.terminal as! InMemoryTerminal).screen
        let text = graph.text
        #expect(text.contains("│>Level 3"))
        #expect(text.contains("│*ESOL"))
        let row = (0..<graph.height).first { graph.line($0).contains("│>Level 3") }!
        let col = graph.line(row).distance(from: graph.line(row).startIndex, to: graph.line(row).firstIndex(of: ">")!)
        #expect(graph[col, row].style.reverse)
    }

    @Test func highContrastNeverDims() {
        #expect(!Theme.highContrast.adjust(.muted).dim)
        #expect(Theme.highContrast.adjust(Style(role: .heading)).bold)
    }

    /// Titles with £, é and CJK characters keep every column in place.
    @Test func wideCharactersKeepAlignment() {
        var catalogue = Fixtures.catalogue
        catalogue.jobs[0].title = "Développeur logiciel £ ソフトウェア開発者 with a very long title indeed"
        catalogue.clusters[0].title = "Services financiers — 金融サービス £££ éé"
        let graph = PathwayGraph(catalogue)
        for (w, h) in ScreenTests.sizes {
            for keys in [[], ["enter"], ["enter", "down", "enter"], ["enter", "down", "enter", "enter"]] {
                let s = session(keys, width: w, height: h, graph: graph)
                let grid = (s.terminal as! InMemoryTerminal).screen
                if keys == ["enter"] && w == 80 { check(grid.text, "wide-cluster-80x24.txt") }
                var ruleColumns = Set<Int>()
                for y in 1..<(h - 2) {
                    var col = 0
                    for x in 0..<grid.width where !grid[x, y].isContinuation {
                        if grid[x, y].text == "│" && w < 120 && keys.count < 4 { ruleColumns.insert(x) }
                        col += Int(grid[x, y].width)
                    }
                    #expect(col == w, "row \(y) is \(col) columns wide at \(w)x\(h)")
                }
                if w >= 60 && w < 120 && keys.count < 4 { #expect(ruleColumns.count == 1, "pane rule moved: \(ruleColumns)") }
            }
        }
    }

    @Test func controlCharactersInContentNeverReachTheScreen() {
        var catalogue = Fixtures.catalogue
        catalogue.clusters[0].title = "Evil\u{1B}[2J\u{07}title\u{9B}31m\u{202E}"
        let s = session([], width: 80, height: 24, graph: PathwayGraph(catalogue))
        let grid = (s.terminal as! InMemoryTerminal).screen
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0 == "\u{202E}" })
        }
        #expect(grid.text.contains("Evil [2J title 31m"))
    }
}

/// The jobs list keeps pay and level in fixed columns, whatever the level ("E3" or "L2") or pay.
@Suite struct JobColumnTests {
    @Test(arguments: [(80, 24), (120, 40), (50, 20)])
    func payAndLevelLineUp(width: Int, height: Int) {
        var catalogue = Fixtures.catalogue
        catalogue.jobs[2].clusters = ["digital"]  // Warehouse operative, Entry 3, joins the Level 3 and 4 jobs
        catalogue.jobs[0].pay = nil
        let s = ExplorerSession(graph: PathwayGraph(catalogue), width: width, height: height)
        s.render()
        s.send(.enter)
        // The list pane: each line up to the first pane rule.
        let lines = s.text.split(separator: "\n").map { String($0.prefix { $0 != "│" }) }
        let rows = lines.filter { $0.range(of: #"(£[\d,]+|pay \?) +(E|L)\d *$"#, options: .regularExpression) != nil }
        #expect(rows.count == 3, "three jobs listed:\n\(s.text)")
        #expect(rows.contains { $0.contains("£27,832 E3") }, "Entry 3 reads E3, not LE3")
        #expect(rows.contains { $0.contains("£35,128 L3") })
        // The level tag and the end of the pay sit in the same columns on every row.
        let levelColumns = Set(rows.map { row -> Int in
            let r = row.range(of: #"(E|L)\d *$"#, options: .regularExpression)!
            return row.distance(from: row.startIndex, to: r.lowerBound)
        })
        #expect(levelColumns.count == 1, "levels at columns \(levelColumns):\n\(rows.joined(separator: "\n"))")
        let payEnds = Set(rows.map { row -> Int in
            let r = row.range(of: #"(\d|\?) (E|L)\d"#, options: .regularExpression)!
            return row.distance(from: row.startIndex, to: r.lowerBound)
        })
        #expect(payEnds.count == 1, "pay ends at columns \(payEnds):\n\(rows.joined(separator: "\n"))")
    }
}
