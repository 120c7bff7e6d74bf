/// The ONS SOC 2020 facts the importer uses: group titles from the structure (Volume 1) and,
/// from the coding index (Volume 2), which SOC 2020 unit groups each SOC 2010 code and each
/// job title map to.
public struct OccupationCoding: Sendable {
    /// Titles of SOC 2020 groups by code: major (1 digit) to unit group (4 digits).
    public var titles: [String: String]
    /// For each SOC 2010 code, how many coding-index rows map it to each SOC 2020 unit group.
    var bySOC2010: [String: [String: Int]]
    /// For each job title (as `Clean.matchKey`), how many rows map it to each unit group.
    var byTitle: [String: [String: Int]]
    /// For each job title and SOC 2010 code (`title|code`), how many rows map them to each unit group.
    var byTitleAndSOC2010: [String: [String: Int]] = [:]

    /// The SOC 2020 unit groups (4-digit codes), sorted.
    public var unitGroups: [String] { titles.keys.filter { $0.count == 4 }.sorted() }

    /// The SOC 2020 unit group most coding-index rows give a SOC 2010 code; on a tie, the
    /// lowest code. `nil` when the index never mentions it.
    public func bridge(soc2010 code: String) -> String? { OccupationCoding.most(bySOC2010[code]) }

    /// The SOC 2020 unit group of a job profile: the unit group the coding index gives the
    /// profile's own title under its SOC 2010 code, when it lists that title; else `bridge`.
    public func bridge(title: String, soc2010 code: String) -> String? {
        OccupationCoding.most(byTitleAndSOC2010[Clean.matchKey(title) + "|" + code]) ?? bridge(soc2010: code)
    }

    /// The SOC 2020 unit group a job title is coded to (most rows; on a tie, the lowest code).
    public func unitGroup(forTitle title: String) -> String? { OccupationCoding.most(byTitle[Clean.matchKey(title)]) }

    /// The unit group of a title, or of its last words when the whole title is not in the index
    /// ("Marine electrical fitter" → "electrical fitter"), down to two words.
    public func unitGroup(forTitleOrItsEnd title: String) -> String? {
        var words = Clean.matchKey(title).split(separator: " ")
        while !words.isEmpty {
            if let found = OccupationCoding.most(byTitle[words.joined(separator: " ")]) { return found }
            if words.count <= 2 { return nil }
            words.removeFirst()
        }
        return nil
    }

    static func most(_ counts: [String: Int]?) -> String? {
        counts?.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// Reads the structure CSV (`soc2020_code`, `level`, `title`) and the coding index CSV
    /// (`INDEXOCC_-_natural_word_order`, `SOC_2020`, `SOC_2010`). Cross-reference rows coded
    /// `}}}}` are skipped.
    static func read(structure: CSVTable, index: CSVTable) throws(ImportFailure) -> OccupationCoding {
        var errors: [ImportError] = []
        var titles: [String: String] = [:]
        do {
            let c = try structure.columns(["soc2020_code", "level", "title"])
            for row in structure.rows {
                let code = Clean.text(row.fields[c[0]]), title = Clean.title(row.fields[c[2]])
                guard (1...4).contains(code.count), code.allSatisfy(\.isNumber), !title.isEmpty else {
                    errors.append(ImportError(file: structure.file, line: row.line, "'\(Clean.printable(row.fields[c[0]]))' is not a SOC 2020 code with a title"))
                    continue
                }
                if titles[code] != nil {
                    errors.append(ImportError(file: structure.file, line: row.line, "SOC 2020 code \(code) is listed twice"))
                    continue
                }
                titles[code] = title
            }
        } catch {
            errors.append(error)
        }
        var bySOC2010: [String: [String: Int]] = [:]
        var byTitle: [String: [String: Int]] = [:]
        var byTitleAndSOC2010: [String: [String: Int]] = [:]
        do {
            let c = try index.columns(["INDEXOCC_-_natural_word_order", "SOC_2020", "SOC_2010"])
            for row in index.rows {
                let soc = Clean.text(row.fields[c[1]])
                if soc == "}}}}" { continue }
                guard Clean.isSOC(soc) else {
                    errors.append(ImportError(file: index.file, line: row.line, "SOC_2020 '\(Clean.printable(soc))' is not a four-digit code"))
                    continue
                }
                let old = Clean.text(row.fields[c[2]])
                if Clean.isSOC(old) { bySOC2010[old, default: [:]][soc, default: 0] += 1 }
                let key = Clean.matchKey(row.fields[c[0]])
                if !key.isEmpty { byTitle[key, default: [:]][soc, default: 0] += 1 }
                if !key.isEmpty && Clean.isSOC(old) { byTitleAndSOC2010[key + "|" + old, default: [:]][soc, default: 0] += 1 }
            }
        } catch {
            errors.append(error)
        }
        if errors.count > 50 { errors = Array(errors.prefix(50)) }
        if !errors.isEmpty { throw ImportFailure(errors) }
        return OccupationCoding(titles: titles, bySOC2010: bySOC2010, byTitle: byTitle, byTitleAndSOC2010: byTitleAndSOC2010)
    }
}
