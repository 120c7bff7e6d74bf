import Foundation
import PathwaysExport
import Testing

/// The HTML export printed by a real browser: headless Chromium to PDF, read back with poppler.
///
/// Needs `chromium` (or `chromium-browser`) and `pdfinfo`/`pdftotext` on PATH. When they are
/// missing the test fails if `CI` is set (CI installs them) and is skipped otherwise.
@Suite(.serialized) struct HTMLBrowserTests {
    struct Tools {
        var chromium: String
        var pdfinfo: String
        var pdftotext: String
        var pdftoppm: String?
    }

    static func tools() -> Tools? {
        guard let chromium = ExternalTool.find("chromium", "chromium-browser"),
              let pdfinfo = ExternalTool.find("pdfinfo"), let pdftotext = ExternalTool.find("pdftotext")
        else {
            let message = "chromium and poppler-utils (pdfinfo, pdftotext) are not on PATH"
            if ExternalTool.onCI { Issue.record(Comment(rawValue: message + "; CI must install them")) } else {
                print("skipped HTML browser test: \(message) (apt-get install chromium poppler-utils)")
            }
            return nil
        }
        return Tools(chromium: chromium, pdfinfo: pdfinfo, pdftotext: pdftotext, pdftoppm: ExternalTool.find("pdftoppm"))
    }

    /// Prints `html` to a PDF with headless Chromium and returns the PDF's path.
    static func printToPDF(_ html: String, tools: Tools, in dir: URL) throws -> URL {
        let page = dir.appendingPathComponent("route.html")
        let pdf = dir.appendingPathComponent("route.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(tools.chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        #expect(FileManager.default.fileExists(atPath: pdf.path), "chromium made no PDF: \(result.stderr.suffix(800))")
        return pdf
    }

    @Test func printsOnA4WithEveryStep() throws {
        guard let tools = Self.tools() else { return }
        let dir = try ExternalTool.temporaryDirectory("html")
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = ExportSamples.document
        let pdf = try Self.printToPDF(Exporter.render(doc, as: .html), tools: tools, in: dir)

        let info = try ExternalTool.run(tools.pdfinfo, [pdf.path]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect((1...2).contains(pages), "expected 1–2 A4 pages, got \(pages)")
        #expect(info.contains("(A4)"), "page size is not A4: \(info)")

        let text = try ExternalTool.run(tools.pdftotext, ["-layout", pdf.path, "-"]).stdout
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for step in doc.route.steps {
            #expect(flat.contains(step.title), "PDF lacks \(step.title)")
        }
        for needle in ["Software developer", "£56,914 (2025)", "Costs and funding", "Plan for Growth", "test-1"] {
            #expect(flat.contains(needle), "PDF lacks \(needle)")
        }

        // A picture of page 1 for a person to look at: PATHWAYS_EXPORT_PNG=DIR keeps it.
        if let keep = ProcessInfo.processInfo.environment["PATHWAYS_EXPORT_PNG"], let pdftoppm = tools.pdftoppm {
            _ = try ExternalTool.run(pdftoppm, ["-png", "-r", "60", pdf.path, keep + "/route-page"])
        }
    }

    @Test func hostileTitleCannotRunScript() throws {
        guard let tools = Self.tools() else { return }
        let dir = try ExternalTool.temporaryDirectory("html-hostile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = Exporter.render(ExportSamples.hostileDocument, as: .html)
        let pdf = try Self.printToPDF(html, tools: tools, in: dir)
        let text = try ExternalTool.run(tools.pdftotext, [pdf.path, "-"]).stdout
        // The markup is shown as text, so the browser printed it rather than running it.
        #expect(text.contains("<script>alert"))
    }
}
