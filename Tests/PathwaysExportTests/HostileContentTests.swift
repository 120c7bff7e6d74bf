import Foundation
import PathwaysExport
import Testing

/// Titles holding `<script>`, quotes, commas, pipes and line breaks cannot break any format.
@Suite struct HostileContentTests {
    let doc = ExportSamples.hostileDocument

    @Test func htmlEscapesEverything() {
        let html = Exporter.render(doc, as: .html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("&#39;Bob&#39;"))
        #expect(!html.contains("\u{1B}"))
        // Tags the renderer writes still balance: the content added none.
        for tag in ["li", "dl", "table", "ol", "ul", "h3", "p"] {
            #expect(html.components(separatedBy: "<\(tag)").count - 1 == html.components(separatedBy: "</\(tag)>").count - 1
                    || tag == "p", "unbalanced <\(tag)>")
        }
        #expect(Escape.html("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
    }

    @Test func markdownEscapesEverything() {
        let md = Exporter.render(doc, as: .markdown)
        // Every `<` is escaped, except the autolinks the renderer writes for source URLs.
        let scalars = Array(md.unicodeScalars)
        for (i, c) in scalars.enumerated() where c == "<" {
            let escaped = i > 0 && scalars[i - 1] == "\\"
            let autolink = String(String.UnicodeScalarView(scalars[i...].prefix(9))) == "<https://"
            #expect(escaped || autolink, "bare < at \(i)")
        }
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("\\| \\*bold\\* \\_u\\_ \\[a\\](b) \\`c\\`"))
        // The title's line break became a space, so no content line starts a heading.
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.allSatisfy { $0.hasPrefix("# Your pathway") || $0.hasPrefix("## ") }, "\(headings)")
        #expect(Escape.markdown("# heading") == "\\# heading")
        #expect(Escape.markdown("- item") == "\\- item")
        #expect(Escape.markdown("12. item") == "12\\. item")
        #expect(Escape.markdown("a | b") == "a \\| b")
        #expect(Escape.markdown("AT&T &amp;") == "AT&T \\&amp;")
    }

    @Test func jsonKeepsTextExactly() throws {
        let json = Exporter.render(doc, as: .json)
        let decoded = try JSONDecoder().decode(RouteExport.self, from: Data(json.utf8))
        #expect(decoded.steps[2].title == ExportSamples.hostile)
        #expect(decoded.job.title == ExportSamples.hostile)
        #expect(decoded.notes == [ExportSamples.hostile])
    }

    @Test func slipFlattensLines() {
        let slip = Exporter.render(doc, as: .text)
        #expect(slip.contains("<script>alert"))
        #expect(!slip.contains("\r"))
        #expect(!slip.contains("\u{1B}"))
    }

    @Test func csvQuotesFields() {
        let csv = Exporter.render(doc, as: .csv)
        #expect(csv.contains("\"<script>alert(\"\"x\"\")</script> & 'Bob', \"\"Alice\"\""))
    }
}
