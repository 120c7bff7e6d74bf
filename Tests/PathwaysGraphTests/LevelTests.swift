import PathwaysGraph
import Testing

@Suite struct LevelTests {
    @Test(arguments: [
        ("E1", Level.entry1), ("e2", .entry2), ("entry3", .entry3), ("entry", .entry3), ("1", .level1),
        ("3", .level3), ("Level 4", .level4), ("level-8", .level8),
    ])
    func parses(text: String, level: Level) {
        #expect(Level(parsing: text) == level)
    }

    @Test(arguments: ["0", "9", "E4", "", "three", "-1", "3.5"])
    func rejects(text: String) {
        #expect(Level(parsing: text) == nil)
    }

    @Test func bandsAndLabels() {
        #expect(Level.allCases.map(\.band) == [.entry, .entry, .entry, .level1, .level2, .level3, .level4to5, .level4to5, .level6plus, .level6plus, .level6plus])
        #expect(Level.entry2.label == "Entry 2")
        #expect(Level.level5.label == "Level 5")
        #expect(Level.level5.code == "5")
        #expect(Band.level4to5.label == "Level 4–5")
        #expect(Level.entry3 < .level1)
    }

    @Test func pounds() {
        #expect(Pay.pounds(0) == "£0")
        #expect(Pay.pounds(999) == "£999")
        #expect(Pay.pounds(39905) == "£39,905")
        #expect(Pay.pounds(1_234_567) == "£1,234,567")
        #expect(Pay(median: 48629, year: 2025, source: "s", lessPrecise: true).label == "£48,629 (2025) (estimate)")
    }
}
