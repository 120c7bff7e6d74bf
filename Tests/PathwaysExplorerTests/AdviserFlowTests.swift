import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// Issue #15, the adviser's flow: a quick entry line, one meaning per key, routes that keep
/// their numbers.
@Suite struct AdviserFlowTests {
    func run(_ keys: [Key], from start: ExplorerState = ExplorerState(width: 120, height: 40)) -> ExplorerState {
        ReducerTestSupport.run(keys, from: start)
    }

    func chars(_ text: String) -> [Key] { ReducerTestSupport.chars(text) }

    @Test(arguments: [
        ("17 gcse", Profile(levelHeld: .level2, englishMaths: .level2, age: 17)),
        ("AB 27 esol e2 uc birmingham", Profile(initials: "AB", englishMaths: .entry2, age: 27, borough: .birmingham,
                                               employment: .benefits, needsESOL: true)),
        ("19 care", Profile(age: 19, careLeaver: true)),
        ("52 l2 employed lowpay wolv", Profile(levelHeld: .level2, age: 52, borough: .wolverhampton, employment: .employed, lowPay: true)),
        ("30, l3 em l2 disabled earn", Profile(levelHeld: .level3, englishMaths: .level2, age: 30, disabled: true, earnWhileLearning: true)),
    ])
    func aQuickEntryLineBecomesTheProfile(line: String, expected: Profile) {
        let state = run([.character("r")] + chars(line) + [.enter])
        #expect(state.profile == expected, "\(line)")
        #expect(state.screen == .home, "Enter applied it and went back")
    }

    @Test func wordsNotUnderstoodAreShownAndNothingIsApplied() {
        let state = run([.character("r")] + chars("27 esol flibble") + [.enter])
        #expect(state.profile == nil)
        #expect(state.form.errors[.quick] == "Not understood: flibble.")
        #expect(state.message?.contains("flibble") == true)
    }

    @Test func editingTheLineReadsItAfresh() {
        var state = run([.character("r")] + chars("27 uc"))
        #expect(state.form.employment == .benefits)
        state = run([.backspace, .backspace], from: state)
        #expect(state.form.employment == .unemployed, "deleting a word takes back what it said")
        #expect(state.form.age == "27")
    }

    @Test func profileAndPlanAreDifferentLetters() {
        #expect(run([.character("r")]).screen == .profile)
        #expect(run([.character("p")]).screen == .plan)
        #expect(Keymap.command(for: .character("P"), in: .screen(.home)) == nil, "no key a letter's case from another")
    }

    @Test func addingAStepAndMakingARouteThePlanAreDifferentKeys() {
        let job = run([.enter, .down, .enter])
        #expect(Keymap.command(for: .character(" "), in: .screen(.job("software-developer"))) == nil)
        let planned = run([.character("m")], from: job)
        #expect(planned.plan.route?.nodeIDs == job.page.routes[0].nodeIDs)
        #expect(planned.message?.hasPrefix("Route 1 to Software developer is now your plan") == true)
        // On the graph, a adds the one step under the cursor and leaves the route alone.
        let graph = run([.character("g"), .right], from: job)
        let added = run([.character("a")], from: graph)
        #expect(added.plan.route == nil)
        #expect(added.plan.steps.count == 1)
        #expect(added.message?.hasPrefix("Added the step") == true)
        // On the job screen a is not bound at all: it does not quietly make a plan.
        #expect(Keymap.command(for: .character("a"), in: .screen(.job("software-developer"))) == nil)
    }

    @Test func compareKeepsTheRouteNumbers() {
        // Five routes on the job screen (the fixture's three, and two of them again), route 5 selected.
        var job = run([.enter, .down, .enter])
        job.page.routes += job.page.routes.prefix(2)
        job.page.selected = 4
        var state = run([.character("c")], from: job)
        #expect(state.page.numbers == [1, 2, 5])
        #expect(CompareView.header(2, state.page) == "Route 5")
        #expect(state.page.selected == 2)
        state = run([.character("m")], from: state)
        #expect(state.message?.hasPrefix("Route 5 to Software developer") == true)
        var frame = Frame(width: 80, height: 24, glyphs: .ascii, asciiOnly: true)
        CompareView.draw("software-developer", &frame, Rect(x: 0, y: 1, width: 80, height: 20), state, ReducerTestSupport.context())
        #expect(frame.grid.text.contains("> Route 5 (chosen)"))
        #expect(!frame.grid.text.contains("Route 3"))
    }
}

/// Issue #10 in the explorer: the profile form asks what changes the advice, with defaults that
/// change nothing until answered.
@Suite struct ProfileFormAdviceTests {
    func run(_ keys: [Key], from start: ExplorerState = ExplorerState(width: 120, height: 40)) -> ExplorerState {
        ReducerTestSupport.run(keys, from: start)
    }

    func row(_ field: ProfileForm.Field) -> [Key] {
        Array(repeating: .down, count: ProfileForm.Field.all.firstIndex(of: field)!)
    }

    @Test func defaultsChangeNothing() {
        let profile = run([.character("r"), .enter]).profile
        #expect(profile?.residence == .notAsked && profile?.earnings == nil)
        #expect(profile?.atRiskOfRedundancy == false && profile?.ehcPlan == false)
    }

    @Test func residenceCyclesThroughEveryAnswerIncludingPreferNotToSay() {
        var state = run([.character("r")] + row(.residence))
        var seen: [Residence] = []
        for _ in Residence.allCases { state = run([.right], from: state); seen.append(state.form.residence) }
        #expect(Set(seen) == Set(Residence.allCases))
        #expect(state.form.value(.residence) == "not asked")
    }

    @Test func earningsCountOnlyWhenEmployed() {
        let typed = ReducerTestSupport.chars("24,000")
        let unemployed = run([.character("r")] + row(.earnings) + typed + [.enter])
        #expect(unemployed.profile?.earnings == nil, "earnings are for the employed")
        let employed = run([.character("r")] + ReducerTestSupport.chars("employed") + row(.earnings) + typed + [.enter])
        #expect(employed.profile?.employment == .employed)
        #expect(employed.profile?.earnings == 24_000)
    }

    @Test func quickEntryReadsTheNewAnswers() {
        let state = run([.character("r")] + ReducerTestSupport.chars("27 esol e2 uc 2y redundancy ehc") + [.enter])
        #expect(state.profile?.residence == .underThreeYears)
        #expect(state.profile?.atRiskOfRedundancy == true && state.profile?.ehcPlan == true)
        let refugee = run([.character("r")] + ReducerTestSupport.chars("30 refugee edu £18,500") + [.enter])
        #expect(refugee.profile?.residence == .refugee)
        #expect(refugee.profile?.employment == .employed, "earnings mean employed; the last work word wins")
        #expect(refugee.profile?.earnings == 18_500)
        let student = run([.character("r")] + ReducerTestSupport.chars("17 gcse edu") + [.enter])
        #expect(student.profile?.employment == .inEducation)
    }
}
