import Foundation
import PathwaysTestSupport
import Testing

/// The real `pathways` binary, run as a script would run it.
@Suite struct CommandLineTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func validateCleanContentPrintsTheCounts() throws {
        let r = try runPathways(["validate", "Content"])
        #expect(r.exitCode == 0)
        #expect(r.stdout.hasPrefix("Content: ok — 8 clusters, "))
        #expect(r.stdout.contains(" jobs, ") && r.stdout.contains(" steps, ") && r.stdout.contains(" progressions"))
    }

    @Test func validateReportsEveryFindingCompilerStyle() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        try "title: T\nversion: \"1\"\ndate: \"2026-01-01\"\n".write(to: dir.appendingPathComponent("content.yaml"), atomically: true, encoding: .utf8)
        try """
            - id: lonely-job
              title: Lonely job
              clusters: [nowhere]
              level: 9
              summary: Nobody can get here.
              sources: [missing-source]
            """.write(to: dir.appendingPathComponent("jobs/jobs.yaml"), atomically: true, encoding: .utf8)
        let r = try runPathways(["validate", dir.path])
        #expect(r.exitCode == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count >= 2)
        for line in lines {
            #expect(line.range(of: #"^/.+/jobs/jobs\.yaml:\d+:\d+: error: .+"#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(r.stdout.contains("level"))
        #expect(r.stderr.contains("error"))
    }

    @Test(arguments: [
        ["routes"], ["--bogus"], ["routes", "--to", "software-developer", "--rank", "fastest"],
        ["routes", "--to", "software-developer", "--from", "9"], ["routes", "--to", "x", "--limit", "0"], ["jobs", "extra"],
    ])
    func badUsageGetsAUsageMessageAndExit2(arguments: [String]) throws {
        let r = try runPathways(arguments)
        #expect(r.exitCode == 2, "\(arguments)")
        #expect(r.stderr.contains("Usage:") || r.stderr.contains("Help:"), "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func clustersAndJobsAsJSON() throws {
        let clusters = try #require(try json(try runPathways(["clusters", "--json"]).stdout) as? [[String: Any]])
        #expect(clusters.count == 8)
        #expect(clusters.allSatisfy { $0["id"] is String && $0["title"] is String })
        let first = try #require(clusters.first?["id"] as? String)
        let jobs = try #require(try json(try runPathways(["jobs", "--cluster", first, "--json"]).stdout) as? [[String: Any]])
        #expect(jobs.count >= 5)
        for job in jobs {
            #expect(job["id"] is String && job["title"] is String && job["level"] is String)
            #expect((job["clusters"] as? [String])?.contains(first) == true)
            #expect(job["cluster"] is String)
            #expect(job["soc"] == nil || job["soc"] is String)
            #expect(job["medianPay"] == nil || job["medianPay"] is Int)
        }
    }

    @Test func unknownIDsSuggestTheNearest() throws {
        let r = try runPathways(["show", "software-develper"])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("unknown ID 'software-develper'; did you mean 'software-developer'"))
        let jobs = try runPathways(["routes", "--to", "sofware-developer"])
        #expect(jobs.exitCode == 1)
        #expect(jobs.stderr.contains("did you mean 'software-developer'"))
    }

    @Test func showAJobAndAStep() throws {
        let job = try runPathways(["show", "software-developer"])
        #expect(job.exitCode == 0)
        #expect(job.stdout.contains("SOC 2020:") && job.stdout.contains("2134"))
        #expect(job.stdout.contains("Median pay:") && job.stdout.contains("£56,914 (2025)"))
        let step = try #require(try json(try runPathways(["show", "bootcamp-software-development", "--json"]).stdout) as? [String: Any])
        #expect(step["kind"] as? String == "step")
        let record = try #require(step["record"] as? [String: Any])
        #expect(record["level"] as? String == "4")
        #expect((record["next"] as? [[String: Any]])?.contains { $0["id"] as? String == "software-developer" } == true)
    }

    @Test func searchForgivesTypos() throws {
        let r = try runPathways(["search", "sofware", "develper"])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("software-developer"))
        let none = try runPathways(["search", "zzzzqqq"])
        #expect(none.stdout.contains("Nothing matches"))
    }

    @Test(arguments: ["time", "cost", "steps"])
    func routesAreRankedAsAsked(rank: String) throws {
        let r = try runPathways(["routes", "--to", "software-developer", "--rank", rank, "--limit", "5", "--json"])
        #expect(r.exitCode == 0)
        let routes = try #require(try json(r.stdout) as? [[String: Any]])
        #expect(routes.count == 5)
        let key = ["time": "totalWeeks", "cost": "costToLearner", "steps": "stepCount"][rank]!
        let measures = routes.compactMap { $0[key] as? Int }
        #expect(measures == measures.sorted(), "\(rank): \(measures)")
        for (i, route) in routes.enumerated() {
            #expect(route["rank"] as? Int == i + 1)
            #expect((route["job"] as? [String: Any])?["id"] as? String == "software-developer")
            let steps = try #require(route["steps"] as? [[String: Any]])
            #expect(steps.allSatisfy { $0["id"] is String && $0["title"] is String && $0["level"] is String })
            #expect(route["totalWeeks"] is Int && route["costToLearner"] is Int)
        }
    }

    @Test func startingLevelSkipsGeneralSteps() throws {
        let r = try runPathways(["routes", "--to", "software-developer", "--from", "3", "--limit", "5", "--json"])
        let routes = try #require(try json(r.stdout) as? [[String: Any]])
        #expect(!routes.isEmpty)
        for route in routes {
            for step in route["steps"] as? [[String: Any]] ?? [] {
                let level = step["level"] as? String ?? ""
                let kind = step["kind"] as? String ?? ""
                #expect(!["E1", "E2", "E3", "1", "2"].contains(level) || ["apprenticeship", "bootcamp"].contains(kind), "\(step)")
            }
        }
    }

    @Test func entryLevelsAreStartingPointsToo() throws {
        let r = try runPathways(["routes", "--to", "hgv-driver", "--from", "E3", "--limit", "1"])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("from Entry 3 held"))
    }

    @Test func contentComesFromTheFlagOrTheEnvironment() throws {
        let missing = try runPathways(["clusters", "--content", "/nonexistent/content"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("/nonexistent/content"))
        let env = try runPathways(["clusters"], environment: ["PATHWAYS_CONTENT": "/nonexistent/other"])
        #expect(env.exitCode == 1)
        #expect(env.stderr.contains("/nonexistent/other"))
        let fromElsewhere = try runPathways(["clusters"], currentDirectory: FileManager.default.temporaryDirectory)
        #expect(fromElsewhere.exitCode == 0, "finds the bundled content from the binary's location: \(fromElsewhere.stderr)")
    }

    @Test func synthWritesContentThatValidates() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try runPathways(["synth", "--steps", "500", "--jobs", "40", "--seed", "7", "--out", dir.path])
        #expect(w.exitCode == 0, "\(w.stderr)")
        let v = try runPathways(["validate", dir.path])
        #expect(v.exitCode == 0, "\(v.stdout)")
        #expect(v.stdout.contains("40 jobs, 500 steps"))
    }
}

@Suite struct BrowseWithoutATerminalTests {
    @Test(arguments: [[String: String](), ["TERM": "dumb"]])
    func explainsAndExits2WithoutWritingToStdout(environment: [String: String]) throws {
        let r = try runPathways([], environment: environment)
        #expect(r.exitCode == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("needs a terminal"))
        #expect(r.stderr.contains("pathways routes --to JOB"))
    }
}
