import Foundation
import PathwaysGraph

/// Turns a `PathwayDocument` into the text of a file in any `ExportFormat`.
///
/// Rendering is pure and deterministic: the same document gives the same bytes, and the only
/// time shown is the document's own `generatedAt`. Write the result with `AtomicFileWriter`.
public enum Exporter {
    /// The document rendered in `format`.
    public static func render(_ document: PathwayDocument, as format: ExportFormat) -> String {
        let model = ExportModel(document)
        switch format {
        case .markdown: return MarkdownRenderer(model: model).render()
        case .html: return HTMLRenderer(model: model).render()
        case .json: return json(RouteExport(model))
        case .csv: return CSVRenderer(model: model).render()
        case .text: return PrintSlipRenderer(model: model).render()
        }
    }

    /// The JSON view of the document, for callers that want the values rather than the text.
    public static func routeExport(_ document: PathwayDocument) -> RouteExport {
        RouteExport(ExportModel(document))
    }

    /// A file name for the export: `pathway-software-developer.md`. Only letters, digits and
    /// `-` from the job ID are kept, so the name is safe on any file system.
    public static func suggestedFileName(for document: PathwayDocument, as format: ExportFormat) -> String {
        let slug = String(document.route.job.id.lowercased().unicodeScalars
            .map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-" })
        let trimmed = slug.split(separator: "-").joined(separator: "-")
        return "pathway-" + (trimmed.isEmpty ? "route" : trimmed) + "." + format.fileExtension
    }

    /// Pretty-printed JSON with sorted keys, unescaped slashes and a final newline.
    static func json(_ value: RouteExport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
