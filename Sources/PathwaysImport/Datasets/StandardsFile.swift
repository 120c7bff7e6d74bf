/// Reads the Skills England (IfATE) apprenticeship standards export: the "all versions" CSV
/// (one row per version of each standard) or the "latest version" CSV derived from it. Its
/// "Apprenticeship Type" column (when present) or an `FA` reference marks a foundation
/// apprenticeship.
///
/// For each reference it keeps the highest version that is approved for delivery (or paused),
/// else the highest version of any status. Two rows with the same reference and version are
/// an error, as is an offered standard whose level, duration or funding band is not a number.
enum StandardsFile {
    static let required = ["Reference", "Name", "Version Number", "Status", "Level", "Route", "Maximum Funding (£)",
                           "LARS code for providers only", "Approved for Delivery Date", "Job Titles"]

    static func read(_ table: CSVTable) throws(ImportFailure) -> [StandardRecord] {
        var errors: [ImportError] = []
        let c: [Int]
        do { c = try table.columns(required) } catch { throw ImportFailure([error]) }
        guard let durationColumn = table.column("Typical Duration") ?? table.column("Typical Duration (months)") else {
            throw ImportFailure([ImportError(file: table.file, line: 1, "missing column 'Typical Duration'")])
        }
        let typeColumn = table.column("Apprenticeship Type")
        var versions: [String: [StandardRecord]] = [:]
        var order: [String] = []
        for row in table.rows {
            let f = row.fields
            func fail(_ message: String) { errors.append(ImportError(file: table.file, line: row.line, message)) }
            let reference = Clean.text(f[c[0]]).uppercased()
            guard Clean.isReference(reference) else {
                fail("reference '\(Clean.printable(f[c[0]]))' is not a standard reference like ST0116")
                continue
            }
            let statusText = Clean.text(f[c[3]])
            guard let status = StandardRecord.Status(rawValue: statusText) else {
                fail("\(reference): unknown status '\(Clean.printable(statusText))'")
                continue
            }
            let version = Clean.text(f[c[2]])
            var record = StandardRecord(
                reference: reference, name: Clean.text(f[c[1]]), version: version, status: status,
                level: Int(Clean.text(f[c[4]])), routes: Clean.list(f[c[5]], separator: ";"),
                maximumFunding: Int(Clean.text(f[c[6]])), months: Int(Clean.text(f[durationColumn])),
                lars: Clean.optional(f[c[7]]), approvedOn: Clean.date(f[c[8]]),
                jobTitles: Clean.list(f[c[9]], separator: ";"), line: row.line)
            record.isFoundation = reference.hasPrefix("FA")
                || typeColumn.map { Clean.text(f[$0]).lowercased() == "foundation apprenticeship" } ?? false
            if record.isOffered {
                if record.name.isEmpty { fail("\(reference) is approved for delivery but has no name") }
                if record.level.map({ !(1...8).contains($0) }) ?? true {
                    fail("\(reference) is approved for delivery but its level '\(Clean.printable(f[c[4]]))' is not a level from 1 to 8")
                }
                if record.months.map({ $0 <= 0 }) ?? true {
                    fail("\(reference) is approved for delivery but its typical duration '\(Clean.printable(f[durationColumn]))' is not a number of months")
                }
                if record.maximumFunding == nil && !Clean.text(f[c[6]]).isEmpty {
                    fail("\(reference) is approved for delivery but its maximum funding '\(Clean.printable(f[c[6]]))' is not a whole number of pounds")
                }
                if record.routes.isEmpty { fail("\(reference) is approved for delivery but has no route") }
            }
            record.jobTitles = Array(Set(record.jobTitles.map(Clean.title))).filter { !$0.isEmpty }.sorted()
            if let earlier = versions[reference]?.first(where: { $0.version == version }) {
                fail("\(reference) version '\(Clean.printable(version))' is listed twice (first at line \(earlier.line))")
                continue
            }
            if versions[reference] == nil { order.append(reference) }
            versions[reference, default: []].append(record)
        }
        if !errors.isEmpty { throw ImportFailure(errors) }
        return order.sorted().map { reference in
            let all = versions[reference]!.sorted { Clean.versionKey($0.version).lexicographicallyPrecedes(Clean.versionKey($1.version)) }
            return all.last(where: \.isOffered) ?? all.last!
        }
    }
}
