import PathwaysGraph
import PathwaysTestSupport
import Testing

@Suite struct ValidationTests {
    @Test func fixtureIsClean() {
        #expect(Fixtures.catalogue.validate() == [])
    }

    @Test func duplicateIDsAcrossKinds() {
        var c = Fixtures.catalogue
        c.steps.append(Step(id: "esol-e3", title: "Again", kind: .course, level: .entry3, weeks: 1))
        c.jobs.append(Job(id: "digital", title: "Clash", clusters: ["digital"], minimumLevel: .level1))
        let messages = c.validate().map(\.message)
        #expect(messages.contains("duplicate ID 'esol-e3'"))
        #expect(messages.contains("duplicate ID 'digital' (already used by a cluster)"))
    }

    @Test func danglingReferencesNameTheOwner() {
        var c = Fixtures.catalogue
        c.steps[0].providers.append("nowhere-college")
        c.steps[0].funding.append("magic-money")
        c.jobs[0].clusters.append("space")
        c.jobs[0].sources.append("rumour")
        c.progressions.append(Progression(from: "esol-e3", to: "astronaut"))
        let findings = c.validate()
        let messages = findings.map(\.message)
        #expect(messages.contains("step 'esol-e3' refers to unknown provider 'nowhere-college'"))
        #expect(messages.contains("step 'esol-e3' refers to unknown funding scheme 'magic-money'"))
        #expect(messages.contains("job 'software-developer' refers to unknown cluster 'space'"))
        #expect(messages.contains("job 'software-developer' refers to unknown source 'rumour'"))
        #expect(messages.contains("step 'esol-e3' progression to 'astronaut' leads to unknown step or job 'astronaut'"))
        #expect(findings.first { $0.message.contains("astronaut") }?.records == [RecordReference(.step, "esol-e3", progressionTo: "astronaut")])
    }

    @Test func cyclesAreReportedOnceWithTheirMembers() {
        var c = Fixtures.catalogue
        c.progressions.append(Progression(from: "digital-l3", to: "esol-e3", sideways: true))
        let cycles = c.validate().filter { $0.message.hasPrefix("progressions form a cycle") }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message == "progressions form a cycle through 'digital-l3', 'esol-e3', 'fs-maths-l2'")
        var selfLoop = Fixtures.catalogue
        selfLoop.progressions.append(Progression(from: "esol-e3", to: "esol-e3", sideways: true))
        #expect(selfLoop.validate().map(\.message).contains("progressions form a cycle through 'esol-e3'"))
    }

    @Test func downwardProgressionsMustBeMarkedSideways() {
        var c = Fixtures.catalogue
        c.progressions.append(Progression(from: "it-support-l3", to: "forklift-course"))
        #expect(c.validate().map(\.message) == [
            "step 'it-support-l3' progression to 'forklift-course' goes down from Level 3 to Level 2; mark it 'sideways: true' if that is meant",
        ])
        c.progressions[c.progressions.count - 1].sideways = true
        #expect(c.validate() == [])
    }

    @Test func progressionAskingMoreThanTheStepItLeaves() {
        var c = Fixtures.catalogue
        c.progressions.append(Progression(from: "esol-e3", to: "digital-l3", requirement: .init(minimumLevel: .level2)))
        #expect(c.validate().map(\.message) == [
            "step 'esol-e3' progression to 'digital-l3' asks for Level 2 but 'esol-e3' is Entry 3; require it on the step it leads to instead",
        ])
    }

    @Test func progressionsFromJobs() {
        var c = Fixtures.catalogue
        c.progressions.append(Progression(from: "it-support", to: "software-apprenticeship"))
        #expect(c.validate().map(\.message) == ["job 'it-support' cannot lead anywhere; progressions start at steps"])
    }

    @Test func unreachableJobsAndEmptyClusters() {
        var c = Fixtures.catalogue
        c.jobs.append(Job(id: "island", title: "Island", clusters: ["digital"], minimumLevel: .level1))
        c.clusters.append(Cluster(id: "empty", title: "Empty"))
        let findings = c.validate()
        #expect(findings.map(\.message) == [
            "job 'island' cannot be reached by any route from Entry level",
            "cluster 'empty' has no jobs",
        ])
        #expect(findings.map(\.records) == [[RecordReference(.job, "island")], [RecordReference(.cluster, "empty")]])
        #expect(findings.map(\.kind) == [.unreachableJob, .emptyCluster])
    }

    @Test func jobReachableOnlyWithEnglishAndMathsTaughtOnTheWay() {
        // Entry learners hold no English and maths; the apprenticeship needs Level 2, which the
        // Functional Skills step on the way provides — so the job counts as reachable.
        var c = Fixtures.catalogue
        c.progressions.removeAll { $0.to == "digital-l3" }
        #expect(!c.validate().map(\.message).contains { $0.contains("it-support") })
    }
}

@Suite struct RepeatedReferenceTests {
    @Test func aReferenceListedTwiceIsAFindingNamingTheRecord() {
        var c = Fixtures.catalogue
        c.steps[0].providers = ["city-college", "code-school", "city-college", "city-college"]
        c.jobs[0].clusters.append("digital")
        c.progressions.append(Progression(from: "esol-e3", to: "fs-maths-l2"))
        let findings = c.validate()
        #expect(findings.map(\.message) == [
            "job 'software-developer' lists cluster 'digital' more than once",
            "step 'esol-e3' lists provider 'city-college' more than once",
            "step 'esol-e3' leads to 'fs-maths-l2' more than once",
        ])
        #expect(findings[1].records == [RecordReference(.step, "esol-e3")])
    }
}

@Suite struct ReferenceSuggestionTests {
    @Test func unknownReferencesNameTheItemAndSuggestTheNearestID() {
        var c = Fixtures.catalogue
        c.steps[0].providers = ["city-colege"]
        c.jobs[0].pay?.source = "src-ashee"
        let findings = c.validate()
        let provider = findings.first { $0.message.contains("city-colege") }
        #expect(provider?.message == "step 'esol-e3' refers to unknown provider 'city-colege'; did you mean 'city-college'?")
        #expect(provider?.item == Finding.Item(field: "providers", value: "city-colege"))
        let pay = findings.first { $0.message.contains("src-ashee") }
        #expect(pay?.item == Finding.Item(field: "pay.source", value: "src-ashee"))
        #expect(pay?.message.hasSuffix("did you mean 'src-ashe'?") == true)
        c.steps[1].providers = ["quite-unlike-anything"]
        #expect(c.validate().contains { $0.message == "step 'fs-maths-l2' refers to unknown provider 'quite-unlike-anything'" })
    }

    /// Each finding says what kind it is, and which record and field it concerns, so a loader
    /// can place it without reading its words.
    @Test func findingsCarryTheirKindRecordAndField() {
        var c = Fixtures.catalogue
        c.steps.append(Step(id: "esol-e3", title: "Again", kind: .course, level: .entry3, weeks: 1))
        c.steps[0].providers += ["nowhere-college", "city-college"]
        c.progressions.append(Progression(from: "it-support-l3", to: "forklift-course"))
        c.progressions.append(Progression(from: "esol-e3", to: "digital-l3", requirement: .init(minimumLevel: .level2)))
        c.progressions.append(Progression(from: "it-support", to: "software-apprenticeship"))
        c.progressions.append(Progression(from: "digital-l3", to: "esol-e3", sideways: true))
        c.progressions.append(c.progressions[0])
        let findings = c.validate()
        func kind(_ k: Finding.Kind) -> Finding? { findings.first { $0.kind == k } }
        #expect(kind(.duplicateID)?.records == [RecordReference(.step, "esol-e3"), RecordReference(.step, "esol-e3")])
        #expect(kind(.unknownReference)?.item == Finding.Item(field: "providers", value: "nowhere-college"))
        #expect(kind(.repeatedReference)?.item == Finding.Item(field: "providers", value: "city-college"))
        #expect(kind(.repeatedProgression)?.record == RecordReference(.step, c.progressions[0].from, progressionTo: c.progressions[0].to))
        #expect(kind(.progressionDownwards)?.record == RecordReference(.step, "it-support-l3", progressionTo: "forklift-course"))
        #expect(kind(.requirementAboveStep)?.record == RecordReference(.step, "esol-e3", progressionTo: "digital-l3"))
        #expect(kind(.progressionFromJob)?.record == RecordReference(.job, "it-support", progressionTo: "software-apprenticeship"))
        #expect(kind(.cycle)?.records.count == 3)
    }
}
