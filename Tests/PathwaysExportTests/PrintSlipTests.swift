import PathwaysGraph
import PathwaysExport
import Testing

/// The kiosk slip: never wider than 40 columns, no control characters, words wrapped.
@Suite struct PrintSlipTests {
    static let samples: [String: PathwayDocument] = [
        "full": ExportSamples.document, "plain": ExportSamples.plainDocument,
        "illustrative": ExportSamples.illustrativeDocument, "hostile": ExportSamples.hostileDocument,
        "wide": wideDocument,
    ]

    /// Titles in CJK, with emoji and combining marks, and one word longer than the slip.
    static var wideDocument: PathwayDocument {
        var doc = ExportSamples.document
        doc.route.steps[0].title = "日本語のコース 中文课程 한국어 과정 ☕️ café́ " + String(repeating: "x", count: 70)
        doc.route.job.title = "👩‍💻 Software developer"
        doc.startingPoint = "Level 2 — £1,000 saved — ＦＵＬＬＷＩＤＴＨ"
        return doc
    }

    @Test(arguments: ["full", "plain", "illustrative", "hostile", "wide"])
    func fitsFortyColumns(sample: String) {
        let slip = Exporter.render(Self.samples[sample]!, as: .text)
        for (n, line) in slip.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(DisplayWidth.of(String(line)) <= 40, "\(sample) line \(n + 1) is too wide: \(line)")
            #expect(!line.hasSuffix(" "), "\(sample) line \(n + 1) has trailing space")
        }
        let controls = slip.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
        #expect(controls.isEmpty, "\(sample) has control characters")
        #expect(!slip.unicodeScalars.contains("\u{202E}"))
        #expect(slip.hasSuffix("\n"))
    }

    /// Issue #15: one page of a receipt roll, at most 60 lines, even with more steps and long notes.
    @Test(arguments: ["full", "plain", "illustrative", "hostile", "wide", "long"])
    func fitsOnePageOfTheRoll(sample: String) {
        let slip = Exporter.render(sample == "long" ? Self.longDocument : Self.samples[sample]!, as: .text)
        let lines = slip.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 60, "\(sample): \(lines.count) lines")
    }

    /// Six steps and ten long notes: the notes and sources give way, never a step, cost or reason.
    static var longDocument: PathwayDocument {
        var doc = ExportSamples.document
        doc.route.steps += doc.route.steps.prefix(2)
        doc.costings = doc.costings.map { $0 + $0.prefix(2) }
        doc.notes = (1...10).map { "Note \($0): " + String(repeating: "follow up with the college about the start date ", count: 2) }
        return doc
    }

    @Test func everyStepKeepsItsCostAndReasonWhenTheSlipIsFull() {
        let slip = GoldenExportTests.searchable(Exporter.render(Self.longDocument, as: .text), .text)
        for reason in ExportSamples.costings.map(\.reason) { #expect(slip.contains(reason), "\(reason)") }
        #expect(slip.contains("6. "))
        #expect(slip.contains("(more notes in the full plan)"))
    }

    @Test func sourcesAreShortNamesNeverAddresses() {
        let slip = Exporter.render(ExportSamples.document, as: .text)
        #expect(slip.contains("[1] Plan for Growth (WMCA)"))
        #expect(!slip.contains("https://example.org/plan"), "a source's address is not printed")
        #expect(!slip.contains("Content/"))
        #expect(slip.contains("THIS WEEK"))
        #expect(slip.contains("WHERE TO START"))
    }

    @Test func wideTextKeepsEveryCharacter() {
        let slip = Exporter.render(Self.wideDocument, as: .text)
        #expect(slip.contains("日本語のコース"))
        #expect(slip.contains("👩‍💻"))
        #expect(slip.filter { $0 == "x" }.count >= 70, "a long word is split, not cut")
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("£100") == 4)
        #expect(DisplayWidth.of("—") == 1)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👩‍💻") == 2)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }
}
