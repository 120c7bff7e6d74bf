import PathwaysGraph

/// One kiosk screen as content: a title, a few lines of explanation, and a list to choose from.
///
/// The reducer and the view both read the page, so what Enter does is always what is shown.
public struct KioskPage: Sendable, Hashable {
    /// What choosing an item does.
    public enum Choice: Sendable, Hashable {
        case answer(Int)
        case cluster(String)
        case job(String)
        case route(Int)
        /// A step of the route: information only; Enter moves to the next item.
        case step
        /// Opens "Print or save this pathway".
        case takeHome
        case share(KioskShareRequest.Method)
        case back
        case startAgain
    }

    /// One item: its lines (the first is the label, the rest detail, each wrapped when drawn).
    public struct Item: Sendable, Hashable {
        public var lines: [String]
        public var choice: Choice

        public init(_ lines: [String], _ choice: Choice) {
            self.lines = lines
            self.choice = choice
        }
    }

    public var title: String
    public var intro: [String]
    public var items: [Item]

    /// The page for a visitor's state: nil for the screens that are not lists (attract, done, sorry).
    /// A page that marks anything "[example]" says what that means.
    public static func page(for state: KioskState, context: KioskContext) -> KioskPage? {
        guard var page = content(for: state, context: context) else { return nil }
        let shown = [page.title] + page.intro + page.items.flatMap(\.lines)
        if shown.contains(where: { $0.contains(Wording.exampleMark) }) { page.intro.append(Wording.exampleLegend) }
        return page
    }

    static func content(for state: KioskState, context: KioskContext) -> KioskPage? {
        let graph = context.graph
        let tail = [Item(["Start again"], .startAgain)]
        switch state.screen {
        case .attract, .done, .sorry:
            return nil
        case .question(let q):
            let step = "Question \(q.rawValue + 1) of \(KioskQuestion.allCases.count)"
            let items = q.answers.enumerated().map { Item([$0.element], .answer($0.offset)) }
            return KioskPage(title: q.title, intro: [step], items: items + tail)
        case .clusters:
            // Plain names for a walk-up resident: "Electric vehicles and batteries".
            let items = graph.clusters.map { Item([Wording.marked($0.plainTitle ?? $0.title, illustrative: $0.illustrative)], .cluster($0.id)) }
            return KioskPage(title: "Which kind of work interests you?",
                             intro: ["You said: \(state.answers.summary)."], items: items + tail)
        case .jobs:
            let cluster = state.clusterID.flatMap(graph.cluster)
            let jobs = state.clusterID.map(graph.jobs(inCluster:)) ?? []
            let items = jobs.map { job in
                Item([Wording.marked(job.title, illustrative: job.illustrative)
                      + (job.pay.map { ", median pay \(Pay.pounds($0.median)) a year" } ?? "")], .job(job.id))
            }
            return KioskPage(title: "Jobs in \(cluster.map { Wording.marked($0.plainTitle ?? $0.title, illustrative: $0.illustrative) } ?? "this area")", intro: ["Choose a job to see the ways into it."],
                             items: items + [Item(["Back to kinds of work"], .back)] + tail)
        case .routes:
            let job = state.jobID.flatMap(graph.job)?.title ?? "this job"
            guard !state.routes.isEmpty else {
                return KioskPage(title: "Ways into \(job)",
                                 intro: ["We could not find a way in from where you are now. A member of staff can help."],
                                 items: [Item(["Back to jobs"], .back)] + tail)
            }
            let items = state.routes.enumerated().map { n, r in
                var lines = ["Way \(n + 1): " + Wording.plural(r.route.steps.count, "step") + ", about " + Wording.yearsAndMonths(weeks: r.route.totalWeeks)
                             + ", " + (r.isOpen ? "costs you " + Pay.pounds(r.costToLearner) : Wording.toYou(r.costings))]
                for (i, step) in r.route.steps.enumerated() {
                    lines.append("\(i + 1)) \(Wording.marked(step.title, illustrative: step.illustrative)) (\(step.level.label)) — " + Wording.toYou(r.costings[i]))
                }
                if r.route.earnsWhileLearning { lines.append("You are paid while you train on this way in.") }
                return Item(lines, .route(n))
            }
            return KioskPage(title: "Ways into \(job)", intro: ["Best first. Choose one to see each step and what it costs you."],
                             items: items + [Item(["Back to jobs"], .back)] + tail)
        case .steps:
            guard let r = state.route else { return KioskPage(title: "This way in", intro: [], items: tail) }
            var items = [Item(["Print or save this pathway"], .takeHome)]
            for (i, step) in r.route.steps.enumerated() {
                let c = r.costings[i]
                var lines = ["Step \(i + 1): " + Wording.marked(step.title, illustrative: step.illustrative),
                             "\(step.kind.label), \(step.level.label), about \(Wording.yearsAndMonths(weeks: step.weeks))",
                             c.isOpen ? "Costs you \(Pay.pounds(c.costToLearner)). \(c.reason)" : c.reason]
                if !c.isOpen { lines.insert(Wording.sentence(Wording.toYou([c])), at: 2) }
                items.append(Item(lines, .step))
            }
            items.append(Item(["Then: " + Wording.marked(r.route.job.title, illustrative: r.route.job.illustrative)
                               + (r.route.job.pay.map { ", median pay \(Pay.pounds($0.median)) a year" } ?? "")], .step))
            return KioskPage(title: "Way \((state.routeIndex ?? 0) + 1) into \(r.route.job.title)",
                             intro: ["\(Wording.plural(r.route.steps.count, "step")), about \(Wording.yearsAndMonths(weeks: r.route.totalWeeks)) in all."],
                             items: items + [Item(["Back to the ways in"], .back)] + tail)
        case .share:
            var items: [Item] = []
            if context.canPrint { items.append(Item(["Print it on the printer here"], .share(.print))) }
            if context.canSave {
                items.append(Item(["Save it as a web page"], .share(.saveWebPage)))
                items.append(Item(["Save it as a text slip"], .share(.saveSlip)))
            }
            let intro = items.isEmpty ? ["Printing and saving are not set up on this kiosk. Please ask a member of staff."]
                : ["Choose how to take your pathway with you. Nothing else about you is kept."]
            return KioskPage(title: "Print or save this pathway", intro: intro, items: items + [Item(["Back to the steps"], .back)] + tail)
        }
    }
}
