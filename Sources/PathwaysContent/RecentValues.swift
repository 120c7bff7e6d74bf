import PathwaysGraph

/// The last few distinct lists and texts a builder read, so records that repeat them (the same
/// sources, funding, modes or summary, as imported records often do) share one copy rather
/// than each holding its own: at national scale that is tens of megabytes.
///
/// Only a handful of recent values are kept and compared in place: no hashing, and a value not
/// seen lately simply stays the record's own.
struct RecentValues: Sendable {
    static let kept = 8
    private var lists: [[String]] = []
    private var modes: [[StudyMode]] = []
    private var texts: [String] = []

    /// `list`, or an equal list read lately.
    mutating func shared(_ list: [String]) -> [String] { RecentValues.shared(list, in: &lists) }

    mutating func shared(_ list: [StudyMode]) -> [StudyMode] { RecentValues.shared(list, in: &modes) }

    /// `text`, or an equal text read lately.
    mutating func shared(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        if let found = texts.firstIndex(of: text) { return texts[found] }
        RecentValues.remember(text, in: &texts)
        return text
    }

    mutating func shared(_ text: String?) -> String? { text.map { shared($0) } }

    private static func shared<T: Equatable>(_ list: [T], in pool: inout [[T]]) -> [T] {
        guard !list.isEmpty else { return list }
        if let found = pool.firstIndex(of: list) { return pool[found] }
        remember(list, in: &pool)
        return list
    }

    private static func remember<T>(_ value: T, in pool: inout [T]) {
        if pool.count == kept { pool.removeFirst() }
        pool.append(value)
    }
}
