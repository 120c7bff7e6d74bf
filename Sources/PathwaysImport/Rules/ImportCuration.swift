import Foundation
import PathwaysContent
import Yams

/// The hand-made choices an import applies, read from `Content/curation/import.yaml`:
///
/// ```yaml
/// apprenticeships:            # given to every imported standard
///   funding: []
///   providers: [find-an-apprenticeship]
/// jobs:                       # a curated job that stands for imported ones
///   - job: hgv-driver
///     standsFor: [lgv-driver] # NCS profile addresses or soc-NNNN IDs it replaces
/// progressions:
///   add:    [{from: st0116, to: st0119, reason: ...}]
///   remove: [{from: st0116, to: st0482, reason: ...}]
/// ```
///
/// Every added or removed link gives its reason. A missing file means no choices.
public struct ImportCuration: Sendable, Hashable {
    /// A curated change to one link.
    public struct Link: Sendable, Hashable {
        public var from: String
        public var to: String
        public var reason: String
    }

    public var funding: [String] = []
    public var providers: [String] = []
    /// Imported job IDs (NCS addresses or `soc-NNNN`) a curated job stands for, to the curated ID.
    public var standsFor: [String: String] = [:]
    public var add: [Link] = []
    public var remove: [Link] = []

    public init() {}

    /// The file's place inside a content folder.
    public static let path = "curation/import.yaml"

    /// Reads the file; every problem as `FILE:LINE:COLUMN`.
    public static func read(contentDirectory: URL, display: String) throws(ImportFailure) -> ImportCuration {
        let file = contentDirectory.appendingPathComponent(path).path
        let shown = display + "/" + path
        guard FileManager.default.fileExists(atPath: file) else { return ImportCuration() }
        guard let data = FileManager.default.contents(atPath: file), data.count < 1_000_000,
              !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw ImportFailure([ImportError(file: shown, line: 1, "cannot read the file as UTF-8 text under 1 MB")])
        }
        // The same screen as every content file: anchors, aliases and deep nesting refused,
        // lines ended where the parser ends them.
        if let problem = YAMLScreen.firstProblem(in: text) {
            throw ImportFailure([ImportError(file: shown, line: problem.line, column: problem.column, problem.message)])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ImportFailure([ImportError(file: shown, line: 1, "YAML syntax error: \(error)")])
        }
        var curation = ImportCuration()
        var errors: [ImportError] = []
        func fail(_ node: Node?, _ message: String) {
            errors.append(ImportError(file: shown, line: node?.mark?.line ?? 1, column: node?.mark?.column, message))
        }
        func ids(_ node: Node?, _ what: String) -> [String] {
            guard let node else { return [] }
            guard let items = node.sequence else { fail(node, "'\(what)' must be a list of IDs"); return [] }
            return items.compactMap { item in
                guard let s = item.scalar?.string, Clean.id(s) == s else { fail(item, "'\(what)' items must be IDs"); return nil }
                return s
            }
        }
        guard let mapping = root?.mapping else {
            if root != nil { fail(root, "the file must be a mapping of apprenticeships, jobs and progressions") }
            if !errors.isEmpty { throw ImportFailure(errors) }
            return curation
        }
        for (key, value) in mapping {
            switch key.scalar?.string {
            case "apprenticeships":
                guard let m = value.mapping else { fail(value, "'apprenticeships' must be a mapping of funding and providers"); continue }
                for (k, v) in m {
                    switch k.scalar?.string {
                    case "funding": curation.funding = ids(v, "funding")
                    case "providers": curation.providers = ids(v, "providers")
                    default: fail(k, "unknown key '\(k.scalar?.string ?? "")' in 'apprenticeships' (expected funding, providers)")
                    }
                }
            case "jobs":
                guard let items = value.sequence else { fail(value, "'jobs' must be a list"); continue }
                for item in items {
                    guard let m = item.mapping, let job = m["job"]?.scalar?.string, Clean.id(job) == job else {
                        fail(item, "each item of 'jobs' needs 'job: ID' and 'standsFor: [IDs]'"); continue
                    }
                    for key in m.keys where !["job", "standsFor"].contains(key.scalar?.string ?? "") {
                        fail(key, "unknown key '\(key.scalar?.string ?? "")' in 'jobs' (expected job, standsFor)")
                    }
                    for imported in ids(m["standsFor"], "standsFor") {
                        if let other = curation.standsFor[imported], other != job {
                            fail(m["standsFor"], "'\(imported)' is already stood for by '\(other)'")
                        }
                        curation.standsFor[imported] = job
                    }
                }
            case "progressions":
                guard let m = value.mapping else { fail(value, "'progressions' must be a mapping of add and remove"); continue }
                for (k, v) in m {
                    let which = k.scalar?.string ?? ""
                    guard which == "add" || which == "remove" else { fail(k, "unknown key '\(which)' in 'progressions' (expected add, remove)"); continue }
                    guard let items = v.sequence else { fail(v, "'\(which)' must be a list"); continue }
                    for item in items {
                        guard let e = item.mapping, let from = e["from"]?.scalar?.string, let to = e["to"]?.scalar?.string,
                              let reason = e["reason"]?.scalar?.string, !reason.isEmpty else {
                            fail(item, "each link needs 'from', 'to' and 'reason'"); continue
                        }
                        let link = Link(from: from, to: to, reason: Clean.text(reason))
                        if which == "add" { curation.add.append(link) } else { curation.remove.append(link) }
                    }
                }
            default:
                fail(key, "unknown key '\(key.scalar?.string ?? "")' (expected apprenticeships, jobs, progressions)")
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors) }
        return curation
    }
}
