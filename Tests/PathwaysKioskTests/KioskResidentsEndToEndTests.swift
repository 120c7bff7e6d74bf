// End-to-end, issue #10: the kiosk walked on the real binary in tmux (80x24, NO_COLOR=1,
// TERM=vt100) for a 17-year-old and for an ESOL learner, answering the six short questions and
// reading what the screen says a way in costs them.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct KioskResidentsEndToEndTests {
    /// A 17-year-old at school with GCSEs at grades 9 to 4, in Birmingham, who wants to be an
    /// engineering technician: 16 to 19 funding makes the Level 3 diploma free (issue #10 saw
    /// "costs you £4,000").
    @Test func aSeventeenYearOldIsToldLevelThreeIsFree() throws {
        let run = try KioskRun(terminal: "NO_COLOR=1 TERM=vt100")
        defer { run.close() }
        try run.waitFor("Find your way into work and training")
        run.keys("Enter"); try run.waitFor("Question 1 of 6")
        run.keys("Down", "Down", "Down", "Enter"); try run.waitFor("How old are you?")        // Level 2
        run.keys("Enter"); try run.waitFor("Are you working at the moment?")                  // 16 to 18
        run.keys("Down", "Down", "Down", "Enter"); try run.waitFor("help with English")       // at school or college
        run.keys("Enter"); try run.waitFor("Where do you live?")                              // English is fine
        run.keys("Enter"); try run.waitFor("Have you been in care?")                          // Birmingham
        run.keys("Down", "Down", "Enter"); try run.waitFor("Which kind of work interests you?") // would rather not say
        try run.waitFor("You said: Level 2, aged 16–18, in education, lives in Birmingham.")
        run.keys("Enter"); try run.waitFor("Jobs in Aircraft and aerospace")
        run.keys("Down", "Down", "Down", "Down", "Enter"); try run.waitFor("Ways into Engineering technician")
        let routes = run.capture()
        #expect(routes.contains("Way 1: 1 step, about 1 year, costs you £0"), "\(routes)")
        #expect(routes.contains("Level 3 diploma in engineering (Level 3) — free to you"), "\(routes)")
        #expect(!routes.contains("£4,000"), "\(routes)")
        run.keys("Enter"); try run.waitFor("Step 1: Level 3 diploma in engineering")
        let steps = run.capture()
        #expect(steps.contains("Costs you £0. Free: free at 16 to 18"), "\(steps)")
        #expect(steps.contains("16 to 19 funding"), "\(steps)")
    }

    /// A 24-or-over ESOL learner on Universal Credit with an Entry level qualification, who wants
    /// care work: every way in costs them nothing, and the first step says why (SWAP, for
    /// out-of-work benefit claimants).
    @Test func anESOLLearnerOnBenefitsIsToldWhatFundingRestsOn() throws {
        let run = try KioskRun(terminal: "NO_COLOR=1 TERM=vt100")
        defer { run.close() }
        try run.waitFor("Find your way into work and training")
        run.keys("Enter"); try run.waitFor("Question 1 of 6")
        run.keys("Down", "Enter"); try run.waitFor("How old are you?")                        // Entry level
        run.keys("Down", "Down", "Enter"); try run.waitFor("Are you working at the moment?")  // 24 or over
        run.keys("Down", "Down", "Enter"); try run.waitFor("help with English")               // on benefits
        run.keys("Down", "Enter"); try run.waitFor("Where do you live?")                      // learning English
        run.keys("Enter"); try run.waitFor("Have you been in care?")                          // Birmingham
        run.keys("Enter"); try run.waitFor("Which kind of work interests you?")               // no
        try run.waitFor("learning English")
        run.keys("Down", "Down", "Enter"); try run.waitFor("Jobs in Health, care and medical science")
        run.keys("Down", "Enter"); try run.waitFor("Ways into Care worker")
        let routes = run.capture()
        #expect(routes.contains("Way 1:") && routes.contains("costs you £0"), "\(routes)")
        #expect(!routes.contains("Free Courses for Jobs"), "that offer is for Level 3, not this learner's steps")
        run.keys("Enter"); try run.waitFor("Step 1:")
        let steps = run.capture().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        // Way 1 is SWAP, free through Jobcentre Plus to out-of-work benefit claimants (no residence test).
        #expect(steps.contains("Step 1: SWAP: Adult social care"), "\(steps)")
        #expect(steps.contains("Costs you £0. Free: SWAP through Jobcentre Plus: for people claiming out-of-work benefits"), "\(steps)")
    }
}
