import Foundation
import PathwaysGraph

/// A seeded generator of large, valid content sets for benchmarks and tests
/// (`pathways synth --steps N --jobs M --seed S --out DIR`).
///
/// Steps are spread evenly over the levels Entry 1 to Level 8, in order, and every progression
/// leads from a step to a later one (a higher level, or the same level marked `sideways`), so
/// there are no cycles. Every step above Entry level and every job has at least one way in, and
/// Entry-level steps are open to anyone, so every job can be reached from Entry level. Each
/// step has five to ten `next` entries where there are enough later steps and jobs. Records are
/// written 1,000 to a file, well under the loader's size cap. The same seed writes the same bytes.
public struct SyntheticContent: Sendable {
    public var steps: Int
    public var jobs: Int
    public var seed: UInt64

    /// Records per file.
    static let perFile = 1_000
    static let boroughs = Borough.allCases.filter { $0 != .outside }

    public init(steps: Int, jobs: Int, seed: UInt64) {
        self.steps = max(0, steps)
        self.jobs = max(0, jobs)
        self.seed = seed
    }

    /// Writes `content.yaml` and the record folders into `directory`, creating it if needed.
    public func write(to directory: URL) throws {
        var random = SeededGenerator(seed: seed)
        let fm = FileManager.default
        for kind in RecordKind.allCases {
            try fm.createDirectory(at: directory.appendingPathComponent(kind.folder), withIntermediateDirectories: true)
        }
        func save(_ text: String, _ path: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(path))
        }
        try save("title: Synthetic content (\(steps) steps, \(jobs) jobs, seed \(seed))\nversion: \"synthetic-\(seed)\"\ndate: \"2026-01-01\"\n", "content.yaml")
        try save(sources(), "sources/sources.yaml")
        let clusterCount = min(8, jobs)
        if clusterCount > 0 { try save(clusters(clusterCount), "clusters/clusters.yaml") }
        try save(providers(), "providers/providers.yaml")
        try save(funding(), "funding/funding.yaml")

        let levels = stepLevels()
        let next = progressions(levels: levels, random: &random)
        for start in stride(from: 0, to: steps, by: SyntheticContent.perFile) {
            var text = ""
            text.reserveCapacity(SyntheticContent.perFile * 900)
            for i in start..<min(steps, start + SyntheticContent.perFile) {
                appendStep(i, level: levels[i], next: next[i], to: &text, random: &random)
            }
            try save(text, "steps/steps-\(SyntheticContent.padded(start / SyntheticContent.perFile)).yaml")
        }
        for start in stride(from: 0, to: jobs, by: SyntheticContent.perFile) {
            var text = ""
            for j in start..<min(jobs, start + SyntheticContent.perFile) {
                appendJob(j, clusters: clusterCount, to: &text, random: &random)
            }
            try save(text, "jobs/jobs-\(SyntheticContent.padded(start / SyntheticContent.perFile)).yaml")
        }
    }

    static func padded(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func stepID(_ i: Int) -> String { "step-\(i)" }
    static func jobID(_ j: Int) -> String { "job-\(j)" }

    /// Levels in order: step `i` of `n` sits at level `i * 11 / n`, so step 0 is Entry 1.
    func stepLevels() -> [Level] {
        let all = Level.allCases
        return (0..<steps).map { all[$0 * all.count / max(1, steps)] }
    }

    /// Each step's `next` entries: (target ID, sideways, an optional age requirement).
    func progressions(levels: [Level], random: inout SeededGenerator) -> [[(to: String, sideways: Bool, age: Int?)]] {
        var next = [[(to: String, sideways: Bool, age: Int?)]](repeating: [], count: steps)
        var chosen = [Set<String>](repeating: [], count: steps)
        // The first step of each level, to find "later, higher" steps quickly.
        var firstAbove = [Int](repeating: steps, count: steps)
        var boundary = steps
        for i in stride(from: steps - 1, through: 0, by: -1) {
            if i + 1 < steps && levels[i + 1] != levels[i] { boundary = i + 1 }
            firstAbove[i] = boundary
        }
        func add(_ from: Int, _ to: String, sideways: Bool, random: inout SeededGenerator) {
            guard chosen[from].insert(to).inserted else { return }
            next[from].append((to, sideways, random.chance(10) ? 16 + random.below(10) : nil))
        }
        // A way into every step above the first level, from an earlier, lower step.
        var firstOfLevel = 0
        for j in 0..<steps {
            if j > 0 && levels[j - 1] != levels[j] { firstOfLevel = j }
            guard firstOfLevel > 0 else { continue }
            add(random.below(firstOfLevel), SyntheticContent.stepID(j), sideways: false, random: &random)
        }
        // A way into every job.
        if steps > 0 {
            for j in 0..<jobs { add(random.below(steps), SyntheticContent.jobID(j), sideways: false, random: &random) }
        }
        // Fill up to five to ten entries each, mostly to higher steps, some to jobs, a few sideways.
        for i in 0..<steps {
            let want = 5 + random.below(6)
            var tries = 0
            while next[i].count < want && tries < want * 3 {
                tries += 1
                let higher = steps - firstAbove[i]
                let sameLater = firstAbove[i] - i - 1
                let roll = random.below(100)
                if roll < 75 && higher > 0 {
                    add(i, SyntheticContent.stepID(firstAbove[i] + random.below(min(higher, 400))), sideways: false, random: &random)
                } else if roll < 85 && sameLater > 0 {
                    add(i, SyntheticContent.stepID(i + 1 + random.below(sameLater)), sideways: true, random: &random)
                } else if jobs > 0 {
                    add(i, SyntheticContent.jobID(random.below(jobs)), sideways: false, random: &random)
                } else if higher == 0 && sameLater == 0 {
                    break
                }
            }
        }
        return next
    }
}
