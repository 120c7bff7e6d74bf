import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

/// The `Content/` folder shipped with the package, found from this file's path.
private let shippedContent: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // PathwaysAdviceTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Content")

/// The shipped content, loaded once.
let shippedGraph: PathwayGraph = ContentLoader().load(from: shippedContent).graph

/// The day every scenario starts: 30 November 2026, in the 2026 to 2027 funding year.
let scenarioDay = Day(year: 2026, month: 11, day: 30)!

/// What a qualified adviser would say one step costs this resident, under which rule, citing which source.
struct ExpectedStep: CustomStringConvertible {
    var step: String
    var cost: Int
    var rule: String?
    var source: String?
    /// Bursaries the resident can also claim on the step.
    var also: [String]

    init(_ step: String, cost: Int, rule: String?, source: String?, also: [String] = []) {
        self.step = step
        self.cost = cost
        self.rule = rule
        self.source = source
        self.also = also
    }

    var description: String { "\(step) £\(cost) rule \(rule ?? "none") source \(source ?? "none") also \(also)" }
}

/// A resident, the job they want, what an adviser would advise (in words, beside the test) and
/// the best route's every step as that advice costs it.
struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var profile: Profile
    var job: String
    var adviser: String
    var route1: [ExpectedStep]

    init(_ name: String, _ profile: Profile, to job: String, adviser: String, route1: [ExpectedStep]) {
        self.name = name
        self.profile = profile
        self.job = job
        self.adviser = adviser
        self.route1 = route1
    }

    var testDescription: String { name }
}

extension ExpectedStep: Sendable {}

/// The four residents of issue #10 and 28 more: 16 to 18s, 19 to 23s, adults with and without
/// Level 3, unemployed, low-paid and employed residents, care leavers, ESOL learners with and
/// without three years' residence, a refugee and an asylum seeker, redundancy, EHC plans. Each
/// states the advice a qualified adviser would give, then checks the best route step by step:
/// the cost to the resident, the rule applied and the source it cites.
enum Scenarios {
    static let all: [Scenario] = [
        Scenario(
            "seventeenAerospace", Profile(levelHeld: .level2, englishMaths: .level2, age: 17), to: "aerospace-engineer",
            adviser: """
                Education and training are free at 16 to 18, so her Level 3 step costs nothing whether it is A
                levels, a T Level or a college diploma; at 18 a BEng is paid for with a Tuition Fee Loan (repaid
                from earnings), or a degree apprenticeship pays her a wage and costs nothing. An adviser would set
                out the A level (maths and physics) and T Level options beside the diploma.
                """,
            route1: [
                .init("l3-engineering", cost: 0, rule: "sixteen-to-eighteen-free", source: "norfolk-post-16-funding"),
                .init("beng-mechanical-engineering", cost: 28605, rule: "student-finance", source: "gov-student-finance"),
            ]),
        Scenario(
            "esolLearnerTwoYears", Profile(englishMaths: .entry2, age: 27, employment: .benefits, needsESOL: true, residence: Residence(yearsInUK: 2)), to: "care-worker",
            adviser: """
                On Universal Credit she can be referred by her work coach to a SWAP in adult social care, which is
                free and keeps her benefits. With two years in the UK she does not yet meet the three-year residence
                rule for fully funded adult skills courses (refugees and some asylum seekers are exempt), so ESOL
                would be charged: the adviser says so rather than promising a free course.
                """,
            route1: [
                .init("swap-care", cost: 0, rule: "swap", source: "swap-guide"),
            ]),
        Scenario(
            "careLeaverCyber", Profile(levelHeld: .level2, englishMaths: .level2, age: 19, careLeaver: true), to: "cyber-security-professional",
            adviser: """
                A first full Level 3 is a legal entitlement at 19 to 23, so the Level 3 diploma is free; the Level 4
                HTQ is paid with a loan. The quicker earning routes go through an entry-level IT support job and two
                years' work before a cyber security role: a bootcamp alone does not make him a cyber security
                professional.
                """,
            route1: [
                .init("l3-it-networking", cost: 0, rule: "asf-first-full-level-3", source: "slc-asf-factsheet"),
                .init("htq-cyber-security", cost: 7000, rule: "advanced-learner-loan", source: "slc-loan-learning-aims"),
            ]),
        Scenario(
            "electricianAt52", Profile(levelHeld: .level2, englishMaths: .level2, age: 52, employment: .employed, earnings: 24000), to: "electrician",
            adviser: """
                A qualified electrician needs the Level 3 electrotechnical qualification with the AM2; for a career
                changer that means the installation and maintenance electrician apprenticeship (no fee at any age, a
                wage) rather than a college diploma on its own.
                """,
            route1: [
                .init("electrician-apprenticeship", cost: 0, rule: "apprenticeship-2026-27", source: "feweek-apprentice-wage-2026"),
            ]),
        Scenario(
            "benefitsCareWorker", Profile(levelHeld: .level1, englishMaths: .level1, age: 20, employment: .benefits), to: "care-worker",
            adviser: """
                On benefits, a SWAP in adult social care through the Jobcentre is the quickest free way in; no ESOL
                is suggested because she did not say she needs it.
                """,
            route1: [
                .init("swap-care", cost: 0, rule: "swap", source: "swap-guide"),
            ]),
        Scenario(
            "sixteenNoQualsWarehouse", Profile(englishMaths: .entry3, age: 16), to: "warehouse-operative",
            adviser: """
                At 16 all study is free under 16 to 19 funding: a short warehousing award, or a supply chain
                apprenticeship with a wage.
                """,
            route1: [
                .init("l1-warehousing", cost: 0, rule: "sixteen-to-eighteen-free", source: "norfolk-post-16-funding"),
            ]),
        Scenario(
            "eighteenLevel2ITSupport", Profile(levelHeld: .level2, englishMaths: .level2, age: 18, employment: .inEducation), to: "it-support-technician",
            adviser: """
                Aged 18 on the last 31 August, he is still funded as a 16 to 18-year-old; the Digital Upgrade cohort
                has no fee, and IT apprenticeships pay a wage.
                """,
            route1: [
                .init("digital-upgrade-cyber", cost: 0, rule: nil, source: "digital-upgrade"),
            ]),
        Scenario(
            "seventeenCareLeaverCare", Profile(levelHeld: .level1, englishMaths: .level1, age: 17, careLeaver: true), to: "care-worker",
            adviser: """
                Free at 17 under 16 to 19 funding, and as a care leaver she can claim the 16 to 19 bursary of up to
                £1,200 a year from the college.
                """,
            route1: [
                .init("l1-health-social-care", cost: 0, rule: "sixteen-to-eighteen-free", source: "norfolk-post-16-funding", also: ["bursary-sixteen-to-nineteen-vulnerable"]),
            ]),
        Scenario(
            "sixteenElectrician", Profile(levelHeld: .level2, englishMaths: .level2, age: 16), to: "electrician",
            adviser: """
                At 16 the electrician apprenticeship is the way to the AM2 and qualified status: no fee and a wage
                of at least the apprentice minimum wage.
                """,
            route1: [
                .init("electrician-apprenticeship", cost: 0, rule: "apprenticeship-2026-27", source: "feweek-apprentice-wage-2026"),
            ]),
        Scenario(
            "nineteenNoMathsSoftware", Profile(levelHeld: .level1, englishMaths: .level1, age: 19), to: "software-developer",
            adviser: """
                Skills Bootcamps are free at 19 and lead quickly to a junior developer interview; the apprenticeship
                route pays while training.
                """,
            route1: [
                .init("bootcamp-coding-foundations", cost: 0, rule: "skills-bootcamps", source: "hansard-hl3323-skills-bootcamps"),
                .init("bootcamp-software-development", cost: 0, rule: "skills-bootcamps", source: "hansard-hl3323-skills-bootcamps"),
            ]),
        Scenario(
            "twentyOneLevel2Engineering", Profile(levelHeld: .level2, englishMaths: .level2, age: 21, employment: .employed, earnings: 30000), to: "engineering-technician",
            adviser: """
                At 21 without a Level 3, the Level 3 diploma in engineering is free as a first full Level 3 (legal
                entitlement), even though he earns £30,000.
                """,
            route1: [
                .init("l3-engineering", cost: 0, rule: "asf-first-full-level-3", source: "slc-asf-factsheet"),
            ]),
        Scenario(
            "twentyThreeLevel3Software", Profile(levelHeld: .level3, englishMaths: .level2, age: 23, employment: .employed, earnings: 28000), to: "software-developer",
            adviser: """
                With a Level 3 already, a Skills Bootcamp (free at 19+) is the shortest route; an HND would need an
                Advanced Learner Loan.
                """,
            route1: [
                .init("bootcamp-software-development", cost: 0, rule: "skills-bootcamps", source: "hansard-hl3323-skills-bootcamps"),
            ]),
        Scenario(
            "twentyFourEmployedSeniorCare", Profile(levelHeld: .level2, englishMaths: .level2, age: 24, employment: .employed, earnings: 30000), to: "senior-care-worker",
            adviser: """
                At 24, employed on £30,000 (above the £26,800 threshold from August 2026), a Level 3 diploma would
                need an Advanced Learner Loan; the adult care apprenticeship costs nothing and pays.
                """,
            route1: [
                .init("adult-care-worker-apprenticeship", cost: 0, rule: "apprenticeship-2026-27", source: "feweek-apprentice-wage-2026"),
            ]),
        Scenario(
            "twentyFourLowPaySeniorCare", Profile(levelHeld: .level2, englishMaths: .level2, age: 24, employment: .employed, earnings: 22000), to: "senior-care-worker",
            adviser: """
                On £22,000 she is below the 2026 to 2027 threshold of £26,800, so the Level 3 diploma in adult care
                is free under free courses for jobs.
                """,
            route1: [
                .init("adult-care-worker-apprenticeship", cost: 0, rule: "apprenticeship-2026-27", source: "feweek-apprentice-wage-2026"),
            ]),
        Scenario(
            "thirtyEarning26000SeniorCare", Profile(levelHeld: .level2, englishMaths: .level2, age: 30, employment: .employed, earnings: 26000), to: "senior-care-worker",
            adviser: """
                £26,000 was above the 2025 to 2026 threshold (£25,750) but is below the £26,800 in force from August
                2026: a course starting now is free under free courses for jobs. The date a step starts decides
                which rule applies.
                """,
            route1: [
                .init("adult-care-worker-apprenticeship", cost: 0, rule: "apprenticeship-2026-27", source: "feweek-apprentice-wage-2026"),
            ]),
        Scenario(
            "thirtyFiveUnemployedDataAnalyst", Profile(levelHeld: .level3, englishMaths: .level2, age: 35, employment: .unemployed), to: "data-analyst",
            adviser: """
                Unemployed with a Level 3, a free Skills Bootcamp in data is the quickest route to a data role.
                """,
            route1: [
                .init("bootcamp-ai", cost: 0, rule: "skills-bootcamps", source: "hansard-hl3323-skills-bootcamps"),
            ]),
        Scenario(
            "fortyRedundancyHGV", Profile(levelHeld: .level2, englishMaths: .level2, age: 40, employment: .employed, earnings: 35000, atRiskOfRedundancy: true), to: "hgv-driver",
            adviser: """
                An HGV Skills Bootcamp is free at 19+ and gives the category C licence a lorry driver needs; the LGV
                apprenticeship is the paid alternative.
                """,
            route1: [
                .init("bootcamp-hgv-driving", cost: 0, rule: "skills-bootcamps", source: "hansard-hl3323-skills-bootcamps"),
            ]),
        Scenario(
            "fortyFiveBenefitsWarehouse", Profile(levelHeld: .level1, englishMaths: .level1, age: 45, employment: .benefits), to: "warehouse-operative",
            adviser: """
                On benefits, a short warehousing course is fully funded (unemployed or on benefits), or a SWAP
                through the Jobcentre.
                """,
            route1: [
                .init("l1-warehousing", cost: 0, rule: "asf-unemployed-low-pay-2026-27", source: "feweek-asf-2026-27"),
            ]),
        Scenario(
            "refugeeESOLCare", Profile(englishMaths: .entry1, age: 28, employment: .benefits, needsESOL: true, residence: .refugee), to: "care-worker",
            adviser: """
                Refugee status exempts her from the three-year residence rule, so ESOL for work is fully funded
                while she claims benefits; a SWAP in care is also open to her.
                """,
            route1: [
                .init("swap-care", cost: 0, rule: "swap", source: "swap-guide"),
            ]),
        Scenario(
            "asylumSeekerESOLCare", Profile(englishMaths: .entry1, age: 33, employment: .unemployed, needsESOL: true, residence: .asylumSeeker), to: "care-worker",
            adviser: """
                Asylum seekers can usually be funded after six months waiting for a decision, so the adviser shows
                ESOL as free but tells her to check with the provider; SWAP is not open without a benefit claim.
                """,
            route1: [
                .init("esol-for-work", cost: 0, rule: "asf-unemployed-low-pay-2026-27", source: "feweek-asf-2026-27"),
            ]),
        Scenario(
            "preferNotToSayESOL", Profile(englishMaths: .entry2, age: 30, employment: .unemployed, needsESOL: true, residence: .preferNotToSay), to: "care-worker",
            adviser: """
                She preferred not to say how long she has lived in the UK, so courses are shown as free on condition
                of the residence rule, said in words, and SWAP is closed because she is not claiming benefits.
                """,
            route1: [
                .init("esol-for-work", cost: 0, rule: "asf-unemployed-low-pay-2026-27", source: "feweek-asf-2026-27"),
            ]),
        Scenario(
            "ehcPlanTwentyTwoCare", Profile(levelHeld: .level1, englishMaths: .level1, age: 22, employment: .unemployed, disabled: true, ehcPlan: true), to: "care-worker",
            adviser: """
                With an EHC plan, study up to 24 is funded like 16 to 18: the Level 1 health and social care course
                is free on that basis.
                """,
            route1: [
                .init("l1-health-social-care", cost: 0, rule: "ehc-plan-nineteen-to-twenty-four", source: "norfolk-post-16-funding"),
            ]),
        Scenario(
            "ehcPlanTwentySixEngineering", Profile(levelHeld: .level2, englishMaths: .level2, age: 26, employment: .employed, disabled: true, earnings: 30000, ehcPlan: true), to: "engineering-technician",
            adviser: """
                At 26 the EHC plan no longer brings 16 to 19 funding, and on £30,000 he is above the low-pay
                threshold: a Level 3 diploma needs an Advanced Learner Loan, while the apprenticeships cost nothing
                and pay.
                """,
            route1: [
                .init("l3-engineering", cost: 4000, rule: "advanced-learner-loan", source: "slc-loan-learning-aims"),
            ]),
        Scenario(
            "nineteenLevel3Nurse", Profile(levelHeld: .level3, englishMaths: .level2, age: 19), to: "registered-nurse",
            adviser: """
                With a Level 3, a nursing degree is paid with a Tuition Fee Loan and the NHS Learning Support Fund
                adds a £5,000 a year grant; the registered nurse degree apprenticeship pays a wage instead. Either
                leads to NMC registration.
                """,
            route1: [
                .init("bsc-nursing-adult", cost: 28605, rule: "student-finance", source: "gov-student-finance", also: ["nhs-learning-support-fund"]),
            ]),
        Scenario(
            "careLeaverTwentyNurse", Profile(levelHeld: .level3, englishMaths: .level2, age: 20, careLeaver: true), to: "registered-nurse",
            adviser: """
                As a care leaver she also gets the £2,000 higher education bursary from her local authority on top
                of the NHS training grant, or the £3,000 care leaver bursary on the degree apprenticeship.
                """,
            route1: [
                .init("bsc-nursing-adult", cost: 28605, rule: "student-finance", source: "gov-student-finance", also: ["care-leaver-higher-education-bursary", "nhs-learning-support-fund"]),
            ]),
        Scenario(
            "twentySixNoQualsMaths", Profile(englishMaths: .entry3, age: 26, employment: .unemployed), to: "care-worker",
            adviser: """
                Unemployed at 26 with English and maths at Entry 3: a SWAP is not open without a benefit claim; a
                Level 1 health and social care course is fully funded because she is unemployed.
                """,
            route1: [
                .init("l1-health-social-care", cost: 0, rule: "asf-unemployed-low-pay-2026-27", source: "feweek-asf-2026-27"),
            ]),
        Scenario(
            "fiftyEmployedPlumber", Profile(levelHeld: .level2, englishMaths: .level2, age: 50, employment: .employed, earnings: 40000), to: "plumber",
            adviser: """
                At 50 on £40,000 a Level 3 plumbing diploma needs an Advanced Learner Loan; a building services
                apprenticeship costs nothing and pays a wage.
                """,
            route1: [
                .init("l3-plumbing-heating", cost: 4000, rule: "advanced-learner-loan", source: "slc-loan-learning-aims"),
            ]),
        Scenario(
            "nineteenInEducationEngineering", Profile(levelHeld: .level2, englishMaths: .level2, age: 19, employment: .inEducation), to: "engineering-technician",
            adviser: """
                Still in education at 19 with a Level 2: the first full Level 3 entitlement makes the diploma free.
                """,
            route1: [
                .init("l3-engineering", cost: 0, rule: "asf-first-full-level-3", source: "slc-asf-factsheet"),
            ]),
        Scenario(
            "thirtyOneLevel4Software", Profile(levelHeld: .level4, englishMaths: .level2, age: 31, employment: .employed, earnings: 50000), to: "software-developer",
            adviser: """
                Already qualified to Level 4 and well paid, she can still take a free Skills Bootcamp (an employer
                sending its own staff would pay part); an HND would need a loan.
                """,
            route1: [
                .init("bootcamp-software-development", cost: 0, rule: "skills-bootcamps", source: "hansard-hl3323-skills-bootcamps"),
            ]),
        Scenario(
            "eighteenEarnMaintenance", Profile(levelHeld: .level2, englishMaths: .level2, age: 18, earnWhileLearning: true), to: "maintenance-fitter",
            adviser: """
                He must earn while learning, so the search finds apprenticeships: every route listed pays a wage and
                costs nothing.
                """,
            route1: [
                .init("lift-truck-technician-apprenticeship", cost: 0, rule: "apprenticeship-2026-27", source: "feweek-apprentice-wage-2026"),
            ]),
        Scenario(
            "sixtyUnemployedWarehouse", Profile(englishMaths: .entry3, age: 60, employment: .unemployed), to: "warehouse-operative",
            adviser: """
                Unemployed at 60 with Entry 3 English and maths: short warehousing courses are fully funded; SWAP
                needs a benefit claim.
                """,
            route1: [
                .init("l1-warehousing", cost: 0, rule: "asf-unemployed-low-pay-2026-27", source: "feweek-asf-2026-27"),
            ]),
        Scenario(
            "nineteenUnderThreeYearsEngineering", Profile(levelHeld: .level2, englishMaths: .level2, age: 19, employment: .employed, residence: Residence(yearsInUK: 1), earnings: 30000), to: "engineering-technician",
            adviser: """
                With one year in the UK and no exempt status, he does not meet the residence rule for the first full
                Level 3 entitlement or an Advanced Learner Loan, so the diploma's fee falls on him; the
                apprenticeships cost nothing and pay (their own eligibility checks, such as the right to work, are
                made by the employer and provider).
                """,
            route1: [
                .init("l3-engineering", cost: 4000, rule: nil, source: "slc-asf-factsheet"),
            ]),
    ]
}
