import Foundation
import PathwaysTestSupport
import Testing

/// `routes` and `export` with a resident's profile, from flags or a session file.
@Suite struct ResidentCommandTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-resident-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func routes(_ args: [String]) throws -> [[String: Any]] {
        let r = try runPathways(["routes", "--json"] + args)
        #expect(r.exitCode == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    @Test func profileFlagsCostEveryStepWithAReason() throws {
        let found = try routes(["--to", "software-developer", "--from", "2", "--english-maths", "1", "--age", "19", "--status", "unemployed", "--care-leaver", "--limit", "5"])
        #expect(!found.isEmpty)
        #expect(found.contains { $0["fullyFunded"] as? Bool == true }, "a 19-year-old unemployed care leaver has a fully funded route")
        for route in found {
            let steps = try #require(route["steps"] as? [[String: Any]])
            for step in steps {
                #expect(step["costToLearner"] is Int)
                #expect((step["reason"] as? String)?.isEmpty == false)
                #expect(step["open"] as? Bool != nil)
            }
            let total = steps.compactMap { $0["costToLearner"] as? Int }.reduce(0, +)
            #expect(route["costToLearner"] as? Int == total)
        }
    }

    /// The flags issue #10 added: residence, earnings, redundancy, EHC plan, in education and the
    /// start day; each step carries its rule, source, dates and the age it starts at.
    @Test func residenceAndStartDayFlagsCostTheRoute() throws {
        let found = try routes(["--to", "care-worker", "--age", "27", "--english-maths", "E2", "--needs-esol", "--status", "benefits",
                                "--years-in-uk", "2", "--today", "2026-11-30", "--limit", "3"])
        let steps = found.flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }
        let esol = try #require(steps.first { ($0["id"] as? String)?.hasPrefix("esol") == true })
        #expect(esol["costToLearner"] as? Int == esol["cost"] as? Int, "no full funding under three years' residence")
        #expect((esol["reason"] as? String)?.contains("lived in the UK for 3 years") == true)
        let swap = try #require(steps.first { $0["funding"] as? String == "swap" })
        #expect(swap["reasonSource"] as? String == "swap-guide")
        #expect(swap["ruleDates"] as? String == "in force, no end announced")
        #expect(swap["ageAtStart"] as? Int == 27)
        let low = try routes(["--to", "senior-care-worker", "--from", "2", "--age", "30", "--status", "employed", "--earnings", "26000",
                              "--at-risk-of-redundancy", "--today", "2026-11-30", "--limit", "3"])
        let diploma = try #require(low.flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }.first { $0["id"] as? String == "l3-adult-care-diploma" })
        #expect(diploma["funding"] as? String == "free-courses-for-jobs-2026-27")
        #expect(diploma["ruleFrom"] as? String == "2026-08-01")
        #expect(diploma["feeEstimate"] as? Bool == true)
        let both = try runPathways(["routes", "--to", "care-worker", "--years-in-uk", "2", "--residence", "refugee"])
        #expect(both.exitCode == 2)
        #expect(both.stderr.contains("not both"))
        let badDay = try runPathways(["routes", "--to", "care-worker", "--age", "20", "--today", "2026-02-30"])
        #expect(badDay.exitCode == 2)
    }

    /// With a borough, an export lists each step's three nearest providers, the resident's own
    /// borough first; a national service says so rather than "outside WMCA".
    @Test func exportListsTheThreeNearestProviders() throws {
        let r = try runPathways(["export", "--to", "maintenance-fitter", "--from", "2", "--english-maths", "2", "--age", "19",
                                 "--borough", "coventry", "--format", "json", "--today", "2026-11-30", "--generated-at", "2026-11-30 10:00"])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let steps = try #require(doc["steps"] as? [[String: Any]])
        for step in steps {
            let providers = try #require(step["providers"] as? [String])
            #expect(providers.count <= 3)
        }
        let first = try #require(steps.first?["providers"] as? [String])
        #expect(first.first == "coventry-college")
        let apprenticeship = try runPathways(["export", "--to", "electrician", "--from", "2", "--age", "19", "--borough", "dudley",
                                              "--format", "md", "--today", "2026-11-30", "--generated-at", "2026-11-30 10:00"])
        #expect(apprenticeship.stdout.contains("national service"))
        #expect(!apprenticeship.stdout.contains("outside WMCA"))
    }

    @Test func ageChangesWhatIsFree() throws {
        func cheapest(_ age: String) throws -> Int {
            try routes(["--to", "electrician", "--from", "2", "--english-maths", "2", "--age", age, "--status", "employed", "--rank", "cost", "--limit", "1"])
                .first?["costToLearner"] as? Int ?? -1
        }
        #expect(try cheapest("19") == 0)
        #expect(try cheapest("19") <= cheapest("30"))
    }

    @Test func textOutputShowsReasons() throws {
        let r = try runPathways(["routes", "--to", "hgv-driver", "--age", "30", "--status", "unemployed", "--limit", "1"])
        #expect(r.stdout.contains("for no qualifications yet, English and maths below Entry 3, age 30 (24+), unemployed"))
        #expect(r.stdout.contains("to you"))
        #expect(r.stdout.contains("Free: "))
    }

    /// Samira (30, one year in the UK, learning English, unemployed but not on benefits,
    /// Birmingham) asks for every route to healthcare assistant. The SWAP route needs benefits
    /// she does not get: an adviser would say "you can't join this one yet — SWAP places are for
    /// people on benefits, through a work coach", never "£0 to you (fully funded)". Its header
    /// line says it is not open to her and why (the step's own reason), and the step is not
    /// priced; her open routes keep their prices. JSON says the same: open false, not funded.
    @Test func samirasClosedSWAPRouteSaysNotOpenNeverFullyFunded() throws {
        let samira = ["--to", "healthcare-assistant", "--age", "30", "--status", "unemployed", "--needs-esol", "--years-in-uk", "1",
                      "--borough", "birmingham", "--today", "2026-11-30", "--limit", "20"]
        let r = try runPathways(["routes"] + samira)
        #expect(r.exitCode == 0, "\(r.stderr)")
        let blocks = r.stdout.components(separatedBy: "\n\n").dropFirst()
        let swap = try #require(blocks.first { $0.contains("SWAP: ") }, "the SWAP route is listed")
        let header = try #require(swap.split(separator: "\n").first.map(String.init))
        #expect(!header.contains("fully funded") && !header.contains("£0") && !header.contains("free"), "\(header)")
        #expect(header.contains("not open to you yet: Sector-based Work Academy Programme (SWAP) is only for residents on benefits"), "\(header)")
        #expect(swap.contains("— 6 weeks, from age 30, not open to you yet"), "the step is not priced: \(swap)")
        #expect(r.stdout.contains("(fully funded)"), "her open apprenticeship routes are still fully funded")
        let json = try routes(samira)
        let closed = try #require(json.first { (($0["steps"] as? [[String: Any]]) ?? []).contains { ($0["id"] as? String)?.hasPrefix("swap-") == true } })
        #expect(closed["open"] as? Bool == false)
        #expect(closed["fullyFunded"] as? Bool == false)
    }

    /// Samira again, as the issue ran it (`--limit 2`). At 30 she is past a foundation
    /// apprenticeship's age limit (16 to 21 at the start, to 24 with an EHC plan or for care
    /// leavers), so an adviser would never offer her the health and social care one: her first
    /// route is the healthcare support worker apprenticeship, open at any age. The same command
    /// for a 23-year-old care leaver leads with the foundation apprenticeship.
    @Test func samiraIsNotOfferedAFoundationApprenticeshipACareLeaverIs() throws {
        let samira = ["--to", "healthcare-assistant", "--age", "30", "--years-in-uk", "1", "--needs-esol", "--status", "unemployed",
                      "--borough", "birmingham", "--today", "2026-11-30", "--limit", "2"]
        let r = try runPathways(["routes"] + samira)
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("foundation apprenticeship"), "\(r.stdout)")
        #expect(r.stdout.contains("1) Level 2: Healthcare support worker apprenticeship — 52 weeks, from age 30, free to you"), "\(r.stdout)")
        let leaver = try runPathways(["routes", "--to", "healthcare-assistant", "--age", "23", "--care-leaver", "--status", "unemployed",
                                      "--borough", "birmingham", "--today", "2026-11-30", "--limit", "2"])
        #expect(leaver.stdout.contains("1) Level 2: Health and social care foundation apprenticeship — 35 weeks, from age 23, free to you"),
                "\(leaver.stdout)")
    }

    @Test func sessionFileSuppliesTheProfileAndFlagsWin() throws {
        let session = dir.appendingPathComponent("s.json")
        try """
            {"format": "pathways-session", "version": 1, "savedAt": "2026-11-23T10:00:00Z", "contentVersion": "2026.11",
             "profile": {"levelHeld": "2", "englishMaths": "1", "age": 19, "employment": "unemployed", "lowPay": false,
                         "careLeaver": true, "needsESOL": false, "disabled": false, "modes": [], "earnWhileLearning": false},
             "plan": {"job": "hgv-driver", "steps": ["bootcamp-hgv-driving"], "extraSteps": [], "ranking": "time"},
             "notes": ["Has a full car licence."]}
            """.write(to: session, atomically: true, encoding: .utf8)
        let r = try runPathways(["routes", "--to", "software-developer", "--session", session.path, "--limit", "1"])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Level 2 held, English and maths Level 1, age 19 (19–23), unemployed, care leaver"))
        let older = try runPathways(["routes", "--to", "software-developer", "--session", session.path, "--age", "40", "--limit", "1"])
        #expect(older.stdout.contains("age 40 (24+)"))
        // Export with no --to takes the session's plan and notes.
        let md = try runPathways(["export", "--session", session.path, "--format", "md", "--generated-at", "2026-11-23 10:00"])
        #expect(md.exitCode == 0, "\(md.stderr)")
        #expect(md.stdout.contains("HGV driving"))
        #expect(md.stdout.contains("Has a full car licence."))
    }

    @Test func badSessionFilesAreClearErrors() throws {
        let newer = dir.appendingPathComponent("newer.json")
        try #"{"format": "pathways-session", "version": 9}"#.write(to: newer, atomically: true, encoding: .utf8)
        let r = try runPathways(["routes", "--to", "hgv-driver", "--session", newer.path])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("newer Pathways (session version 9)"))
        let missing = try runPathways(["routes", "--to", "hgv-driver", "--session", dir.appendingPathComponent("none.json").path])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("cannot read session"))
    }

    @Test func exportWritesAtomicallyAndNeverOverwritesWithoutForce() throws {
        let out = dir.appendingPathComponent("pathway.html")
        let args = ["export", "--to", "hgv-driver", "--format", "html", "--output", out.path, "--generated-at", "pinned"]
        #expect(try runPathways(args).exitCode == 0)
        let first = try Data(contentsOf: out)
        #expect(String(decoding: first, as: UTF8.self).contains("<html"))
        let again = try runPathways(args)
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try Data(contentsOf: out) == first)
        #expect(try runPathways(args + ["--force", "--age", "30"]).exitCode == 0)
        #expect(try Data(contentsOf: out) != first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["pathway.html"], "no temporary files left")
        let nowhere = try runPathways(["export", "--to", "hgv-driver", "--format", "csv", "--output", "/nonexistent/dir/x.csv"])
        #expect(nowhere.exitCode == 1)
        #expect(nowhere.stderr.contains("does not exist"))
    }

    @Test(arguments: ["md", "html", "json", "csv", "txt"])
    func exportIsDeterministicApartFromTheGeneratedAtLine(format: String) throws {
        let args = ["export", "--to", "software-developer", "--route", "2", "--format", format, "--age", "20", "--generated-at", "2026-11-23 10:00"]
        let a = try runPathways(args), b = try runPathways(args)
        #expect(a.exitCode == 0)
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test func exportUsageErrors() throws {
        #expect(try runPathways(["export", "--to", "hgv-driver"]).exitCode == 2, "--format is required")
        #expect(try runPathways(["export", "--format", "md"]).exitCode == 2, "needs --to or a session")
        #expect(try runPathways(["export", "--to", "hgv-driver", "--format", "md", "--route", "21"]).exitCode == 2)
        let unknown = try runPathways(["export", "--to", "hgv-drivr", "--format", "md"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("did you mean 'hgv-driver'"))
    }
}
