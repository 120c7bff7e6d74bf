import Foundation
@testable import PathwaysContent
import Testing

/// What is inside the reader's subset (read, as Yams reads it) and what is outside (left to
/// Yams, so findings keep Yams' wording and position).
@Suite("YAMLReader's subset: each construct read alike or left to Yams")
struct YAMLReaderSubsetTests {
    static let inside: [String] = [
        "- a\n- b\n",
        "a: 1\nb:\nc: ~\nd: null\n",
        "a:\n- x\n- y\nb: 2\n",
        "a:\n  - x\n  -\n  - y\n",
        "- id: x\n  next:\n    - to: y\n      requires: {text: Aged 23 or over., age: 23}\n    - z\n",
        "a: some long\n  text folded\n\n  with a blank line\n\n\n   and more\nb: 1\n",
        "a: 'it''s\n  two lines'\n",
        "a: \"esc \\u00e9 \\x41 \\t \\\\ \\\" \\/ \\N \\_ \\L \\P \\0 \\e \\U0001F600 \\a\\b\\v\\f\\r\\ \"\n",
        "a: \"line \\\n  joined\"\nb: \"kept  \\\n\n  break\"\n",
        "a: \"x  \n    \n  y  \"\n",
        "---\na: 1\n",
        "--- # a comment\na: 1\n",
        "\u{FEFF}a: 1\n",
        "# c\n\na: x # c\nb: x#c\n",
        "a: [ ]\nb: []\nc: {}\nd: [x,y , z]\n",
        "a: café 日本\nb: [é, ü, 😀 x]\nc: {k: é}\n",
        "a:\n  text on its own line\n  and the next\n",
        "- \n  - nested\n",
        "-   id: wide\n    title: gap\n",
        "a: C#\nb: x:y\nc: -5\nd: https://example.org/a?b=c#d\n",
        "a: 'quoted'  # note\nb: \"\" \nc: ''\n",
        "a: [[x, y], {k: [1, 2]}, 'q', \"d\"]\n",
        "a:\n\n  # comment inside\n\n  b: 1\n",
        "- a\n-\n- b\n",
        "a: x\n\n\n",
        "a: x",
        "a:",
        "a:\n  -  x\n  - y z  \n",
        "key-with-dash_and_1: x\n",
        "a: no\nb: 1.0\nc: 0x10\nd: '7'\ne: \"8\"\nf: ~\ng: Null\n",
    ]

    @Test(arguments: YAMLReaderSubsetTests.inside)
    func readAsYamsReadsIt(text: String) {
        #expect(YAMLReaderTests.agrees(Array(text.utf8)), "fell back to Yams: \(text.debugDescription)")
    }

    static let outside: [String] = [
        "a: !!str 1\n",
        "a: !custom x\n",
        "a: |\n  text\n",
        "a: >\n  folded\n",
        "- |-\n  text\n",
        "? a\n: b\n",
        "'a': 1\n",
        "\"a\": 1\n",
        "my key: 1\n",
        "a.b: 1\n",
        "a:\t1\n",
        "a: 1\r\nb: 2\r\n",
        "a: 1\rb: 2\n",
        "a: x\u{85}y\n",
        "a: x\u{2028}y\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\na: 2\n",
        "- {k: 1, k: 2}\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: 1\n  b: 2\n",
        "a: b: c\n",
        "a: [x, y\n",
        "a: [x,\n  y]\n",
        "a: [x, y,]\n",
        "a: [x, , y]\n",
        "a: [x: y]\n",
        "a: {k}\n",
        "a: {k:v}\n",
        "- a\nb: 1\n",
        "a: 1\n- b\n",
        "key: - a\n",
        "- - a\n",
        "just text\n",
        "[a, b]\n",
        "",
        "# only a comment\n",
        "a: 'x\ny'\n",
        "a: 'never closed\n",
        "a: \"bad \\q escape\"\n",
        "a: \"bad \\uD800 surrogate\"\n",
        "a: \"\\uFEFF starts with a byte order mark\"\n",
        "a: x # c\n   more\n",
        "a: @x\n",
        "a: `x\n",
        "a: %x\n",
        "a: ,x\n",
        "a: 'x'y\n",
        "a: [x]y\n",
        "a: 'x'# not spaced\n",
        "a: \u{7}bell\n",
        "a: x\u{7F}\n",
        "a: x\u{FEFF}y\n",
        String(repeating: "k", count: 200) + ": long key\n",
    ]

    @Test(arguments: YAMLReaderSubsetTests.outside)
    func leftToYams(text: String) throws {
        #expect(YAMLReader.read(Array(text.utf8)[...]) == nil, "read by the reader: \(text.debugDescription)")
        // And the loader gives the same findings (Yams') either way.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: T\nversion: \"1\"\ndate: \"2026\"\n".utf8).write(to: folder.appendingPathComponent("content.yaml"))
        let sources = folder.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: sources.appendingPathComponent("bad.yaml"))
        YAMLReaderTests.loadsAlike(folder)
    }

    /// The loader skips the screen for files the reader takes, so the reader must refuse any
    /// nesting the screen would: block mappings, lists of mappings, indentless lists and flow
    /// collections in blocks, at every depth either side of the limits.
    @Test(arguments: [3, 8, 64])
    func nestingTheReaderTakesIsNestingTheScreenPasses(screenDepth: Int) {
        var taken = 0
        for depth in 1...(screenDepth + 4) {
            let shapes = [
                (0..<depth).map { String(repeating: " ", count: 2 * $0) + "k\($0):" }.joined(separator: "\n") + " x\n",
                (0..<depth).map { String(repeating: " ", count: 2 * $0) + "- k\($0):" }.joined(separator: "\n") + " x\n",
                (0..<depth).map { String(repeating: " ", count: 2 * $0) + "k\($0):\n" + String(repeating: " ", count: 2 * $0) + "- x" }.joined(separator: "\n") + "\n",
                "a:\n  b: " + String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth) + "\n",
                "- a: " + String(repeating: "{k: ", count: depth) + "x" + String(repeating: "}", count: depth) + "\n",
            ]
            for text in shapes {
                let bytes = Array(text.utf8)
                guard YAMLReader.read(bytes[...], screenDepth: screenDepth) != nil else { continue }
                taken += 1
                #expect(FileSafetyCheck.firstProblem(in: bytes, maxDepth: screenDepth) == nil,
                        "the reader took nesting the screen refuses: \(text.debugDescription)")
            }
        }
        // And it does take the shallow ones (mappings at least as deep as its limit), so the
        // loader seldom needs the screen.
        #expect(taken >= YAMLReader.depthLimit(forScreen: screenDepth))
    }

    /// The differential tests rest on node equality: it must see text, style, place and shape.
    @Test func nodesAreEqualOnlyWhenWrittenAlike() throws {
        func root(_ text: String) throws -> YAMLNode { try #require(YAMLReader.read(Array(text.utf8)[...])).root }
        #expect(try root("a: [x, 'y']\n") == root("a: [x, 'y']\n"))
        for other in ["a: [x, 'z']\n", "a: [x, \"y\"]\n", "a:  [x, 'y']\n", "a: [x]\n", "a: {x: 'y'}\n", "b: [x, 'y']\n", "\na: [x, 'y']\n"] {
            #expect(try root("a: [x, 'y']\n") != root(other), "\(other.debugDescription)")
        }
    }

    @Test func anchorsAndAliasesAreLeftToYams() {
        // The screen refuses these before any parser; the reader would not take them either.
        #expect(YAMLReader.read(Array("a: &x 1\nb: *x\n".utf8)[...]) == nil)
        #expect(YAMLReader.read(Array("a: *x\n".utf8)[...]) == nil)
    }
}

/// Work that grows with a line's values or a mapping's keys stays linear (a hostile file
/// cannot make the reader hang): each line is counted once for columns, and wide mappings
/// check for duplicate keys with a set.
@Suite("YAMLReader on long lines and wide mappings")
struct YAMLReaderScaleTests {
    @Test func aLongFlowLineIsReadWithTheRightColumns() {
        let text = "a: [" + (0..<100_000).map { "x\($0)" }.joined(separator: ", ") + "]\n"
        let items = YAMLReader.read(Array(text.utf8)[...])?.root.mapping?.first?.value.sequence.map(Array.init) ?? []
        #expect(items.count == 100_000)
        #expect(items.last?.mark == YAMLMark(line: 1, column: text.utf8.count - "x99999]\n".utf8.count + 1))
    }

    @Test func aWideMappingIsReadAndADuplicateFoundAtItsEnd() {
        let keys = (0..<20_000).map { "k\($0): v\n" }.joined()
        #expect(YAMLReader.read(Array(keys.utf8)[...])?.root.mapping?.count == 20_000)
        #expect(YAMLReader.read(Array((keys + "k5: again\n").utf8)[...]) == nil)
    }
}
