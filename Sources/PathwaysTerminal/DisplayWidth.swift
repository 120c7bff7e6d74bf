import CNcursesw
import PathwaysGraph

/// How many terminal columns text takes.
///
/// Uses libc `wcwidth` when the locale can answer (after `setlocale` in a UTF-8 locale), and a
/// built-in table otherwise, so tests give the same answers in any locale: combining marks and
/// other zero-width scalars are 0 columns, East Asian wide and fullwidth characters 2, the rest 1.
public enum DisplayWidth {
    /// Columns one Unicode scalar takes. Control characters count 0 (the grid never draws them).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x7F { return 1 }
        let w = Int(pw_wcwidth(v))
        if w >= 0 && v > 0xFF { return w }
        return table(scalar)
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += of(s) }
        return total
    }

    /// The built-in answer, independent of locale: the engine's table (shared with exports).
    static func table(_ scalar: Unicode.Scalar) -> Int {
        PathwaysGraph.DisplayWidth.of(scalar)
    }

    /// The longest prefix of `text` that fits in `columns`, with "…" (or "..." in ASCII) when cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        if columns <= 0 { return "" }
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        if room <= 0 { return String(ellipsis.prefix(columns)) }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(String(ch))
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded with spaces (or truncated) to exactly `columns`.
    public static func pad(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: columns, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }
}
