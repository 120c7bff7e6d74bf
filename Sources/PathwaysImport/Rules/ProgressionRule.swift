/// The documented rules by which the importer links records; each link it writes names its rule.
///
/// Standards to jobs:
/// - `ncs-link`: the National Careers Service profile of the job lists the standard.
/// - `job-title`: one of the standard's job titles is the job's title (ignoring case and punctuation).
/// - `coding-index`: one of the standard's job titles is coded, in the ONS coding index, to the
///   job's SOC 2020 unit group, and that unit group has at most `codingIndexJobLimit` jobs.
/// - `trained-soc-group`: for a standard no rule above links to any job, up to three jobs of the
///   unit groups its job titles are coded to, those whose titles share most words with the
///   standard's name and job titles first.
/// - `related-soc-group`: for a job no rule above reaches, up to three standards that train for
///   the closest SOC group (the same unit group, else minor, sub-major, then major group), at or
///   above the job's level when any are, lowest level first.
///
/// No standard leads straight to a curated job that asks for a higher level than the standard's.
///
/// Standards to standards:
/// - `same-route-next-level`: the next standard one level up on the same route that trains for
///   the same SOC minor group (first three digits).
/// - `same-route-nearest-level`: for a standard at Level 4 or above that no other rule reaches, up
///   to three standards on the same route at the nearest lower level, closest SOC groups first.
///
/// Curated (from `Content/curation/import.yaml`):
/// - `curated`: a link an editor added, with its reason; editors may also remove any link.
public enum ProgressionRule: String, Sendable, CaseIterable {
    case ncsLink = "ncs-link"
    case jobTitle = "job-title"
    case codingIndex = "coding-index"
    case trainedSOCGroup = "trained-soc-group"
    case relatedSOCGroup = "related-soc-group"
    case sameRouteNextLevel = "same-route-next-level"
    case sameRouteNearestLevel = "same-route-nearest-level"
    case curated

    /// A unit group with more jobs than this is too broad to link a standard to all of them.
    static let codingIndexJobLimit = 3
    /// Most links a fallback rule adds to one record.
    static let fallbackLimit = 3
}
