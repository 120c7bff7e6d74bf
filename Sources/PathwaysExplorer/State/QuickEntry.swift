import PathwaysGraph

/// The profile form's one-line quick entry: a resident's story in a few words, such as
/// `AB 27 esol e2 uc birmingham` or `52 l2 employed lowpay`, read into the form's answers so
/// the adviser types one line and presses Enter.
///
/// Words (any order, any case, commas or spaces between):
/// - an age, `16` to `99`; initials in capitals, `AB` (up to four letters)
/// - the highest level held: `none`, `e1` `e2` `e3`, `l1` to `l8`; `gcse` means Level 2 held
///   with English and maths at Level 2
/// - English and maths: `em` then a level (`em l1`); `esol` (needs ESOL), optionally then the
///   English level (`esol e2`)
/// - work: `employed`, `unemployed`, `uc` or `benefits`, `edu` (in education or training),
///   `lowpay`; yearly earnings as `£24000` or `24k` (which also means employed); `redundancy`
/// - years in the UK: `2y` (`2yrs`), `refugee`, `asylum`, `private` (prefer not to say)
/// - `care` (care leaver), `disabled`, `ehc` (EHC plan), `earn` (must earn while learning)
/// - a borough: `birmingham`, `coventry`, … or `outside`
public enum QuickEntry {
    /// What a quick entry says: the answers it sets, and the words it did not understand.
    public struct Reading: Sendable, Equatable {
        public var unknown: [String] = []
    }

    /// The words it reads, for the form's side pane.
    public static let words = [
        "16-99: age; AB: initials (capitals)",
        "none e1-e3 l1-l8: level held; gcse: Level 2 with English and maths",
        "em l1: English and maths; esol e2: needs ESOL, English at Entry 2",
        "employed unemployed uc edu lowpay redundancy: work; £24000 or 24k: earnings",
        "2y refugee asylum private: years in the UK or status",
        "care disabled ehc earn: care leaver, disabled, EHC plan, earn while learning",
        "birmingham coventry dudley sandwell solihull walsall wolverhampton outside",
    ]

    /// One line of help for the form.
    public static let hint = "One line: \"AB 27 esol e2 uc 2y\", \"17 gcse edu\", \"52 l2 £24000\". Enter applies."

    /// Applies `text` to `form` (on top of what it already says); returns the words not understood.
    @discardableResult
    public static func apply(_ text: String, to form: inout ProfileForm) -> Reading {
        var reading = Reading()
        // A comma between digits is a thousands separator ("£24,000"); elsewhere it separates words.
        let characters = Array(text)
        let cleaned = String(characters.indices.compactMap { i -> Character? in
            let c = characters[i]
            let thousands = c == "," && i > 0 && i + 1 < characters.count && characters[i - 1].isNumber && characters[i + 1].isNumber
            return thousands ? nil : c
        })
        let words = cleaned.split { $0 == " " || $0 == "," || $0 == ";" }.map(String.init)
        /// What a level word sets: the level held, or English and maths after `em` or `esol`.
        enum Target { case held, englishMaths }
        var target = Target.held
        for word in words {
            let lower = word.lowercased()
            if let level = level(lower) {
                switch target {
                case .held: form.levelHeld = level
                case .englishMaths: form.englishMaths = level
                }
                target = .held
                continue
            }
            target = .held
            if let age = Int(lower), (16...99).contains(age) {
                form.age = String(age)
            } else if let pounds = pounds(lower) {
                form.employment = .employed
                form.earnings = String(pounds)
            } else if let years = years(lower) {
                form.residence = Residence(yearsInUK: years)
            } else if word.count <= 4, word.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                form.initials = word
            } else if lower == "gcse" || lower == "gcses" {
                form.levelHeld = max(form.levelHeld ?? .level2, .level2)
                form.englishMaths = .level2
            } else if lower == "em" {
                target = .englishMaths
            } else if lower == "esol" {
                form.needsESOL = true
                target = .englishMaths
            } else if let change = circumstance(lower) {
                change(&form)
            } else if let borough = borough(lower) {
                form.borough = borough
            } else {
                reading.unknown.append(word)
            }
        }
        return reading
    }

    /// A level word: `none`, `e1`–`e3`, `l1`–`l8` (also `entry2`, `level3`).
    static func level(_ word: String) -> Level?? {
        if word == "none" { return .some(nil) }
        let digits = word.drop { !$0.isNumber }
        let prefix = word.prefix { !$0.isNumber }
        guard let n = Int(digits) else { return nil }
        switch prefix {
        case "e", "entry": return Level.allCases.first { $0.label == "Entry \(n)" }.map { .some($0) }
        case "l", "level": return Level.allCases.first { $0.label == "Level \(n)" }.map { .some($0) }
        default: return nil
        }
    }

    /// Yearly earnings: `£24000` (or `£24,000`), `24k`.
    static func pounds(_ word: String) -> Int? {
        if word.hasPrefix("£"), let n = Int(word.dropFirst()), n >= 0, n <= 1_000_000 { return n }
        if word.hasSuffix("k"), let n = Int(word.dropLast()), n >= 0, n <= 1000 { return n * 1000 }
        return nil
    }

    /// Years in the UK: `2y`, `2yr`, `2yrs`, `2years`.
    static func years(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard let n = Int(digits), n <= 99, ["y", "yr", "yrs", "year", "years"].contains(String(word.dropFirst(digits.count))) else { return nil }
        return n
    }

    /// A word for a circumstance, as the change it makes to the form.
    static func circumstance(_ word: String) -> ((inout ProfileForm) -> Void)? {
        switch word {
        case "employed", "working", "emp": { $0.employment = .employed }
        case "unemployed", "unemp", "jobless": { $0.employment = .unemployed }
        case "uc", "benefits", "benefit": { $0.employment = .benefits }
        case "lowpay", "low-pay": { $0.employment = .employed; $0.lowPay = true }
        case "care", "careleaver", "care-leaver": { $0.careLeaver = true }
        case "disabled": { $0.disabled = true }
        case "edu", "education", "student", "school", "college": { $0.employment = .inEducation }
        case "redundancy", "redundant": { $0.atRiskOfRedundancy = true }
        case "refugee": { $0.residence = .refugee }
        case "asylum": { $0.residence = .asylumSeeker }
        case "private": { $0.residence = .preferNotToSay }
        case "ehc", "ehcp": { $0.ehcPlan = true }
        case "earn": { $0.earnWhileLearning = true }
        default: nil
        }
    }

    /// A borough by its name or its first four letters ("wolv").
    static func borough(_ word: String) -> Borough? {
        guard word.count >= 4 else { return nil }
        if "outside".hasPrefix(word) { return .outside }
        return Borough.allCases.first { $0 != .outside && $0.rawValue.hasPrefix(word) }
    }
}
