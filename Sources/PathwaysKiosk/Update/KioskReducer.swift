import PathwaysGraph
import PathwaysTerminalCore

/// The kiosk's rules: how each key and each passing second changes the state.
///
/// Pure: it reads the time only from `now` and asks for side effects (clearing the screen,
/// printing, checking the PIN) by returning them. Keys that could escape elsewhere (`q`,
/// Ctrl-C, Ctrl-D, Escape) never quit: the only way out is the operator key F12 and the PIN.
public enum KioskReducer {
    /// The longest PIN the prompt takes.
    static let pinLength = 12

    /// Applies one event at time `now`; returns what must happen outside the state.
    public static func reduce(_ state: inout KioskState, _ event: KioskEvent, context: KioskContext, now: Double) -> [KioskEffect] {
        switch event {
        case .resize:
            return []
        case .tick:
            return tick(&state, context: context, now: now)
        case .touch:
            if state.screen == .attract { start(&state, now: now) } else { state.lastInput = now; state.stillThereSince = nil }
            return []
        case .tap(let item):
            state.lastInput = now
            guard state.stillThereSince == nil, state.pinEntry == nil,
                  let page = KioskPage.page(for: state, context: context), page.items.indices.contains(item) else {
                state.stillThereSince = nil
                return []
            }
            state.selected = item
            return activate(page.items[item].choice, &state, context: context, last: page.items.count - 1)
        case .shared(let message):
            state.screen = .done(message)
            state.shownAt = now
            state.selected = 0
            return []
        case .pinRefused(let message):
            state.notice = message
            return []
        case .shareRefused(let message):
            state.notice = message
            return []
        case .unlocked:
            state = KioskState()
            state.finished = true
            return [.clearScreen]
        case .failed:
            state = KioskState()
            state.screen = .sorry
            state.shownAt = now
            return [.clearScreen]
        case .key(let key):
            return press(key, &state, context: context, now: now)
        }
    }

    /// A fresh state, with nothing of the last visitor, and the screen cleared.
    static func wipe(_ state: inout KioskState) -> [KioskEffect] {
        state = KioskState()
        return [.clearScreen]
    }

    static func start(_ state: inout KioskState, now: Double) {
        state = KioskState()
        state.screen = .question(.qualifications)
        state.lastInput = now
    }

    // MARK: Time

    static func tick(_ state: inout KioskState, context: KioskContext, now: Double) -> [KioskEffect] {
        if state.pinEntry != nil && now - state.lastInput >= context.pinTimeout {
            state.pinEntry = nil
            state.notice = nil
        }
        switch state.screen {
        case .attract:
            return []
        case .done:
            return now - state.shownAt >= context.doneTimeout ? wipe(&state) : []
        case .sorry:
            return now - state.shownAt >= context.sorryTimeout ? wipe(&state) : []
        default:
            if let since = state.stillThereSince {
                return now - since >= context.countdown ? wipe(&state) : []
            }
            if now - state.lastInput >= context.idleTimeout {
                state.stillThereSince = now
                state.pinEntry = nil
            }
            return []
        }
    }

    // MARK: Keys

    static func press(_ key: Key, _ state: inout KioskState, context: KioskContext, now: Double) -> [KioskEffect] {
        let idleBefore = state.lastInput
        state.lastInput = now
        let mode = KioskKeyMode(state)
        if mode != .stillThere, mode != .pin { state.notice = nil }
        guard let command = KioskKeymap.command(for: key, in: mode) else { return [] }
        switch command {
        case .carryOn:
            // Any key means "yes, still here", and does nothing else.
            state.stillThereSince = nil
        case .pinDigit(let digit):
            if state.pinEntry!.count < pinLength { state.pinEntry!.append(digit) }
        case .pinDelete:
            if !state.pinEntry!.isEmpty { state.pinEntry!.removeLast() }
        case .pinCancel:
            state.pinEntry = nil
        case .pinEnter:
            let pin = state.pinEntry!
            state.pinEntry = nil
            return [.checkPIN(pin)]
        case .staff:
            state.pinEntry = ""
        case .start:
            start(&state, now: now)
        case .finish:
            // Ignore keys pressed in the first second, still meant for the last screen.
            return now - state.shownAt >= 1 || now - idleBefore >= 1 ? wipe(&state) : []
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .choose, .back, .jump:
            return choose(command, &state, context: context)
        }
        return []
    }

    static func choose(_ command: KioskCommand, _ state: inout KioskState, context: KioskContext) -> [KioskEffect] {
        guard let page = KioskPage.page(for: state, context: context), !page.items.isEmpty else { return [] }
        let last = page.items.count - 1
        switch command {
        case .up: state.selected = max(0, state.selected - 1)
        case .down: state.selected = min(last, state.selected + 1)
        case .pageUp: state.selected = max(0, state.selected - 3)
        case .pageDown: state.selected = min(last, state.selected + 3)
        case .top: state.selected = 0
        case .bottom: state.selected = last
        case .choose:
            return activate(page.items[min(state.selected, last)].choice, &state, context: context, last: last)
        case .back:
            return back(&state, context: context)
        case .jump(let letter):
            jump(to: letter, in: page, &state)
        default:
            break
        }
        return []
    }

    /// Moves to the next item whose label starts with the letter typed.
    static func jump(to letter: Character, in page: KioskPage, _ state: inout KioskState) {
        let count = page.items.count
        let wanted = String(letter).lowercased()
        for offset in 1...count {
            let i = (state.selected + offset) % count
            if page.items[i].lines.first?.lowercased().hasPrefix(wanted) == true { state.selected = i; return }
        }
    }

    static func activate(_ choice: KioskPage.Choice, _ state: inout KioskState, context: KioskContext, last: Int) -> [KioskEffect] {
        let graph = context.graph
        switch choice {
        case .answer(let index):
            guard case .question(let q) = state.screen else { return [] }
            state.answers.answer(q, index)
            if let next = q.next {
                state.screen = .question(next)
                state.selected = state.answers.answerIndex(next) ?? 0
            } else {
                state.screen = .clusters
                state.selected = state.clusterID.flatMap { id in graph.clusters.firstIndex { $0.id == id } } ?? 0
            }
        case .cluster(let id):
            if state.clusterID != id { state.jobID = nil }
            state.clusterID = id
            state.screen = .jobs
            state.selected = state.jobID.flatMap { id in graph.jobs(inCluster: state.clusterID!).firstIndex { $0.id == id } } ?? 0
        case .job(let id):
            state.jobID = id
            state.routes = graph.personalRoutes(for: state.answers.profile, to: id, ranking: .time, limit: context.routeLimit)
            state.routeIndex = nil
            state.screen = .routes
            state.selected = 0
        case .route(let index):
            state.routeIndex = index
            state.screen = .steps
            state.selected = 0
        case .step:
            state.selected = min(last, state.selected + 1)
        case .takeHome:
            state.screen = .share
            state.selected = 0
        case .share(let method):
            guard let route = state.route else { return [] }
            return [.share(KioskShareRequest(method: method, route: route, startingPoint: state.answers.summary))]
        case .back:
            return back(&state, context: context)
        case .startAgain:
            return wipe(&state)
        }
        return []
    }

    /// One screen back, with the item the visitor came from highlighted.
    static func back(_ state: inout KioskState, context: KioskContext) -> [KioskEffect] {
        let graph = context.graph
        switch state.screen {
        case .question(let q):
            guard let previous = q.previous else { return wipe(&state) }
            state.screen = .question(previous)
            state.selected = state.answers.answerIndex(previous) ?? 0
        case .clusters:
            state.screen = .question(KioskQuestion.last)
            state.selected = state.answers.answerIndex(KioskQuestion.last) ?? 0
        case .jobs:
            state.screen = .clusters
            state.selected = state.clusterID.flatMap { id in graph.clusters.firstIndex { $0.id == id } } ?? 0
        case .routes:
            state.screen = .jobs
            state.selected = state.jobID.flatMap { id in state.clusterID.map(graph.jobs(inCluster:))?.firstIndex { $0.id == id } } ?? 0
        case .steps:
            state.screen = .routes
            state.selected = state.routeIndex ?? 0
        case .share:
            state.screen = .steps
            state.selected = 0
        case .attract, .done, .sorry:
            break
        }
        return []
    }
}
