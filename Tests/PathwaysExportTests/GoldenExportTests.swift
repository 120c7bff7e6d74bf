import Foundation
import PathwaysExport
import PathwaysTestSupport
import Testing

/// Every format of the fixed documents, compared byte for byte with files under `Golden/`.
/// Regenerate with `PATHWAYS_UPDATE_GOLDEN=1 swift test --filter PathwaysExportTests`.
@Suite struct GoldenExportTests {
    let golden = Golden.directory(besides: #filePath)

    @Test(arguments: ExportFormat.allCases)
    func fullDocument(format: ExportFormat) {
        let text = Exporter.render(ExportSamples.document, as: format)
        #expect(Golden.check(text, file: "route.\(format.fileExtension)", in: golden) == nil)
    }

    @Test(arguments: ExportFormat.allCases)
    func documentWithoutProfile(format: ExportFormat) {
        let text = Exporter.render(ExportSamples.plainDocument, as: format)
        #expect(Golden.check(text, file: "route-no-profile.\(format.fileExtension)", in: golden) == nil)
    }

    @Test(arguments: ExportFormat.allCases)
    func sameInputSameBytes(format: ExportFormat) {
        let a = Exporter.render(ExportSamples.document, as: format)
        let b = Exporter.render(ExportSamples.document, as: format)
        #expect(a == b)
    }

    @Test(arguments: ExportFormat.allCases)
    func onlyGeneratedAtChangesWithTime(format: ExportFormat) {
        var later = ExportSamples.document
        later.generatedAt = "2031-12-31 23:59"
        let a = Exporter.render(ExportSamples.document, as: format)
        let b = Exporter.render(later, as: format)
        #expect(a != b)
        #expect(a.replacingOccurrences(of: ExportSamples.generatedAt, with: "T")
            == b.replacingOccurrences(of: "2031-12-31 23:59", with: "T"))
    }

    /// The text with the slip's line wrapping undone, so wrapped phrases can be searched for.
    static func searchable(_ text: String, _ format: ExportFormat) -> String {
        guard format == .text else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop(while: { $0 == " " }) }.joined(separator: " ")
    }

    /// The facts every format must carry, checked in each one.
    @Test(arguments: ExportFormat.allCases)
    func everyFormatCarriesTheFacts(format: ExportFormat) {
        let text = Self.searchable(Exporter.render(ExportSamples.document, as: format), format)
        let route = ExportSamples.route
        for step in route.steps {
            #expect(text.contains(step.title), "\(format): step \(step.title)")
            #expect(text.contains(step.level.label) || text.contains("\"\(step.level.code)\"")
                || text.contains(",\(step.level.code),"), "\(format): level")
        }
        // The print slip is one page of a receipt roll (issue #15): it leaves the SOC code, later
        // steps' providers, study modes, entry needs and source addresses to the full plan.
        let fullPlanOnly = ["2134", "Coventry", "part-time", "evening", "online", "Level 2 and GCSE English and maths",
                            "https://example.org/ashe"]
        for needle in [
            "Software developer", "£56,914 (2025)", "City College", "Birmingham",
            "Free: Adult Skills Fund, first full Level 3, age 19–23", "finish a Level 3 first",
            "test-1", "2026-01-01", "Plan for Growth", ExportSamples.startingPoint,
            ExportSamples.generatedAt,
        ] + (format == .text ? [] : fullPlanOnly) + (format == .csv ? [] : ["Follow up in March."]) {
            #expect(text.contains(needle), "\(format) lacks \(needle)")
        }
        #expect(text.contains(format == .text ? "1 year 11 months" : "98"), "\(format): total time")
    }

    @Test(arguments: ExportFormat.allCases)
    func illustrativeRecordsAreMarked(format: ExportFormat) {
        let text = Self.searchable(Exporter.render(ExportSamples.illustrativeDocument, as: format), format)
        #expect(text.contains("Fork-lift truck course"))
        #expect(text.contains("example — not yet confirmed by a source"), "\(format)")
        let plain = Exporter.render(ExportSamples.document, as: format)
        if format != .json {
            #expect(!plain.contains("example — not yet confirmed"), "\(format) marks a confirmed route")
        }
    }

    @Test func payNotKnown() {
        var doc = ExportSamples.document
        doc.route.job.pay = nil
        doc.route.job.soc = nil
        for format in ExportFormat.allCases where format != .json {
            let text = Self.searchable(Exporter.render(doc, as: format), format)
            #expect(text.contains("not known"), "\(format)")
        }
    }

    @Test func fileNamesAndFormats() {
        #expect(Exporter.suggestedFileName(for: ExportSamples.document, as: .html) == "pathway-software-developer.html")
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["md", "html", "json", "csv", "txt"])
        #expect(ExportFormat(parsing: "Markdown") == .markdown)
        #expect(ExportFormat(parsing: ".txt") == .text)
        #expect(ExportFormat(parsing: "pdf") == nil)
    }
}
