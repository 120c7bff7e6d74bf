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
}
