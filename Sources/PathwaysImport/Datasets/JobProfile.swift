/// A National Careers Service job profile, reduced to the facts Pathways keeps: its title, its
/// address name, its SOC 2010 code and the apprenticeship standards it links to.
public struct JobProfile: Sendable, Hashable {
    public var title: String
    /// The profile's address name (`software-developer`), the basis of its job ID.
    public var urlName: String
    public var soc2010: String
    /// Standard references the profile links to (`ST0116`).
    public var standards: [String]
    public var line: Int

    /// Reads the profiles CSV (`title`, `url_name`, `soc2010_code`, `apprenticeship_standards`
    /// as `ST-ref:title; ...`). A repeated address name is an error.
    static func read(_ table: CSVTable) throws(ImportFailure) -> [JobProfile] {
        let c: [Int]
        do { c = try table.columns(["title", "url_name", "soc2010_code", "apprenticeship_standards"]) } catch { throw ImportFailure([error]) }
        var errors: [ImportError] = []
        var seen: [String: Int] = [:]
        var profiles: [JobProfile] = []
        for row in table.rows {
            let f = row.fields
            func fail(_ message: String) { errors.append(ImportError(file: table.file, line: row.line, message)) }
            let title = Clean.title(f[c[0]]), urlName = Clean.text(f[c[1]]), soc = Clean.text(f[c[2]])
            guard !title.isEmpty, !Clean.id(urlName).isEmpty else { fail("job profile has no title or address name"); continue }
            guard Clean.isSOC(soc) else { fail("\(Clean.printable(urlName)): SOC 2010 code '\(Clean.printable(soc))' is not four digits"); continue }
            if let first = seen[Clean.id(urlName)] { fail("job profile '\(Clean.printable(urlName))' is listed twice (first at line \(first))"); continue }
            seen[Clean.id(urlName)] = row.line
            var refs: [String] = []
            for item in Clean.list(f[c[3]], separator: ";") {
                let ref = Clean.text(String(item.prefix { $0 != ":" })).uppercased()
                guard Clean.isReference(ref) else { fail("\(Clean.printable(urlName)): '\(Clean.printable(item))' does not start with a standard reference"); continue }
                refs.append(ref)
            }
            profiles.append(JobProfile(title: title, urlName: urlName, soc2010: soc, standards: Array(Set(refs)).sorted(), line: row.line))
        }
        if !errors.isEmpty { throw ImportFailure(errors) }
        return profiles
    }
}
