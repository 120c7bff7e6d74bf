import Foundation
import PathwaysExport
import Testing

/// The CSV export parsed back with an independent parser (Python's `csv` module).
@Suite struct CSVExportTests {
    /// Rows as parsed by Python's csv module, or `nil` (skipped) when python3 is missing off CI.
    static func parse(_ csv: String) throws -> [[String]]? {
        guard let python = ExternalTool.find("python3") else {
            if ExternalTool.onCI { Issue.record("python3 is needed to parse the CSV on CI") }
            return nil
        }
        let script = """
        import csv, io, json, sys
        data = sys.stdin.buffer.read().decode('utf-8')
        print(json.dumps(list(csv.reader(io.StringIO(data, newline=''), strict=True))))
        """
        let result = try ExternalTool.run(python, ["-c", script], input: csv)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
    }

    @Test func parsesBackToTheSteps() throws {
        let doc = ExportSamples.document
        let csv = Exporter.render(doc, as: .csv)
        guard let rows = try Self.parse(csv) else { return }
        #expect(rows.count == 1 + doc.route.steps.count)
        let header = rows[0]
        #expect(Array(header.prefix(5)) == ["order", "id", "title", "kind", "level"])
        #expect(rows.allSatisfy { $0.count == header.count })
        func column(_ name: String) -> [String] {
            let i = header.firstIndex(of: name)!
            return rows.dropFirst().map { $0[i] }
        }
        #expect(column("order") == ["1", "2", "3", "4"])
        #expect(column("id") == doc.route.steps.map(\.id))
        #expect(column("title") == doc.route.steps.map(\.title))
        #expect(column("weeks") == doc.route.steps.map { String($0.weeks) })
        #expect(column("cost_to_learner_gbp") == ["0", "0", "0", "0"])
        #expect(column("typical_fee_gbp") == ["0", "300", "2500", "0"])
        #expect(column("funding")[2] == "Free: Adult Skills Fund, first full Level 3, age 19–23")
        #expect(column("providers") == ["City College", "City College", "City College", "Code School"])
        #expect(column("boroughs") == ["Birmingham", "Birmingham", "Birmingham", "Coventry"])
        #expect(Set(column("job_soc")) == ["2134"])
        #expect(Set(column("job_pay")) == ["£56,914 (2025)"])
        #expect(Set(column("content_version")) == ["test-1"])
    }

    @Test func crlfLineEndsAndHeader() {
        let csv = Exporter.render(ExportSamples.document, as: .csv)
        #expect(csv.hasSuffix("\r\n"))
        let bytes = Array(csv.utf8)
        // Every LF is preceded by CR.
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        #expect(csv.hasPrefix("order,id,title,kind,level,"))
    }

    @Test func hostileFieldsSurviveRoundTrip() throws {
        let doc = ExportSamples.hostileDocument
        let csv = Exporter.render(doc, as: .csv)
        guard let rows = try Self.parse(csv) else { return }
        #expect(rows.count == 1 + doc.route.steps.count)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let titles = rows.dropFirst().map { $0[2] }
        #expect(titles[2] == ExportSamples.hostile, "a title with quotes, commas and line breaks comes back intact")
    }

    @Test func formulaLikeFieldsAreDefused() {
        #expect(Escape.csv("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(Escape.csv("-5") == "-5")
        #expect(Escape.csv("@sum") == "'@sum")
        #expect(Escape.csv("plain") == "plain")
        #expect(Escape.csv("a,b") == "\"a,b\"")
        #expect(Escape.csv(" padded") == "\" padded\"")
    }
}
