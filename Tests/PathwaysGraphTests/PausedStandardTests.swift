import PathwaysGraph
import Testing

/// A standard paused for starts takes no new apprentices, so no route starts or passes through it.
@Suite struct PausedStandardTests {
    func catalogue(_ status: ApprenticeshipStandard.Status) -> Catalogue {
        var step = Step(id: "st0001", title: "Widget maker apprenticeship", kind: .apprenticeship, level: .level2,
                        code: "ST0001", weeks: 52, modes: [.workBased])
        step.standard = ApprenticeshipStandard(version: "1.0", routes: ["Engineering and manufacturing"], status: status)
        let job = Job(id: "widget-maker", title: "Widget maker", soc: "8149", clusters: [], minimumLevel: .level2)
        return Catalogue(jobs: [job], steps: [step], progressions: [Progression(from: "st0001", to: "widget-maker")])
    }

    @Test(arguments: [ApprenticeshipStandard.Status.approved, .paused, .retired, .withdrawn])
    func onlyAnApprovedStandardIsOnARoute(status: ApprenticeshipStandard.Status) {
        let graph = PathwayGraph(catalogue(status))
        let reached = graph.reachableJobs(from: .entry).map(\.job.id)
        #expect(reached == (status == .approved ? ["widget-maker"] : []))
        #expect(status.isOffered == (status == .approved || status == .paused))
    }

    @Test func weeksFromMonths() {
        #expect(ApprenticeshipStandard.weeks(inMonths: 24) == 104)
        #expect(ApprenticeshipStandard.weeks(inMonths: 12) == 52)
        #expect(ApprenticeshipStandard.weeks(inMonths: 15) == 65)
        #expect(ApprenticeshipStandard.weeks(inMonths: 8) == 35)
    }
}
