import Foundation

/// The official datasets an import reads, found in a data folder laid out as
/// `../shared/data/` is (see its MANIFEST.md):
///
/// - `apprenticeships/ifate_apprenticeships_all_versions_*.csv` (else `..._latest_version_*.csv`)
/// - `soc2020/soc2020_structure*.csv` and `soc2020/soc2020_coding_index*.csv`
/// - `pay/ashe_table14_7a*.csv`
/// - `careers/ncs_job_profiles*.csv`
///
/// Where several files match, the last by name is used (names end in their dates).
public struct NationalDatasets: Sendable {
    public var standards: [StandardRecord]
    public var coding: OccupationCoding
    public var pay: PayTable
    public var profiles: [JobProfile]
    /// The files read, relative to the data folder, in the order above.
    public var files: [String]

    /// The pattern of each file: folder, name prefix, and a fallback prefix.
    static let patterns: [(folder: String, prefixes: [String])] = [
        ("apprenticeships", ["ifate_apprenticeships_all_versions", "ifate_apprenticeships_latest_version"]),
        ("soc2020", ["soc2020_structure"]),
        ("soc2020", ["soc2020_coding_index"]),
        ("pay", ["ashe_table14_7a"]),
        ("careers", ["ncs_job_profiles"]),
    ]

    /// Largest dataset file read.
    static let maxFileBytes = 64 * 1024 * 1024

    /// Finds and reads every dataset; throws every problem found, each as `FILE:LINE`.
    public static func read(from directory: URL) throws(ImportFailure) -> NationalDatasets {
        let display = directory.relativePath.hasSuffix("/") ? String(directory.relativePath.dropLast()) : directory.relativePath
        var errors: [ImportError] = []
        var tables: [CSVTable] = []
        var files: [String] = []
        for pattern in patterns {
            let folder = directory.appendingPathComponent(pattern.folder).path
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
            guard let name = pattern.prefixes.lazy.compactMap({ prefix in names.last { $0.hasPrefix(prefix) } }).first else {
                errors.append(ImportError(file: "\(display)/\(pattern.folder)", line: 1,
                    "no file named \(pattern.prefixes[0])*.csv; see the README's content section for where to download it"))
                continue
            }
            let shown = "\(display)/\(pattern.folder)/\(name)"
            do {
                tables.append(try readTable(at: folder + "/" + name, display: shown))
                files.append("\(pattern.folder)/\(name)")
            } catch {
                errors += error.errors
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors) }
        var standards: [StandardRecord] = [], profiles: [JobProfile] = []
        var coding: OccupationCoding? = nil
        var pay: PayTable? = nil
        func collect(_ body: () throws(ImportFailure) -> Void) {
            do { try body() } catch { errors += error.errors }
        }
        collect { () throws(ImportFailure) in standards = try StandardsFile.read(tables[0]) }
        collect { () throws(ImportFailure) in coding = try OccupationCoding.read(structure: tables[1], index: tables[2]) }
        collect { () throws(ImportFailure) in pay = try PayTable.read(tables[3]) }
        collect { () throws(ImportFailure) in profiles = try JobProfile.read(tables[4]) }
        guard errors.isEmpty, let coding, let pay else { throw ImportFailure(errors) }
        return NationalDatasets(standards: standards, coding: coding, pay: pay, profiles: profiles, files: files)
    }

    static func readTable(at path: String, display: String) throws(ImportFailure) -> CSVTable {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportFailure([ImportError(file: display, line: 1, "cannot read the file")])
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxFileBytes + 1) else {
            throw ImportFailure([ImportError(file: display, line: 1, "cannot read the file")])
        }
        if data.count > maxFileBytes {
            throw ImportFailure([ImportError(file: display, line: 1, "the file is larger than \(maxFileBytes / 1024 / 1024) MB; is it the right file?")])
        }
        return try CSVReader().read([UInt8](data), file: display)
    }
}
