import PathwaysGraph

/// The resident's profile in the header: the full summary when it fits, otherwise a compact
/// form built from the profile's fields — `JD · L2 · E&M E3 · 24 · benefits · ESOL · care leaver`
/// — that drops its least telling parts first (work when employed, age, English and maths), never the initials,
/// the borough, the level
/// held or the circumstances that change funding.
enum ProfileBadge {
    /// One part of the compact form and how much it matters (higher stays longer).
    struct Part {
        var text: String
        var weight: Int
    }

    /// The compact parts, in reading order.
    static func parts(_ p: Profile) -> [Part] {
        var out: [Part] = []
        if let initials = p.initials, !initials.isEmpty { out.append(Part(text: initials, weight: 7)) }
        out.append(Part(text: p.levelHeld.map(Describe.levelTag) ?? "no quals", weight: 9))
        out.append(Part(text: "E&M " + (p.englishMaths.map(Describe.levelTag) ?? "below E3"), weight: 5))
        out.append(Part(text: String(p.age), weight: 4))
        switch p.employment {
        case .benefits: out.append(Part(text: "benefits", weight: 8))
        case .unemployed: out.append(Part(text: "unemployed", weight: 6))
        case .employed: out.append(Part(text: p.lowPay ? "employed, low pay" : "employed", weight: p.lowPay ? 6 : 2))
        case .inEducation: out.append(Part(text: "in education", weight: 6))
        }
        if p.needsESOL { out.append(Part(text: "ESOL", weight: 8)) }
        if p.careLeaver { out.append(Part(text: "care leaver", weight: 8)) }
        if p.disabled { out.append(Part(text: "disabled", weight: 7)) }
        if let borough = p.borough { out.append(Part(text: borough.label, weight: 7)) }
        return out
    }

    /// The compact form in full.
    static func compact(_ p: Profile, separator: String = " · ") -> String {
        parts(p).map(\.text).joined(separator: separator)
    }

    /// The profile in at most `columns` columns: the full summary, else the compact form, else
    /// the compact form with its least telling parts left out (marked with `ellipsis`), else
    /// that cut short. Empty when `columns` is too small to say anything useful.
    static func fitted(_ p: Profile, columns: Int, separator: String = " · ", ellipsis: String = "…") -> String {
        guard columns >= 6 else { return "" }
        if DisplayWidth.of(p.summary) <= columns { return p.summary }
        var kept = parts(p)
        func text(_ list: [Part], dropped: Bool) -> String {
            list.map(\.text).joined(separator: separator) + (dropped ? " " + ellipsis : "")
        }
        var dropped = false
        while DisplayWidth.of(text(kept, dropped: dropped)) > columns && kept.count > 1 {
            // The lightest part; of equal ones, the last.
            let lightest = kept.indices.min { (kept[$0].weight, -$0) < (kept[$1].weight, -$1) }!
            kept.remove(at: lightest)
            dropped = true
        }
        return DisplayWidth.truncate(text(kept, dropped: dropped), to: columns, ellipsis: ellipsis)
    }
}
