import PathwaysGraph

/// Text for a pane, built as paragraphs and wrapped to the pane's width when drawn.
public struct TextBlock: Sendable {
    /// One paragraph: text, style, and how far wrapped lines are indented.
    public struct Paragraph: Sendable {
        public var text: String
        public var style: Style
        public var indent: Int
        /// A label drawn bold before the text ("Level needed: ").
        public var label: String?

        public init(text: String, style: Style, indent: Int, label: String? = nil) {
            self.text = text
            self.style = style
            self.indent = indent
            self.label = label
        }
    }

    public var paragraphs: [Paragraph] = []

    public init() {}

    public mutating func heading(_ text: String) { paragraphs.append(Paragraph(text: text, style: .heading, indent: 0)) }
    public mutating func line(_ text: String, style: Style = .plain, indent: Int = 0) {
        paragraphs.append(Paragraph(text: text, style: style, indent: indent))
    }
    public mutating func field(_ label: String, _ value: String) {
        paragraphs.append(Paragraph(text: value, style: .plain, indent: 2, label: label + ": "))
    }
    /// A line with a fixed-width bold label (keys on the help screen), wrapped text after it.
    public mutating func keyed(_ label: String, _ text: String, labelWidth: Int) {
        paragraphs.append(Paragraph(text: text, style: .plain, indent: labelWidth,
                                    label: DisplayWidth.pad(label, to: labelWidth)))
    }
    public mutating func blank() { paragraphs.append(Paragraph(text: "", style: .plain, indent: 0)) }
    public mutating func append(_ other: TextBlock) { paragraphs += other.paragraphs }

    /// Wrapped lines: each as (segments of text and style).
    /// The block laid out `width` columns wide, one array of styled pieces per line; with a
    /// `limit`, laying out stops once that many lines are made (a pane needs only what it
    /// shows, and a national cluster's job list runs to thousands of lines).
    public func lines(width: Int, limit: Int = .max) -> [[(String, Style)]] {
        guard width > 0 else { return [] }
        var out: [[(String, Style)]] = []
        for p in paragraphs where out.count < limit {
            let labelWidth = DisplayWidth.of(p.label ?? "")
            let first = TextBlock.wrap(p.text, width: width, firstWidth: width - labelWidth, indent: min(p.indent, width / 3))
            for (i, l) in first.enumerated() {
                if i == 0, let label = p.label {
                    out.append([(label, Style(bold: true, role: .heading)), (l, p.style)])
                } else {
                    out.append([(l, p.style)])
                }
            }
        }
        return out
    }

    /// Word-wraps text; words longer than a line are cut.
    public static func wrap(_ text: String, width: Int, firstWidth: Int, indent: Int) -> [String] {
        if text.isEmpty { return [""] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var fresh = true
        var limit = max(1, firstWidth)
        let pad = String(repeating: " ", count: indent)
        func flush() {
            lines.append(current)
            current = pad
            currentWidth = indent
            fresh = true
            limit = max(indent + 1, width)
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            while !w.isEmpty {
                let ww = DisplayWidth.of(w)
                let sep = fresh ? 0 : 1
                if currentWidth + sep + ww <= limit {
                    current += (fresh ? "" : " ") + w
                    currentWidth += sep + ww
                    fresh = false
                    break
                }
                if !fresh { flush(); continue }
                var head = DisplayWidth.truncate(w, to: limit - currentWidth, ellipsis: "")
                if head.isEmpty { head = String(w.prefix(1)) }
                current += head
                w = String(w.dropFirst(head.count))
                flush()
            }
        }
        if !fresh { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
