/// Shortest-path search over the pathway graph for one starting point, ranking and costing.
///
/// The learner's English and maths level changes along a route (a GCSE step raises it) and
/// progressions can ask for it, so the search walks *states*: a node paired with the English
/// and maths level held on arrival. A virtual source state stands for "today" and links to
/// every step the starting point can begin directly. Steps the starting point covers are never
/// entered. Weights are lexicographic `RouteWeight`s, added per step entered.
///
/// Time moves along a route: a step's age limits, and its cost to the learner, are judged at
/// the weeks already spent on the way to it (the best way found so far to that state), so a
/// 17-year-old can start a degree at 19 after two years of A levels. Because cost can depend on
/// that time, the search is a label-setting approximation when costs change with age; with
/// fixed costs it is exact.
///
/// A class, so the searches and the closures they hand out share one instance rather than
/// copying the graph's many arrays (each a reference to count) at every call.
final class RouteSearch {
    let graph: PathwayGraph
    let start: StartingPoint
    let ranking: Ranking
    /// Prices a step (by index) for the learner when started after the given weeks.
    let pricer: StepPricer
    /// Distinct English-and-maths levels a route can hold, lowest first (`nil` = none).
    let emLevels: [Level?]
    /// Nodes that may appear on a route; `nil` means every node.
    let allowed: [Bool]?
    /// Lower bounds on the weight still to go to one target, guiding `shortestPath`; when set,
    /// only the nodes it has settled (which can all reach that target) may appear on a route.
    var bounds: RouteLowerBounds?
    /// True when the learner must earn while learning: unpaid weeks weigh first.
    let earn: Bool

    static let source = -1

    init(graph: PathwayGraph, start: StartingPoint, ranking: Ranking, pricer: StepPricer, allowed: [Bool]?, earn: Bool = false) {
        self.graph = graph
        self.start = start
        self.ranking = ranking
        self.pricer = pricer
        self.allowed = allowed
        self.earn = earn
        var levels = Set<Level>()
        if let em = start.englishMaths { levels.insert(em) }
        for n in graph.steps.indices { if let g = graph.steps[n].grantsEnglishMaths { levels.insert(g) } }
        emLevels = [nil] + levels.sorted().map { Optional($0) }
    }

    var emCount: Int { emLevels.count }

    func node(ofState s: Int) -> Int { s / emCount }
    func emIndex(ofState s: Int) -> Int { s % emCount }

    /// The weight of entering a node after `weeks` weeks: a step's weeks and cost under the
    /// ranking; jobs are free.
    func weight(ofNode n: Int, afterWeeks weeks: Int) -> RouteWeight {
        guard !graph.isJob(n) else { return .zero }
        let stepWeeks = graph.steps[n].weeks
        return RouteWeight(weeks: stepWeeks, cost: pricer.cost(n, afterWeeks: weeks), ranking: ranking,
                           unpaid: earn && !graph.steps.withUnsafeBufferPointer { $0[n].earnsWhileLearning } ? stepWeeks : 0)
    }

    /// Whether a route may enter node `n` after `weeks` weeks. A step's age bounds apply however
    /// the learner arrives, at the age they will be then; its other entry conditions apply only
    /// to starting it directly, since a progression states its own.
    func isAllowed(_ n: Int, afterWeeks weeks: Int) -> Bool {
        if let bounds, !bounds.reaches(n) { return false }
        return isOpen(n, afterWeeks: weeks)
    }

    /// `isAllowed` but for `bounds`: whether `allowed` and the step's own conditions let a
    /// route enter node `n` after `weeks` weeks.
    private func isOpen(_ n: Int, afterWeeks weeks: Int) -> Bool {
        if let allowed, !allowed[n] { return false }
        guard !graph.isJob(n) else { return true }
        return graph.steps.withUnsafeBufferPointer { steps in
            // An apprenticeship standard paused for starts (or closed) takes no new apprentices.
            if let status = steps[n].standard?.status, status != .approved { return false }
            if start.covers(steps[n], leadsToJob: graph.stepLeadsToJob[n]) { return false }
            return start.ageAllows(steps[n].entry, afterWeeks: weeks)
        }
    }

    /// The state reached by entering node `n` holding English and maths at `emIndex`.
    func arrive(at n: Int, from emIndex: Int) -> Int {
        var e = emIndex
        if !graph.isJob(n), let g = graph.steps[n].grantsEnglishMaths, emLevels[e].map({ $0 < g }) ?? true {
            e = emLevels.firstIndex(of: g) ?? e
        }
        return n * emCount + e
    }

    /// True when the step at node `v` grants everything the job at node `w` requires (time in
    /// work grants what its job required, since the learner already holds the job).
    func grantsRequirements(of w: Int, from v: Int) -> Bool {
        let needs = graph.jobs[w - graph.steps.count].requires
        guard !needs.isEmpty, !graph.isJob(v) else { return true }
        return needs.allSatisfy(graph.steps[v].grants.contains)
    }

    /// Calls `body` with each state one move from `s` and the node it enters. O(out-degree).
    @inline(__always)
    func forEachSuccessor(of s: Int, afterWeeks weeks: Int, startCandidates: [Int], _ body: (_ state: Int, _ node: Int) -> Void) {
        if s == RouteSearch.source {
            let initialEM = emLevels.firstIndex(of: start.englishMaths) ?? 0
            for n in startCandidates where isAllowed(n, afterWeeks: 0) { body(arrive(at: n, from: initialEM), n) }
            return
        }
        let v = node(ofState: s)
        let e = emIndex(ofState: s)
        let vIsJob = graph.isJob(v)
        let heldHere = vIsJob ? start.levelHeld ?? .entry1 : max(start.levelHeld ?? .entry1, graph.steps[v].level)
        for k in Int(graph.outStart[v])..<Int(graph.outStart[v + 1]) {
            let w = Int(graph.outTarget[k])
            // Time in work as a job follows only that job, and a job leads on only to time in
            // work there (a career ladder).
            if vIsJob != (!graph.isJob(w) && graph.steps[w].kind == .work) { continue }
            guard isAllowed(w, afterWeeks: weeks) else { continue }
            if graph.isJob(w) && !grantsRequirements(of: w, from: v) { continue }
            let need = graph.progressions[Int(graph.outEdge[k])].requirement
            guard need.isOpen || start.meets(need, englishMaths: emLevels[e], levelHeld: heldHere, weeks: weeks) else { continue }
            body(arrive(at: w, from: e), w)
        }
    }

    /// The least weight entering step `n` can have at any time on any route: its weeks (and
    /// unpaid weeks), with its cost when the price does not change with time, else no cost.
    func lowestWeight(ofStep n: Int) -> RouteWeight {
        let weeks = graph.steps[n].weeks
        return RouteWeight(weeks: weeks, cost: pricer.fixedCost(n) ?? 0, ranking: ranking,
                           unpaid: earn && !graph.steps.withUnsafeBufferPointer { $0[n].earnsWhileLearning } ? weeks : 0)
    }

    /// Whether a route may begin with node `n`: a step, not time in work, that the starting
    /// point may start today (whatever `bounds` has settled).
    func opensRoute(_ n: Int) -> Bool {
        guard n < graph.steps.count else { return false }
        let opens = graph.steps.withUnsafeBufferPointer { steps in
            steps[n].kind != .work && start.meets(steps[n].entry, englishMaths: start.englishMaths, levelHeld: start.levelHeld)
        }
        return opens && isOpen(n, afterWeeks: 0)
    }

    /// Steps the starting point may begin directly, among `candidates`.
    func startCandidates(among candidates: some Sequence<Int>) -> [Int] {
        candidates.filter { $0 < graph.steps.count && graph.steps[$0].kind != .work && start.meets(graph.steps[$0].entry, englishMaths: start.englishMaths, levelHeld: start.levelHeld) }
    }

    /// A* from `origin` (a state, or `source`) until a state of `target` is settled, guided by
    /// `bounds` (exact lower bounds on the weight still to go; see `RouteLowerBounds`). States
    /// are settled in order of weight so far plus bound; since the bound is consistent, each
    /// is settled with the weight Dijkstra would give it, and a node `bounds` has not settled
    /// is never entered. Without `bounds` this is plain Dijkstra.
    ///
    /// From the source, `firstMoves` (when given) offers the first moves lazily, lowest key
    /// first: each is queued only once nothing queued is below its key, the entry it would
    /// have had, so it is queued no later than its turn would come and the states settled and
    /// their weights are as if all had been queued at the start.
    ///
    /// Returns the state path from `origin` to the target and its weight, or `nil`.
    /// O((V' + E') log V') over the states explored, V' ≤ nodes × English-and-maths levels;
    /// `scratch` is reused between calls so each search only pays for the states it touches.
    func shortestPath(
        from origin: Int, originWeight: RouteWeight = .zero, target: Int, startCandidates: [Int], scratch: SearchScratch,
        blockedNodes: Set<Int> = [], blockedMoves: Set<Move> = [], firstMoves: SourceMoves? = nil
    ) -> (path: [Int], weight: RouteWeight)? {
        scratch.begin()
        scratch.set(origin, originWeight, predecessor: nil)
        var heap = MinHeap()
        let offered = origin == RouteSearch.source ? firstMoves : nil
        let bounds = self.bounds
        var next = 0
        if offered == nil {
            let h = origin == RouteSearch.source ? nil : bounds?.bound(node(ofState: origin))
            heap.push(h.map { originWeight + $0 } ?? originWeight, origin)
        }
        while true {
            if let offered, offered.has(next),
               heap.top.map({ !MinHeap.less($0, (offered.keys[next], offered.states[next])) }) ?? true {
                let w = offered.nodes[next], t = offered.states[next], nd = offered.weights[next]
                next += 1
                if !blockedNodes.isEmpty && blockedNodes.contains(w) { continue }
                if !blockedMoves.isEmpty && blockedMoves.contains(Move(from: origin, to: w)) { continue }
                if let old = scratch.distance(t), !(nd < old) { continue }
                scratch.set(t, nd, predecessor: origin)
                heap.push(bounds.map { nd + $0.bound(w) } ?? nd, t)
                continue
            }
            guard let (f, s) = heap.pop() else { break }
            guard let d = scratch.distance(s) else { continue }
            // An entry queued before its state's weight improved is stale.
            let h = bounds.map { s == RouteSearch.source ? .zero : $0.bound(node(ofState: s)) } ?? .zero
            guard f == d + h else { continue }
            if s != RouteSearch.source && node(ofState: s) == target {
                var path = [s]
                var cur = s
                while let p = scratch.predecessor(cur) { path.append(p); cur = p }
                return (path.reversed(), d)
            }
            forEachSuccessor(of: s, afterWeeks: d.weeks, startCandidates: startCandidates) { t, w in
                if !blockedNodes.isEmpty && blockedNodes.contains(w) { return }
                if !blockedMoves.isEmpty && blockedMoves.contains(Move(from: s, to: w)) { return }
                let nd = d + weight(ofNode: w, afterWeeks: d.weeks)
                if let old = scratch.distance(t), !(nd < old) { return }
                scratch.set(t, nd, predecessor: s)
                heap.push(bounds.map { nd + $0.bound(w) } ?? nd, t)
            }
        }
        return nil
    }

    /// Best weight to every state reachable from the source, with the steps on that best route.
    /// O((V' + E') log V').
    func distancesFromSource(startCandidates: [Int]) -> [Int: (weight: RouteWeight, steps: Int)] {
        var dist: [Int: (weight: RouteWeight, steps: Int)] = [RouteSearch.source: (.zero, 0)]
        var heap = MinHeap()
        heap.push(.zero, RouteSearch.source)
        while let (d, s) = heap.pop() {
            guard let best = dist[s], best.weight == d else { continue }
            forEachSuccessor(of: s, afterWeeks: d.weeks, startCandidates: startCandidates) { t, w in
                let nd = d + weight(ofNode: w, afterWeeks: d.weeks)
                if let old = dist[t], !(nd < old.weight) { return }
                dist[t] = (nd, best.steps + (graph.isJob(w) ? 0 : 1))
                heap.push(nd, t)
            }
        }
        return dist
    }

    /// A move from a state into a node, as blocked by Yen's algorithm.
    struct Move: Hashable {
        var from: Int
        var to: Int
    }
}

/// Distances and predecessors for one search at a time, reused across the searches of one
/// query: a generation stamp marks which entries belong to the current search, so starting a
/// new search is O(1) rather than clearing arrays of every state.
///
/// The entries live in memory this object owns (allocated once, freed with it) and reached
/// through constant pointers, so the search's innermost loop reads and writes them without
/// reference counting or exclusivity checks.
final class SearchScratch {
    private let dist: UnsafeMutablePointer<RouteWeight>
    private let pred: UnsafeMutablePointer<Int32>
    private let stamp: UnsafeMutablePointer<UInt32>
    /// The current search's stamp, in owned memory for the same reason.
    private let generation: UnsafeMutablePointer<UInt32>

    /// Room for `states` states plus the virtual source. Only the stamps are cleared: a
    /// distance or predecessor is read only once its stamp says this search wrote it.
    init(states: Int) {
        dist = .allocate(capacity: states + 1)
        pred = .allocate(capacity: states + 1)
        stamp = .allocate(capacity: states + 1)
        stamp.initialize(repeating: 0, count: states + 1)
        generation = .allocate(capacity: 1)
        generation.initialize(to: 0)
    }

    deinit {
        dist.deallocate()
        pred.deallocate()
        stamp.deallocate()
        generation.deallocate()
    }

    func begin() { generation.pointee &+= 1 }

    @inline(__always) func distance(_ s: Int) -> RouteWeight? { stamp[s + 1] == generation.pointee ? dist[s + 1] : nil }

    @inline(__always) func predecessor(_ s: Int) -> Int? {
        guard stamp[s + 1] == generation.pointee else { return nil }
        let p = Int(pred[s + 1])
        return p == -2 ? nil : p
    }

    @inline(__always) func set(_ s: Int, _ d: RouteWeight, predecessor p: Int?) {
        stamp[s + 1] = generation.pointee
        dist[s + 1] = d
        pred[s + 1] = Int32(p ?? -2)
    }
}

/// Prices steps for one learner by the weeks spent before them, remembering each answer: the
/// same step is asked about many times in one search, at few distinct times.
final class StepPricer {
    private let price: (Int, Int) -> Int
    private let fixed: [Int]?
    /// Steps priced at their typical fee, read when asked rather than copied up front.
    private let typical: [Step]?
    private var memo: [Int: Int] = [:]

    /// A learner whose cost for a step does not depend on time: `costs` indexed like the steps.
    init(fixed costs: [Int]) {
        fixed = costs
        typical = nil
        price = { _, _ in 0 }
    }

    /// A learner who pays each step's typical fee, whenever it starts.
    init(typicalFeesOf steps: [Step]) {
        fixed = nil
        typical = steps
        price = { _, _ in 0 }
    }

    /// A learner whose cost for step `index` after `weeks` weeks is `price(index, weeks)`.
    init(_ price: @escaping (_ index: Int, _ weeks: Int) -> Int) {
        fixed = nil
        typical = nil
        self.price = price
    }

    /// The cost of step `index` when it does not depend on time; nil when it may.
    @inline(__always) func fixedCost(_ index: Int) -> Int? {
        if let typical { return typical[index].cost }
        return fixed?[index]
    }

    func cost(_ index: Int, afterWeeks weeks: Int) -> Int {
        if let known = fixedCost(index) { return known }
        let key = index &* 4096 &+ min(weeks, 4095)
        if let known = memo[key] { return known }
        let value = price(index, weeks)
        memo[key] = value
        return value
    }
}
