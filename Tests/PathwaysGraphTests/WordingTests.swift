import PathwaysGraph
import Testing

/// The shared words: plurals, durations, money and the "[example]" mark.
@Suite struct WordingTests {
    @Test func pluralsAreSingularOnlyForOne() {
        #expect(Wording.plural(0, "job") == "0 jobs")
        #expect(Wording.plural(1, "job") == "1 job")
        #expect(Wording.plural(2, "step") == "2 steps")
        #expect(Wording.weeks(1) == "1 week")
    }

    @Test func durationsInYearsOnlyWhenWhole() {
        #expect(Wording.duration(weeks: 104) == "2 years")
        #expect(Wording.duration(weeks: 52) == "52 weeks")
        #expect(Wording.duration(weeks: 105) == "105 weeks")
    }

    @Test(arguments: [(0, "0 weeks"), (3, "3 weeks"), (4, "1 month"), (26, "6 months"), (52, "1 year"), (56, "1 year 1 month"),
                      (182, "3 years 6 months"), (104, "2 years")])
    func yearsAndMonths(weeks: Int, words: String) {
        #expect(Wording.yearsAndMonths(weeks: weeks) == words)
    }

    @Test func moneyShortensToThousands() {
        #expect(Pay.pounds(28_605) == "£28,605")
        #expect(Pay.shortPounds(28_605) == "£29k")
        #expect(Pay.shortPounds(1_200) == "£1k")
        #expect(Pay.shortPounds(300) == "£300")
        #expect(Pay.shortPounds(-2_500) == "-£3k")
    }

    @Test func exampleMarkAndLegend() {
        #expect(Wording.marked("Forklift", illustrative: true) == "Forklift [example]")
        #expect(Wording.marked("Forklift", illustrative: false) == "Forklift")
        #expect(Wording.exampleLegend == "[example] = not yet confirmed by a source")
    }

    /// A route's cost to a resident: a price only when every step is open to them; otherwise
    /// "not open to you yet" with each closed step's own reason (once each, in order), and what
    /// the open steps would cost, if anything, with the plural right.
    @Test func aRouteIsPricedOnlyWhenEveryStepIsOpen() {
        let free = StepCosting(costToLearner: 0, reason: "Free")
        let paid = StepCosting(costToLearner: 1_800, reason: "You pay")
        let swap = StepCosting(costToLearner: 0, reason: "No fee, through SWAP", isOpen: false, whyClosed: "SWAP is only for residents on benefits")
        let young = StepCosting(costToLearner: 300, reason: "You pay", isOpen: false, whyClosed: "Only for ages 16–18; you are 30")
        #expect(Wording.toYou([free, free]) == "free to you")
        #expect(Wording.toYou([free, paid]) == "£1,800 to you")
        #expect(Wording.toYou([swap]) == "not open to you yet: SWAP is only for residents on benefits")
        #expect(Wording.toYou([swap, free]) == "not open to you yet: SWAP is only for residents on benefits")
        #expect(Wording.toYou([swap, paid]) == "not open to you yet: SWAP is only for residents on benefits (1 other step: £1,800 to you)")
        #expect(Wording.toYou([swap, young, swap, paid, paid])
                == "not open to you yet: SWAP is only for residents on benefits; and Only for ages 16–18; you are 30 (2 other steps: £3,600 to you)")
        #expect(Wording.toYou([swap, paid], why: false) == "not open to you yet")
        #expect(Wording.shortToYou([free, paid]) == "£1,800")
        #expect(Wording.shortToYou([free]) == "free")
        #expect(Wording.shortToYou([young, free]) == "not open")
        #expect(Wording.toYou(young) == "not open to you yet")
        #expect(Wording.toYou(paid) == "£1,800 to you")
        #expect(Wording.sentence(Wording.toYou([swap])) == "Not open to you yet: SWAP is only for residents on benefits.")
    }
}
