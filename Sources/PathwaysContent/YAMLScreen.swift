/// The hostile-file screen the content loader runs before the YAML parser, for other readers of
/// YAML written by hand (the importer's curation file): NUL bytes, anchors and aliases, and
/// deep nesting are refused, with lines counted as the parser counts them.
public enum YAMLScreen {
    /// The first problem in the text, with its line and column, or `nil` when it is safe to parse.
    public static func firstProblem(in text: String) -> (message: String, line: Int, column: Int)? {
        FileSafetyCheck.firstProblem(in: Array(text.utf8), maxDepth: ContentLimits().maxDepth)
            .map { ($0.message, $0.line, $0.column) }
    }
}
