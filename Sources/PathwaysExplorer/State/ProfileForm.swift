import PathwaysGraph

/// The profile screen's form: a draft of the resident's profile that becomes the real one only
/// when the adviser applies it and every field is valid.
///
/// Choices change with ←→ (or Enter, or Space), numbers and initials are typed. No name is
/// asked for: initials are optional and at most four letters.
public struct ProfileForm: Sendable, Equatable {
    /// One row of the form, top to bottom.
    public enum Field: Sendable, Hashable {
        /// One line read into the answers below (see `QuickEntry`).
        case quick
        case initials, levelHeld, englishMaths, age, borough, employment
        case lowPay, careLeaver, needsESOL, disabled
        /// What else changes the advice (issue #10): residence, earnings, redundancy, an EHC plan.
        case residence, earnings, redundancy, ehcPlan
        case mode(StudyMode)
        case longestWeeks, earnWhileLearning
        /// The "Apply" button at the bottom.
        case apply

        /// Every field in order.
        public static let all: [Field] = [.quick, .initials, .levelHeld, .englishMaths, .age, .borough, .employment,
                                          .lowPay, .careLeaver, .needsESOL, .disabled, .residence, .earnings, .redundancy, .ehcPlan]
            + StudyMode.allCases.map(Field.mode) + [.longestWeeks, .earnWhileLearning, .apply]

        /// Typed rather than chosen.
        public var isText: Bool { self == .quick || self == .initials || self == .age || self == .earnings || self == .longestWeeks }

        /// The label in the form.
        public var label: String {
            switch self {
            case .quick: "Quick entry"
            case .initials: "Initials (optional)"
            case .levelHeld: "Highest level held"
            case .englishMaths: "English and maths"
            case .age: "Age"
            case .borough: "Borough"
            case .employment: "Work"
            case .lowPay: "Low pay"
            case .careLeaver: "Care leaver"
            case .needsESOL: "Needs ESOL"
            case .disabled: "Disabled"
            case .residence: "Years in the UK"
            case .earnings: "Earnings £ a year"
            case .redundancy: "At risk of redundancy"
            case .ehcPlan: "EHC plan"
            case .mode(let m): "Can study " + m.label
            case .longestWeeks: "Longest route (weeks)"
            case .earnWhileLearning: "Must earn while learning"
            case .apply: "Apply"
            }
        }

        /// One line on why the field matters, shown for the selected field.
        public var hint: String {
            switch self {
            case .quick: QuickEntry.hint
            case .initials: "Up to 4 letters, to tell saved sessions apart. No names are kept."
            case .levelHeld: "The highest qualification they hold: routes start above it."
            case .englishMaths: "GCSE grade 4 or Functional Skills Level 2 counts as Level 2."
            case .age: "16 to 99. Funding for a first full Level 3 depends on age."
            case .borough: "Where they live: the seven WMCA councils, or outside them."
            case .employment: "Employed, unemployed, or on Universal Credit or other benefits."
            case .lowPay: "Earns under the Adult Skills Fund low-pay threshold (only asked when employed)."
            case .careLeaver: "Care leavers can get extra funding and bursaries."
            case .needsESOL: "Learning English: ESOL courses come first where needed."
            case .disabled: "Can open extra support and funding."
            case .residence: "Adult funding and student finance usually ask for 3 years in the UK; refugees are exempt."
            case .earnings: "Gross a year, in whole pounds: checked against the low-pay threshold in force. Empty if not given."
            case .redundancy: "Told they are at risk of redundancy: some adult funding covers them."
            case .ehcPlan: "An education, health and care plan: education stays free up to 24."
            case .mode: "Tick the ways they can study. None ticked means any."
            case .longestWeeks: "Routes longer than this are marked. Leave empty for no limit."
            case .earnWhileLearning: "Routes with paid training (apprenticeships) come first."
            case .apply: "Check the answers and use this profile for routes, costs and the plan."
            }
        }
    }

    /// The quick entry line as typed.
    public var quick = ""
    /// The profile the form was opened with: a changed quick entry is read on top of it afresh.
    public var original: Profile?
    public var initials = ""
    public var levelHeld: Level?
    public var englishMaths: Level?
    public var age = "19"
    public var borough: Borough?
    public var employment: Profile.Employment = .unemployed
    public var lowPay = false
    public var careLeaver = false
    public var needsESOL = false
    public var disabled = false
    public var residence: Residence = .notAsked
    public var earnings = ""
    public var atRiskOfRedundancy = false
    public var ehcPlan = false
    public var modes: Set<StudyMode> = []
    public var longestWeeks = ""
    public var earnWhileLearning = false
    /// The selected row, an index into `Field.all`.
    public var row = 0
    /// Problems found by the last Apply, by field.
    public var errors: [Field: String] = [:]

    /// A blank form (age 19, unemployed), or one filled from an existing profile.
    public init(_ profile: Profile? = nil) {
        original = profile
        guard let p = profile else { return }
        initials = p.initials ?? ""
        levelHeld = p.levelHeld
        englishMaths = p.englishMaths
        age = String(p.age)
        borough = p.borough
        employment = p.employment
        lowPay = p.lowPay
        careLeaver = p.careLeaver
        needsESOL = p.needsESOL
        disabled = p.disabled
        residence = p.residence
        earnings = p.earnings.map(String.init) ?? ""
        atRiskOfRedundancy = p.atRiskOfRedundancy
        ehcPlan = p.ehcPlan
        modes = Set(p.modes)
        longestWeeks = p.longestWeeks.map(String.init) ?? ""
        earnWhileLearning = p.earnWhileLearning
    }

    public var field: Field { Field.all[row] }

    /// The value of a field as shown in the form.
    public func value(_ field: Field) -> String {
        switch field {
        case .quick: quick
        case .initials: initials
        case .levelHeld: levelHeld.map(\.label) ?? "none yet"
        case .englishMaths: englishMaths.map(\.label) ?? "below Entry 3"
        case .age: age
        case .borough: borough?.label ?? "not given"
        case .employment: employment.label
        case .lowPay: yesNo(lowPay)
        case .careLeaver: yesNo(careLeaver)
        case .needsESOL: yesNo(needsESOL)
        case .disabled: yesNo(disabled)
        case .residence: ProfileForm.residenceLabel(residence)
        case .earnings: earnings
        case .redundancy: yesNo(atRiskOfRedundancy)
        case .ehcPlan: yesNo(ehcPlan)
        case .mode(let m): yesNo(modes.contains(m))
        case .longestWeeks: longestWeeks
        case .earnWhileLearning: yesNo(earnWhileLearning)
        case .apply: ""
        }
    }

    private func yesNo(_ b: Bool) -> String { b ? "yes" : "no" }

    /// Residence as the form's answer, short: "3 years or more", "refugee", "prefer not to say".
    static func residenceLabel(_ r: Residence) -> String {
        switch r {
        case .notAsked: "not asked"
        case .threeYears: "3 years or more"
        case .underThreeYears: "under 3 years"
        case .refugee: "refugee or humanitarian protection"
        case .asylumSeeker: "asylum seeker"
        case .preferNotToSay: "prefer not to say"
        }
    }

    /// Changes a choice one step forward or back (yes/no fields flip). Text fields are unchanged.
    public mutating func change(by step: Int) {
        switch field {
        case .levelHeld: levelHeld = ProfileForm.cycle(levelHeld, Level.allCases, step)
        case .englishMaths: englishMaths = ProfileForm.cycle(englishMaths, Level.allCases, step)
        case .borough: borough = ProfileForm.cycle(borough, Borough.allCases, step)
        case .employment:
            let all = Profile.Employment.allCases
            employment = all[((all.firstIndex(of: employment)! + step) % all.count + all.count) % all.count]
        case .lowPay: lowPay.toggle()
        case .careLeaver: careLeaver.toggle()
        case .needsESOL: needsESOL.toggle()
        case .disabled: disabled.toggle()
        case .residence:
            let all = Residence.allCases
            residence = all[((all.firstIndex(of: residence)! + step) % all.count + all.count) % all.count]
        case .redundancy: atRiskOfRedundancy.toggle()
        case .ehcPlan: ehcPlan.toggle()
        case .mode(let m): if modes.contains(m) { modes.remove(m) } else { modes.insert(m) }
        case .earnWhileLearning: earnWhileLearning.toggle()
        case .quick, .initials, .age, .earnings, .longestWeeks, .apply: return
        }
        errors[field] = nil
    }

    /// Steps through `nil` (the first option) and then every case, wrapping round.
    static func cycle<T: Equatable>(_ value: T?, _ all: [T], _ step: Int) -> T? {
        let options: [T?] = [nil] + all.map { Optional($0) }
        let i = options.firstIndex { $0 == value } ?? 0
        return options[((i + step) % options.count + options.count) % options.count]
    }

    /// Types a character into the selected text field; returns false when it does not fit there.
    public mutating func type(_ c: Character) -> Bool {
        switch field {
        case .quick:
            guard !c.isNewline, c != "\t", quick.count < 80 else { return c.isNewline ? false : true }
            quick.append(c)
            reread()
            return true
        case .initials:
            guard c.isLetter, c.isASCII || c.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
            guard initials.count < 4 else { errors[.initials] = "At most 4 letters."; return true }
            initials.append(Character(c.uppercased()))
        case .age:
            guard c.isASCII, c.isNumber else { return false }
            guard age.count < 3 else { return true }
            age.append(c)
        case .longestWeeks:
            guard c.isASCII, c.isNumber else { return false }
            guard longestWeeks.count < 4 else { return true }
            longestWeeks.append(c)
        case .earnings:
            guard c.isASCII, c.isNumber else { return c == "," || c == "£" }
            guard earnings.count < 7 else { return true }
            earnings.append(c)
        default:
            return false
        }
        errors[field] = nil
        return true
    }

    /// Deletes the last character of the selected text field; returns false elsewhere.
    public mutating func deleteBackward() -> Bool {
        switch field {
        case .quick:
            if !quick.isEmpty { quick.removeLast() }
            reread()
            return true
        case .initials: if !initials.isEmpty { initials.removeLast() }
        case .age: if !age.isEmpty { age.removeLast() }
        case .longestWeeks: if !longestWeeks.isEmpty { longestWeeks.removeLast() }
        case .earnings: if !earnings.isEmpty { earnings.removeLast() }
        default: return false
        }
        errors[field] = nil
        return true
    }

    /// Reads the quick entry afresh on top of the profile the form was opened with, keeping the
    /// line and the selected row; words not understood are shown against the line.
    mutating func reread() {
        var fresh = ProfileForm(original)
        fresh.quick = quick
        fresh.row = row
        let unknown = QuickEntry.apply(quick, to: &fresh).unknown
        if !unknown.isEmpty { fresh.errors[.quick] = "Not understood: \(unknown.joined(separator: " "))." }
        self = fresh
    }

    /// The profile the form describes, or the problems to fix (also kept in `errors`).
    public mutating func validated() -> Profile? {
        let quickError = errors[.quick]
        errors = [:]
        if let quickError { errors[.quick] = quickError }
        let ageValue = Int(age)
        if age.isEmpty {
            errors[.age] = "Enter an age from 16 to 99."
        } else if ageValue == nil || !(16...99).contains(ageValue!) {
            errors[.age] = "Age must be 16–99 (you typed \(age))."
        }
        var weeks: Int?
        if !longestWeeks.isEmpty {
            weeks = Int(longestWeeks)
            if weeks == nil || weeks! < 1 { errors[.longestWeeks] = "Enter at least 1 week, or leave it empty for no limit." }
        }
        var pounds: Int?
        if !earnings.isEmpty {
            pounds = Int(earnings)
            if pounds == nil || pounds! > 1_000_000 { errors[.earnings] = "Enter whole pounds a year, up to 1000000, or leave it empty." }
        }
        if initials.count > 4 || initials.contains(where: { !$0.isLetter }) { errors[.initials] = "Initials are up to 4 letters." }
        guard errors.isEmpty, let ageValue else { return nil }
        return Profile(initials: initials.isEmpty ? nil : initials, levelHeld: levelHeld, englishMaths: englishMaths, age: ageValue,
                       borough: borough, employment: employment, lowPay: employment == .employed && lowPay, careLeaver: careLeaver,
                       needsESOL: needsESOL, disabled: disabled, modes: StudyMode.allCases.filter(modes.contains),
                       longestWeeks: weeks, earnWhileLearning: earnWhileLearning, residence: residence,
                       earnings: employment == .employed ? pounds : nil, atRiskOfRedundancy: atRiskOfRedundancy, ehcPlan: ehcPlan)
    }
}
