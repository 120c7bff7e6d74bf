@testable import PathwaysGraph
import PathwaysTestSupport
import Testing

@Suite struct SearchIndexTests {
    let index = SearchIndex(graph: Fixtures.graph)

    func ids(_ query: String) -> [String] { index.search(query).map(\.id) }

    @Test func exactPrefixAndMultiWord() {
        #expect(ids("warehouse") == ["warehouse-operative", "swap-warehouse"])
        #expect(ids("soft").prefix(3).sorted() == ["software-apprenticeship", "software-bootcamp", "software-developer"])
        #expect(ids("software boot") == ["software-bootcamp"])
        #expect(ids("ST0116") == ["software-apprenticeship"], "codes are searchable")
        #expect(ids("2134") == ["software-developer"], "SOC codes are searchable")
    }

    @Test func forgivesSmallTypos() {
        #expect(ids("warehuose").contains("warehouse-operative"))
        #expect(ids("sofware").contains("software-developer"))
        #expect(ids("xyzzy").isEmpty)
        #expect(ids("it").contains("it-support"), "short words match only exactly or by prefix")
    }

    @Test func groupsByKindAfterScore() {
        let hits = index.search("logistics")
        #expect(hits.first?.kind == .cluster)
        let college = index.search("college")
        #expect(college.map(\.kind) == [.provider])
        #expect(index.search("").isEmpty)
        #expect(index.search("   ").isEmpty)
    }

    @Test func suggestionsForUnknownIDs() {
        let graph = Fixtures.graph
        #expect(graph.suggestions(for: "software-develper").first == "software-developer")
        #expect(graph.suggestions(for: "esol").contains("esol-e3"))
    }
}

@Suite struct SearchWordsTests {
    @Test func wordsAreLowercasedUnaccentedAndSplitOnPunctuation() {
        var c = Fixtures.catalogue
        c.jobs[0].title = "Café manager – Level 3 (Crème)"
        c.jobs[1].title = "Cafe\u{0301} worker"
        let index = SearchIndex(graph: PathwayGraph(c))
        #expect(index.search("cafe").map(\.id).sorted() == ["it-support", "software-developer"])
        #expect(index.search("CRÈME").map(\.id) == ["software-developer"])
        #expect(index.search("3").map(\.id).contains("software-developer"))
    }
}

@Suite struct SearchRankingTests {
    static let index: SearchIndex = {
        var c = Fixtures.catalogue
        c.jobs.append(Job(id: "registered-nurse", title: "Registered nurse", clusters: ["digital"], minimumLevel: .level6))
        c.jobs.append(Job(id: "electrician", title: "Electrician", clusters: ["digital"], minimumLevel: .level3))
        c.clusters.append(Cluster(id: "electric-vehicles", title: "Electric vehicles"))
        return SearchIndex(graph: PathwayGraph(c))
    }()

    @Test func aWordFindsItsStem() {
        #expect(Self.index.search("nursing").map(\.id) == ["registered-nurse"])
        #expect(Self.index.search("developers").map(\.id).contains("software-developer"))
    }

    @Test func aCloserMissBeatsAFartherOne() {
        // One edit from "electrician", two from "electric": the job comes first despite kind order.
        #expect(Self.index.search("electrican").first?.id == "electrician")
    }
}

/// Issue #15: an exact or whole-word title match comes first, and words are found inside titles.
@Suite struct SearchTitleRankingTests {
    static let index: SearchIndex = {
        var c = Fixtures.catalogue
        for (id, title) in [("healthcare-assistant", "Healthcare assistant"), ("care-worker", "Care worker"),
                            ("senior-care-worker", "Senior care worker"),
                            ("building-technician", "Building and civil engineering technician"),
                            ("engineering-technician", "Engineering technician")] {
            c.jobs.append(Job(id: id, title: title, clusters: ["digital"], minimumLevel: .level2))
        }
        return SearchIndex(graph: PathwayGraph(c))
    }()

    @Test func careFindsWordsInsideTitlesAfterWholeWords() {
        let ids = Self.index.search("care").map(\.id)
        #expect(Array(ids.prefix(3)) == ["care-worker", "senior-care-worker", "healthcare-assistant"])
    }

    @Test func anExactTitleComesFirst() {
        let ids = Self.index.search("engineering technician").map(\.id)
        #expect(Array(ids.prefix(2)) == ["engineering-technician", "building-technician"])
    }

    @Test func titleMatchTiers() {
        #expect(OracleSearchIndex.titleMatch("Care worker", ["care", "worker"]) == 3)
        #expect(OracleSearchIndex.titleMatch("Care worker", ["care"]) == 2)
        #expect(OracleSearchIndex.titleMatch("Senior care worker", ["care"]) == 1)
        #expect(OracleSearchIndex.titleMatch("Healthcare assistant", ["care"]) == 0)
    }

    @Test func shortWordsAreNotFoundInsideOthers() {
        // "are" is inside "healthcare", but three letters match only whole or as a prefix.
        #expect(!Self.index.search("are").contains { $0.id == "healthcare-assistant" })
        #expect(Self.index.search("ware").contains { $0.id == "warehouse-operative" })
    }
}
