import PathwaysExport
import PathwaysGraph
import PathwaysTestSupport

/// Fixed documents the export tests render: same input, same bytes.
enum ExportSamples {
    static let generatedAt = "2026-03-02 14:05"
    static let startingPoint = "Level 2, English and maths Level 1, age 19–23"

    /// The four-step fixture route to `software-developer` from Entry level (98 weeks):
    /// ESOL Entry 3, Functional Skills Level 2, Level 3 Diploma in IT, Software Skills Bootcamp.
    static var route: Route { route(in: Fixtures.graph) }

    static let routeIDs = ["esol-e3", "fs-maths-l2", "digital-l3", "software-bootcamp", "software-developer"]

    static func route(in graph: PathwayGraph) -> Route {
        graph.routes(from: .entry, to: "software-developer", limit: 10).first { $0.nodeIDs == routeIDs }!
    }

    /// One costing per step of `route`: free through the Adult Skills Fund, the bootcamp closed.
    static let costings: [StepCosting] = [
        StepCosting(costToLearner: 0, ruleID: "asf", reason: "Free: Adult Skills Fund, age 19 or over",
                    sourceID: "src-plan"),
        StepCosting(costToLearner: 0, ruleID: "asf", reason: "Free: English and maths entitlement",
                    sourceID: "src-plan"),
        StepCosting(costToLearner: 0, ruleID: "asf", reason: "Free: Adult Skills Fund, first full Level 3, age 19–23",
                    sourceID: "src-plan"),
        StepCosting(costToLearner: 0, reason: "No fee: Skills Bootcamps are free to the learner",
                    isOpen: false, whyClosed: "finish a Level 3 first"),
    ]

    static let notes = ["Interested in web development; prefers evening study.", "Follow up in March."]

    /// The full document: profile, costings and notes.
    static var document: PathwayDocument {
        PathwayDocument(route: route, graph: Fixtures.graph, startingPoint: startingPoint, costings: costings,
                        notes: notes, generatedAt: generatedAt)
    }

    /// No profile, no costings, no notes.
    static var plainDocument: PathwayDocument {
        PathwayDocument(route: route, graph: Fixtures.graph, generatedAt: generatedAt)
    }

    /// The route to the warehouse job through the illustrative fork-lift course.
    static var illustrativeDocument: PathwayDocument {
        let graph = Fixtures.graph
        let route = graph.routes(from: .entry, to: "warehouse-operative", limit: 5)
            .first { $0.steps.contains { $0.id == "forklift-course" } }!
        return PathwayDocument(route: route, graph: graph, generatedAt: generatedAt)
    }

    /// Text built to break every format: markup, quotes, separators, line breaks, controls.
    static let hostile = "<script>alert(\"x\")</script> & 'Bob', \"Alice\" | *bold* _u_ [a](b) `c`\r\n# 1. -x \u{1B}[31m\u{202E}"

    /// The fixture content with hostile titles on a step, a provider, the job and a source.
    static var hostileDocument: PathwayDocument {
        var catalogue = Fixtures.catalogue
        catalogue.steps = catalogue.steps.map { step in
            var step = step
            if step.id == "digital-l3" {
                step.title = hostile
                step.summary = hostile
                step.entry.text = hostile
            }
            return step
        }
        catalogue.providers = catalogue.providers.map { var p = $0; p.title = hostile; return p }
        catalogue.jobs = catalogue.jobs.map { var j = $0; j.title = hostile; return j }
        catalogue.sources = catalogue.sources.map { var s = $0; s.title = hostile; return s }
        let graph = PathwayGraph(catalogue)
        let route = route(in: graph)
        var costings = costings
        costings[2].reason = hostile
        return PathwayDocument(route: route, graph: graph, startingPoint: hostile, costings: costings,
                               notes: [hostile], generatedAt: generatedAt)
    }
}
