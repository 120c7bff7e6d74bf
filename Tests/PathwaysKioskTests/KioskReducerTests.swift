import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

/// The kiosk driven through `KioskSession` with an in-memory terminal and a clock that only
/// moves when told to: the whole visit, the idle countdown, the wipe, the PIN and errors.
@Suite struct KioskReducerTests {
    /// Records share requests; answers with a fixed message, or throws what it is given.
    final class RecordingSharer: KioskSharing {
        var requests: [KioskShareRequest] = []
        var failure: (any Error)?
        /// Runs while "printing" (a test moves the clock, as a slow printer would).
        var whileSharing: (() -> Void)?
        func share(_ request: KioskShareRequest, graph: PathwayGraph) throws -> String {
            requests.append(request)
            whileSharing?()
            if let failure { throw failure }
            return "Your pathway has been saved as pathway-test.html."
        }
    }

    struct Unexpected: Error {}

    static let pin = KioskPIN.make(pin: "246813", cost: .quick)
    let clock = ManualClock()
    let sharer = RecordingSharer()
    let terminal = InMemoryTerminal(width: 80, height: 24)
    let session: KioskSession

    init() {
        let context = KioskContext(graph: Fixtures.graph, idleTimeout: 120, canPrint: true, canSave: true)
        session = KioskSession(context: context, terminal: terminal, lock: KioskOperatorLock(pin: KioskReducerTests.pin, clock: clock),
                               sharer: sharer, clock: clock)
        session.render()
    }

    func keys(_ keys: Key...) { for k in keys { clock.advance(by: 1); session.send(k) } }
    /// F12, the PIN typed digit by digit, Enter.
    func typePIN(_ digits: String) {
        keys(.function(12))
        for d in digits { keys(.character(d)) }
        keys(.enter)
    }
    func tick(after seconds: Double) { clock.advance(by: seconds); session.send(.tick) }

    /// Answers the questions (Level 2, 19–23, looking for work) and opens the first route of the
    /// software developer job.
    func walkToSteps() {
        keys(.character("x"))                 // any key leaves the attract screen
        keys(.down, .down, .down, .enter)     // Level 2
        keys(.down, .enter)                   // 19 to 23
        keys(.down, .enter)                   // looking for work
        keys(.enter, .enter, .enter)          // no help with English, Birmingham, not in care
        keys(.enter)                          // the first cluster
        let jobs = Fixtures.graph.jobs(inCluster: "digital").map(\.id)
        for _ in 0..<jobs.firstIndex(of: "software-developer")! { keys(.down) }
        keys(.enter, .enter)                  // the job, then its first way in
    }

    /// On a touch screen a tap chooses what it lands on: find an answer's row on screen, tap it.
    @Test func tappingAnItemChoosesIt() throws {
        session.handle(.click(x: 40, y: 12, double: false))     // a tap anywhere starts
        let text = terminal.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(text.firstIndex { $0.contains("Level 2 (for example") })
        clock.advance(by: 1)
        session.handle(.click(x: 10, y: row, double: false))
        #expect(session.state.answers.summary.hasPrefix("Level 2"), "\(session.state.answers.summary)")
        #expect(terminal.text.contains("Question 2 of 6"))
        // A tap on no item (the header) only counts as activity.
        let before = session.state
        clock.advance(by: 1)
        session.handle(.click(x: 10, y: 0, double: false))
        #expect(session.state.screen == before.screen && session.state.selected == before.selected)
    }

    @Test func attractScreenFirst() {
        #expect(session.state == KioskState())
        #expect(terminal.text.contains("Find your way into work and training"))
        #expect(terminal.text.contains("Press any key to start"))
    }

    @Test func aWholeVisit() {
        walkToSteps()
        let state = session.state
        #expect(state.screen == .steps)
        #expect(state.answers == KioskAnswers(qualification: .level2, ageBand: .age19to23, employment: .unemployed,
                                              needsEnglish: false, boroughAnswer: 0, careAnswer: 0))
        #expect(state.answers.profile.borough == .birmingham && !state.answers.profile.careLeaver && !state.answers.profile.needsESOL)
        #expect(state.answers.profile.age == 19, "the band's youngest age")
        #expect(state.answers.profile.levelHeld == .level2)
        #expect(state.clusterID == "digital" && state.jobID == "software-developer")
        #expect(state.routes == Fixtures.graph.personalRoutes(for: state.answers.profile, to: "software-developer", limit: 3))
        #expect(state.routeIndex == 0)
        #expect(terminal.text.contains("Print or save this pathway"))
        #expect(terminal.text.contains("Step 1: "))
        #expect(terminal.text.contains("Costs you £"))
        #expect(terminal.text.contains("Start again"))

        keys(.enter)                          // Print or save this pathway
        #expect(session.state.screen == .share)
        #expect(terminal.text.contains("Print it on the printer here"))
        keys(.down, .enter)                   // Save it as a web page
        #expect(sharer.requests.map(\.method) == [.saveWebPage])
        #expect(sharer.requests.first?.route == state.routes[0])
        #expect(sharer.requests.first?.startingPoint == "Level 2, aged 19–23, looking for work, lives in Birmingham")
        #expect(session.state.screen == .done("Your pathway has been saved as pathway-test.html."))
        #expect(terminal.text.contains("Your pathway has been saved as pathway-test.html."))

        // After a short while the attract screen returns, with nothing of the visit kept.
        let clears = session.clears
        tick(after: 19)
        #expect(session.state.screen != .attract)
        tick(after: 1)
        #expect(session.state == KioskState())
        #expect(session.clears == clears + 1)
        #expect(terminal.text.contains("Find your way into work and training"))
    }

    @Test func idleCountdownThenWipe() {
        walkToSteps()
        keys(.down)
        let before = session.state
        tick(after: 119)
        #expect(session.state.stillThereSince == nil)
        tick(after: 1)
        #expect(session.state.stillThereSince == clock.now)
        #expect(terminal.text.contains("Are you still there?"))
        #expect(terminal.text.contains("Starting again in 15 seconds."))
        tick(after: 11)
        #expect(terminal.text.contains("Starting again in 4 seconds."))
        tick(after: 3.5)
        #expect(session.state.screen == .steps, "still counting down")
        let clears = session.clears
        tick(after: 0.5)
        #expect(session.state == KioskState(), "the WHOLE state is fresh after the wipe")
        #expect(session.clears == clears + 1, "the terminal is cleared completely")
        let screen = terminal.text
        #expect(screen.contains("Find your way into work and training"))
        for trace in ["Software developer", "Step 1", "Level 2", "Professional", "Are you still there?"] {
            #expect(!screen.contains(trace), "\(trace) should be gone")
        }
        _ = before
    }

    @Test func anyKeyStopsTheCountdownAndDoesNothingElse() {
        walkToSteps()
        let before = session.state
        tick(after: 130)
        #expect(session.state.stillThereSince != nil)
        keys(.enter)
        var expected = before
        expected.lastInput = clock.now
        #expect(session.state == expected, "Enter only cancels the countdown")
        #expect(!terminal.text.contains("Are you still there?"))
        tick(after: 119)
        #expect(session.state.stillThereSince == nil, "the idle time starts again from the key")
    }

    @Test func startAgainWipesEverything() {
        walkToSteps()
        keys(.end, .enter)                    // Start again is last on every list
        #expect(session.state == KioskState())
        #expect(session.clears == 1)
    }

    @Test func attractScreenNeverTimesOut() {
        tick(after: 10_000)
        #expect(session.state == KioskState())
        #expect(session.clears == 0)
    }

    @Test func escapeKeysNeverQuit() {
        let escapes: [Key] = [.interrupt, .character("q"), .character("Q"), .escape, .character(":"), .function(1), .function(10),
                              .backspace, .delete, .tab, .left]
        for k in escapes { keys(k) }          // from the attract screen and through the questions
        #expect(!session.finished)
        walkToSteps()
        for k in escapes + escapes { keys(k) }
        #expect(!session.finished)
        #expect(session.state.screen != .attract || session.clears > 0)
    }

    @Test func backReturnsToWhereTheVisitorCameFrom() {
        walkToSteps()
        keys(.left)
        #expect(session.state.screen == .routes && session.state.selected == 0)
        keys(.escape)
        #expect(session.state.screen == .jobs)
        let jobs = Fixtures.graph.jobs(inCluster: "digital").map(\.id)
        #expect(session.state.selected == jobs.firstIndex(of: "software-developer"))
        keys(.backspace, .left)
        #expect(session.state.screen == .question(.care))
        #expect(session.state.selected == 0, "the answer given is highlighted")
        keys(.left, .left, .left)
        #expect(session.state.screen == .question(.work))
        #expect(session.state.selected == 1, "the answer given is highlighted")
        keys(.left, .left)
        #expect(session.state.screen == .question(.qualifications))
        #expect(session.state.selected == 3)
        keys(.left)
        #expect(session.state == KioskState(), "back from the first question starts again")
    }

    @Test func operatorExitNeedsTheRightPIN() {
        keys(.function(12))
        #expect(session.state.pinEntry == "")
        #expect(terminal.text.contains("Staff only"))
        keys(.character("1"), .character("2"), .character("3"), .character("4"), .enter)
        #expect(!session.finished)
        #expect(session.state.pinEntry == nil)
        #expect(terminal.text.contains("That PIN is not right."))
        #expect(!terminal.text.contains("1234"), "the PIN is never shown")

        typePIN("246813")
        #expect(session.finished)
        var expected = KioskState()
        expected.finished = true
        #expect(session.state == expected)
    }

    @Test func threeWrongPINsLockThePrompt() {
        for _ in 0..<3 { typePIN("000000") }
        #expect(session.state.notice == "That PIN is not right. Too many wrong PINs: try again in 60 seconds.")
        typePIN("246813")
        #expect(!session.finished, "locked after three wrong PINs")
        #expect(session.state.notice?.hasPrefix("Too many wrong PINs. Try again in") == true)
        clock.advance(by: KioskLockout.firstWait)
        typePIN("000000")
        #expect(session.state.notice == "That PIN is not right. Too many wrong PINs: try again in 2 minutes.", "the wait doubles")
        clock.advance(by: 2 * KioskLockout.firstWait)
        typePIN("246813")
        #expect(session.finished)
    }

    /// A held key or a paste could otherwise start visit after visit, printing each time.
    @Test func printingAndSavingAreLimitedWhoeverAsks() {
        func shareOnce() {
            walkToSteps()
            keys(.enter, .enter)              // Print or save, then the first way
        }
        shareOnce()
        #expect(sharer.requests.count == 1)
        #expect(session.state.screen == .done("Your pathway has been saved as pathway-test.html."))
        keys(.enter)                          // finished: the next visit
        shareOnce()
        #expect(sharer.requests.count == 1, "too soon after the last")
        #expect(session.state.screen == .share)
        #expect(terminal.text.contains("Please wait a few seconds before printing or saving again."))
        clock.advance(by: 20)
        keys(.enter)
        #expect(sharer.requests.count == 2)
        keys(.enter)
        clock.advance(by: 20)
        shareOnce()
        #expect(sharer.requests.count == 3)
        keys(.enter)
        clock.advance(by: 20)
        shareOnce()
        #expect(sharer.requests.count == 3, "no more than three in five minutes")
        #expect(session.state.notice == "Printing and saving are paused for 4 minutes. Please ask a member of staff.")
        clock.advance(by: 240)
        keys(.enter)
        #expect(sharer.requests.count == 4)
    }

    /// A paste arrives as hundreds of keys at once: thrown away, not replayed.
    @Test func aFloodOfInputIsDrainedNotReplayed() {
        walkToSteps()
        let before = session.state
        for _ in 0..<5_000 { terminal.enqueue(.key(.enter)) }
        session.pump(timeout: 0)
        #expect(terminal.pendingCount == 0)
        #expect(session.floods == 1)
        #expect(sharer.requests.isEmpty, "nothing printed or saved")
        #expect(session.state.screen == before.screen && session.state.selected == before.selected)
        // Ordinary typing (a few keys at once) is still handled.
        for _ in 0..<3 { terminal.enqueue(.key(.down)) }
        session.pump(timeout: 0)
        #expect(session.state.selected == before.selected + 3)
        #expect(session.floods == 1)
    }

    /// Keys held down while a slip prints queue up; they must not reach the next screen.
    @Test func typeaheadAfterAShareIsThrownAway() {
        walkToSteps()
        keys(.enter)                          // the share screen
        sharer.whileSharing = { [clock] in clock.advance(by: 3) }
        for _ in 0..<4 { terminal.enqueue(.key(.enter)) }
        session.pump(timeout: 0)
        #expect(sharer.requests.count == 1)
        #expect(terminal.pendingCount == 0)
        #expect(session.state.screen == .done("Your pathway has been saved as pathway-test.html."), "the other Enters were dropped")
    }

    @Test func thePINPromptClosesWhenLeftAlone() {
        walkToSteps()
        keys(.function(12), .character("2"))
        tick(after: 20)
        #expect(session.state.pinEntry == nil)
        keys(.escape)
        #expect(session.state.screen == .routes, "Esc is an ordinary back key again")
    }

    @Test func anUnexpectedErrorSaysSorryAndStartsAgain() {
        sharer.failure = Unexpected()
        walkToSteps()
        keys(.enter, .enter)                  // print
        var sorry = KioskState()
        sorry.screen = .sorry
        sorry.shownAt = clock.now
        #expect(session.state == sorry, "nothing of the visit is kept on the sorry screen")
        #expect(terminal.text.contains("Sorry, something went wrong — starting again."))
        tick(after: 5)
        #expect(session.state == KioskState())
        #expect(terminal.text.contains("Find your way into work and training"))
    }

    @Test func aPrintFailureIsExplained() {
        sharer.failure = KioskShareError.notPrinted("lp failed with exit status 1")
        walkToSteps()
        keys(.enter, .enter)
        #expect(session.state.screen == .done("Sorry, your pathway could not be printed. Please ask a member of staff."))
    }

    @Test func lettersJumpToMatchingItems() {
        keys(.character("x"), .character("l"))
        #expect(session.state.selected == 2, "Level 1")
        keys(.character("l"))
        #expect(session.state.selected == 3, "Level 2")
        keys(.character("s"))
        #expect(session.state.selected == 6, "Start again")
    }

    @Test func tooSmallAsksForABiggerWindow() {
        let grid = KioskView.render(KioskState(), context: session.context, now: 0, width: 30, height: 10)
        #expect(grid.text.hasPrefix("Please make the window bigger"))
    }

    @Test func withoutPrintingOrSavingTheVisitorIsToldToAskStaff() {
        let context = KioskContext(graph: Fixtures.graph)
        let local = KioskSession(context: context, terminal: InMemoryTerminal(), lock: KioskOperatorLock(pin: KioskReducerTests.pin, clock: clock),
                                 sharer: sharer, clock: clock)
        for k: Key in Array(repeating: Key.enter, count: 11) { local.send(k) }
        #expect(local.state.screen == .share)
        let page = KioskPage.page(for: local.state, context: context)
        #expect(page?.intro == ["Printing and saving are not set up on this kiosk. Please ask a member of staff."])
        #expect(page?.items.map(\.choice) == [.back, .startAgain])
    }
}

@Suite struct KioskPlainNamesTests {
    @Test func clustersShowTheirPlainNameWhenTheyHaveOne() throws {
        var c = Fixtures.catalogue
        c.clusters[0].plainTitle = "Money, law and computers"
        let context = KioskContext(graph: PathwayGraph(c))
        var state = KioskState()
        state.screen = .clusters
        let page = try #require(KioskPage.content(for: state, context: context))
        let labels = page.items.map { $0.lines.joined(separator: " ") }
        #expect(labels.first == "Money, law and computers")
        #expect(labels.contains { $0.hasPrefix("Logistics and Distribution") }, "no plain name: the title")
    }
}
