/// A file format a pathway can be exported as. The raw value is the file extension.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// Markdown (CommonMark with GitHub footnotes): headings, numbered steps, a checklist.
    case markdown = "md"
    /// One self-contained HTML page, readable on a phone and printable on A4.
    case html
    /// Machine-readable JSON following `RouteExportSchema.id` (version 1).
    case json
    /// One row per step, RFC 4180 quoting, CRLF line ends, a header row.
    case csv
    /// A plain-text slip at most 40 columns wide, for a kiosk receipt printer.
    case text = "txt"

    /// The file name extension, without a dot: `md`, `html`, `json`, `csv`, `txt`.
    public var fileExtension: String { rawValue }

    /// A MIME type for the format, with charset where it is text.
    public var mimeType: String {
        switch self {
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .text: "text/plain; charset=utf-8"
        }
    }

    /// A resident-facing name: "Markdown", "Web page (HTML)".
    public var label: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "Web page (HTML)"
        case .json: "JSON"
        case .csv: "Spreadsheet (CSV)"
        case .text: "Print slip (text)"
        }
    }

    /// Reads a format name as typed on a command line: an extension (`md`, `txt`) or a name
    /// (`markdown`, `text`, `slip`), case-insensitively.
    public init?(parsing text: String) {
        let t = text.lowercased().trimmingPrefix(".")
        switch t {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "csv": self = .csv
        case "txt", "text", "slip": self = .text
        default: return nil
        }
    }
}
