import Foundation
import PathwaysContent
import PathwaysGraph
@testable import PathwaysExplorer
import PathwaysTerminalCore
import PathwaysTestSupport
import Testing

/// A staged start draws the first frame from the compiled store's front (clusters and jobs)
/// while the rest loads: that frame must be exactly the one the whole content draws.
@Suite("Staged start")
struct StagedStartTests {
    static let whole = ContentLoader().load(from: PackagePaths.content).graph

    /// The preview a compiled store of the shipped content gives, read from a real store file.
    static let preview: PathwayGraph = {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-staged-\(UUID().uuidString)")
        let store = ContentStore(cacheFolder: cache, programVersion: "staged start test")
        _ = store.load(from: PackagePaths.content)  // writes the store
        let opening = store.open(PackagePaths.content)
        guard case .success(let opened) = opening else { return PathwayGraph(Catalogue()) }  // the frames then differ: a failure
        try? FileManager.default.removeItem(at: cache)
        return opened.preview
    }()

    @Test(arguments: [(80, 24), (40, 12), (120, 40), (200, 60)])
    func firstFrameFromThePreviewIsTheWholeContentsFirstFrame(size: (Int, Int)) {
        let preview = Self.preview
        #expect(preview.steps.isEmpty && preview.progressions.isEmpty)
        #expect(preview.jobs.count < Self.whole.jobs.count, "the preview holds the first cluster's jobs only")
        for c in Self.whole.clusters { #expect(preview.jobCount(inCluster: c.id) == Self.whole.jobCount(inCluster: c.id)) }
        for options in [Explorer.Options(), Explorer.Options(profile: Profile(initials: "AB", age: 17, borough: .dudley))] {
            for glyphs in [Glyphs.unicode, .ascii] {
                let staged = ExplorerSession(graph: preview, width: size.0, height: size.1, options: options, glyphs: glyphs)
                let full = ExplorerSession(graph: Self.whole, width: size.0, height: size.1, options: options, glyphs: glyphs)
                #expect(staged.render().text == full.render().text, "\(size) \(glyphs)")
            }
        }
    }

    @Test func theWholeContentReplacesThePreviewAndKeysThenSeeAllOfIt() {
        let session = ExplorerSession(context: ExplorerContext(graph: Self.preview, indexing: false), width: 120, height: 40)
        session.render()
        session.send(.down)
        let arriving = ArrivingContent { .success(Self.whole) }
        guard case .success(let context) = arriving.wait() else { Issue.record("the content did not arrive"); return }
        session.replaceContent(with: context)
        #expect(session.context.graph.steps.count == Self.whole.steps.count)
        session.send(.enter)
        #expect(session.state.page.screen == .cluster(Self.whole.clusters[1].id), "the selection made on the preview holds")
        session.send(.enter)
        let text = session.render().text
        #expect(text.contains("Routes from"), "a job's routes need the steps: \(text)")
    }

    @Test func aFailureToLoadTheRestArrivesAsAFailure() {
        let arriving = ArrivingContent { .failure(ExplorerContent.Failure(message: "content/steps/a.yaml:1:1: error: broken")) }
        guard case .failure(let failure) = arriving.wait() else { Issue.record("expected a failure"); return }
        #expect(failure.message.contains("error: broken"))
    }

    /// A national cluster lists a thousand jobs: the home screen shows the first 200 beside it
    /// and says how many more the cluster's own screen holds.
    @Test func aLongClusterListsItsFirstJobsAndCountsTheRest() {
        let jobs = (0..<250).map { Job(id: "job-\($0)", title: "Job \($0)", clusters: ["c"], minimumLevel: .level2) }
        let text = Describe.jobList(jobs).lines(width: 80).map { $0.map(\.0).joined() }
        #expect(text.count == 201)
        #expect(text.last == "And 50 more jobs: Enter opens the cluster with all of them.")
        #expect(Describe.jobList(Array(jobs.prefix(200))).lines(width: 80).count == 200)
    }
}
