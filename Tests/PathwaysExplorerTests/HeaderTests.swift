import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// The header keeps what matters about the resident in view: the full summary when it fits,
/// otherwise the compact form, down to 50 columns.
@Suite struct HeaderTests {
    static let resident = Profile(initials: "JD", levelHeld: .entry3, englishMaths: .entry3, age: 24, employment: .benefits,
                                  careLeaver: true, needsESOL: true)

    func session(width: Int, height: Int, keys: [Key] = [], profile: Profile = HeaderTests.resident) -> ExplorerSession {
        let s = ExplorerSession(graph: Fixtures.graph, width: width, height: height, options: .init(profile: profile))
        s.render()
        for k in keys { s.send(k) }
        return s
    }

    func header(_ s: ExplorerSession) -> String { String(s.text.split(separator: "\n").first ?? "") }

    @Test func compactFormReadsLikeTheProfile() {
        #expect(ProfileBadge.compact(HeaderTests.resident) == "JD · E3 · E&M E3 · 24 · benefits · ESOL · care leaver")
        let plain = Profile(levelHeld: .level2, englishMaths: .level2, age: 30, employment: .employed)
        #expect(ProfileBadge.compact(plain) == "L2 · E&M L2 · 30 · employed")
    }

    @Test(arguments: [(120, 40), (80, 24), (60, 20), (50, 20)])
    func headerShowsBenefitsAndESOL(width: Int, height: Int) {
        // With a plan in the header too, on a deep screen.
        let s = session(width: width, height: height, keys: [.enter, .down, .enter, .character("m")])
        let top = header(s)
        #expect(top.contains("benefits"), "at \(width) columns: \(top)")
        #expect(top.contains("ESOL"), "at \(width) columns: \(top)")
        #expect(top.contains("Plan: "), "at \(width) columns: \(top)")
        #expect(DisplayWidth.of(top) <= width)
    }

    @Test func goldenHeaders() {
        for (w, h) in [(120, 40), (80, 24), (50, 20)] {
            let s = session(width: w, height: h, keys: [.enter, .down, .enter, .character("m")])
            if let problem = Golden.check(header(s) + "\n", file: "header-profile-\(w)x\(h).txt", in: ScreenTests.golden) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    /// Issue #15: at 80x24 the header keeps the resident's initials and borough, with the
    /// circumstances that change funding, on a deep screen with a plan.
    @Test func at80ColumnsTheHeaderKeepsInitialsAndBorough() {
        var resident = HeaderTests.resident
        resident.borough = .wolverhampton
        let top = header(session(width: 80, height: 24, keys: [.enter, .down, .enter, .character("m")], profile: resident))
        for part in ["JD", "Wolverhampton", "benefits", "ESOL", "care leaver"] { #expect(top.contains(part), "\(part) in: \(top)") }
        #expect(DisplayWidth.of(top) <= 80)
    }

    @Test func aShortProfileStillShowsInFull() {
        let s = session(width: 120, height: 40, profile: Profile(levelHeld: .level2, englishMaths: .level2, age: 30, employment: .employed))
        #expect(header(s).contains("[Level 2 held, English and maths Level 2, age 30 (24+), employed]"))
    }

    @Test func leastTellingPartsGoFirst() {
        let shown = ProfileBadge.fitted(HeaderTests.resident, columns: 30)
        #expect(shown.contains("benefits") && shown.contains("ESOL") && shown.contains("E3"))
        #expect(shown.hasSuffix("…"), "says that parts were left out: \(shown)")
        #expect(DisplayWidth.of(shown) <= 30)
    }
}
