/// ONS ASHE Table 14.7a as the importer uses it: the median gross annual pay of full-time
/// employees by SOC 2020 unit group in the newest year the file holds, and which unit groups
/// ONS did not publish a median for (suppressed cells are empty).
///
/// Pathways uses the Full-Time sheet: part-time hours would pull an "All" median down for
/// occupations where many work part time, and the curated jobs' pay is full-time too.
public struct PayTable: Sendable {
    public var year: Int
    /// "provisional" or "revised", as the file says.
    public var edition: String
    /// Median by unit group; a unit group listed with no median was suppressed.
    public var medians: [String: Int?]

    /// The sheet used.
    static let sheet = "Full-Time"

    static func read(_ table: CSVTable) throws(ImportFailure) -> PayTable {
        let c: [Int]
        do { c = try table.columns(["year", "edition", "sheet", "soc2020_code", "level", "median"]) } catch { throw ImportFailure([error]) }
        var errors: [ImportError] = []
        var newest: Int? = nil
        for row in table.rows {
            guard let year = Int(Clean.text(row.fields[c[0]])) else {
                errors.append(ImportError(file: table.file, line: row.line, "year '\(Clean.printable(row.fields[c[0]]))' is not a number"))
                continue
            }
            newest = max(newest ?? year, year)
        }
        guard errors.isEmpty, let year = newest else {
            if errors.isEmpty { errors.append(ImportError(file: table.file, line: 1, "no rows of pay")) }
            throw ImportFailure(errors)
        }
        var medians: [String: Int?] = [:]
        var lines: [String: Int] = [:]
        var edition = ""
        for row in table.rows where Int(Clean.text(row.fields[c[0]])) == year && Clean.text(row.fields[c[2]]) == sheet {
            guard Clean.text(row.fields[c[4]]) == "unit" else { continue }
            let code = Clean.text(row.fields[c[3]])
            guard Clean.isSOC(code) else {
                errors.append(ImportError(file: table.file, line: row.line, "'\(Clean.printable(code))' is not a four-digit SOC 2020 code"))
                continue
            }
            if let first = lines[code] {
                errors.append(ImportError(file: table.file, line: row.line, "SOC \(code) has two \(sheet) rows for \(year) (first at line \(first))"))
                continue
            }
            lines[code] = row.line
            edition = Clean.text(row.fields[c[1]])
            let cell = Clean.text(row.fields[c[5]])
            if cell.isEmpty {
                medians[code] = .some(nil)
            } else if let pounds = Int(cell) ?? Double(cell).map({ Int($0.rounded()) }), pounds > 0 {
                medians[code] = pounds
            } else {
                errors.append(ImportError(file: table.file, line: row.line, "SOC \(code): median '\(Clean.printable(cell))' is not an amount of pounds (suppressed cells are empty)"))
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors) }
        return PayTable(year: year, edition: edition, medians: medians)
    }
}
