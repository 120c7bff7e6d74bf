/// Shortest-path search over the pathway graph for one starting point, ranking and costing.
///
/// The learner's English and maths level changes along a route (a GCSE step raises it) and
/// progressions can ask for it, so the search walks *states*: a node paired with the English
/// and maths level held on arrival. A virtual source state stands for "today" and links to
/// every step the starting point can begin directly. Steps the starting point covers are never
/// entered. Weights are lexicographic `RouteWeight`s, added per step entered.
struct RouteSearch {
    let graph: PathwayGraph
    let start: StartingPoint
    let ranking: Ranking
    /// Cost to the learner of each step, indexed like `graph.steps`.
    let stepCost: [Int]
    /// Distinct English-and-maths levels a route can hold, lowest first (`nil` = none).
    let emLevels: [Level?]
    /// Nodes that may appear on a route; `nil` means every node.
    let allowed: [Bool]?

    static let source = -1

    init(graph: PathwayGraph, start: StartingPoint, ranking: Ranking, stepCost: [Int], allowed: [Bool]?) {
        self.graph = graph
        self.start = start
        self.ranking = ranking
        self.stepCost = stepCost
        self.allowed = allowed
        var levels = Set<Level>()
        if let em = start.englishMaths { levels.insert(em) }
        for step in graph.steps { if let g = step.grantsEnglishMaths { levels.insert(g) } }
        emLevels = [nil] + levels.sorted().map { Optional($0) }
    }

    var emCount: Int { emLevels.count }

    func node(ofState s: Int) -> Int { s / emCount }
    func emIndex(ofState s: Int) -> Int { s % emCount }

    /// The weight of entering a node: a step's weeks and cost under the ranking; jobs are free.
    func weight(ofNode n: Int) -> RouteWeight {
        graph.isJob(n) ? .zero : RouteWeight(weeks: graph.steps[n].weeks, cost: stepCost[n], ranking: ranking)
    }

    /// Whether a route may enter node `n` at all. A step's minimum age applies however the
    /// learner arrives (age is not gained along a route); its other entry conditions apply only
    /// to starting it directly, since a progression states its own.
    func isAllowed(_ n: Int) -> Bool {
        if let allowed, !allowed[n] { return false }
        guard !graph.isJob(n) else { return true }
        let step = graph.steps[n]
        if start.covers(step, leadsToJob: graph.stepLeadsToJob[n]) { return false }
        if let need = step.entry.minimumAge, let age = start.age, age < need { return false }
        return true
    }

    /// The state reached by entering node `n` holding English and maths at `emIndex`.
    func arrive(at n: Int, from emIndex: Int) -> Int {
        var e = emIndex
        if !graph.isJob(n), let g = graph.steps[n].grantsEnglishMaths, emLevels[e].map({ $0 < g }) ?? true {
            e = emLevels.firstIndex(of: g) ?? e
        }
        return n * emCount + e
    }

    /// The states one move from `s`, with the node entered. O(out-degree).
    func successors(of s: Int, startCandidates: [Int]) -> [(state: Int, node: Int)] {
        var result: [(Int, Int)] = []
        let initialEM = emLevels.firstIndex(of: start.englishMaths) ?? 0
        if s == RouteSearch.source {
            for n in startCandidates where isAllowed(n) {
                result.append((arrive(at: n, from: initialEM), n))
            }
            return result
        }
        let v = node(ofState: s)
        guard !graph.isJob(v) else { return [] }
        let e = emIndex(ofState: s)
        let heldHere = max(start.levelHeld ?? .entry1, graph.steps[v].level)
        for k in Int(graph.outStart[v])..<Int(graph.outStart[v + 1]) {
            let w = Int(graph.outTarget[k])
            guard isAllowed(w) else { continue }
            let need = graph.progressions[Int(graph.outEdge[k])].requirement
            guard start.meets(need, englishMaths: emLevels[e], levelHeld: heldHere) else { continue }
            result.append((arrive(at: w, from: e), w))
        }
        return result
    }

    /// Steps the starting point may begin directly, among `candidates`.
    func startCandidates(among candidates: some Sequence<Int>) -> [Int] {
        candidates.filter { $0 < graph.steps.count && start.canStart(graph.steps[$0]) }
    }

    /// Dijkstra from `origin` (a state, or `source`) until a state of `target` is settled.
    ///
    /// Returns the state path from `origin` to the target and its weight, or `nil`.
    /// O((V' + E') log V') over the states explored, V' ≤ nodes × English-and-maths levels.
    func shortestPath(
        from origin: Int, target: Int, startCandidates: [Int],
        blockedNodes: Set<Int> = [], blockedMoves: Set<Move> = []
    ) -> (path: [Int], weight: RouteWeight)? {
        var dist: [Int: RouteWeight] = [origin: .zero]
        var pred: [Int: Int] = [:]
        var heap = MinHeap()
        heap.push(.zero, origin)
        while let (d, s) = heap.pop() {
            guard let best = dist[s], best == d else { continue }
            if s != RouteSearch.source && node(ofState: s) == target {
                var path = [s]
                var cur = s
                while let p = pred[cur] { path.append(p); cur = p }
                return (path.reversed(), d)
            }
            for (t, w) in successors(of: s, startCandidates: startCandidates) {
                if blockedNodes.contains(w) || blockedMoves.contains(Move(from: s, to: w)) { continue }
                let nd = d + weight(ofNode: w)
                if let old = dist[t], !(nd < old) { continue }
                dist[t] = nd
                pred[t] = s
                heap.push(nd, t)
            }
        }
        return nil
    }

    /// Best weight to every state reachable from the source. O((V' + E') log V').
    func distancesFromSource(startCandidates: [Int]) -> [Int: (weight: RouteWeight, steps: Int)] {
        var dist: [Int: (weight: RouteWeight, steps: Int)] = [RouteSearch.source: (.zero, 0)]
        var heap = MinHeap()
        heap.push(.zero, RouteSearch.source)
        while let (d, s) = heap.pop() {
            guard let best = dist[s], best.weight == d else { continue }
            for (t, w) in successors(of: s, startCandidates: startCandidates) {
                let nd = d + weight(ofNode: w)
                if let old = dist[t], !(nd < old.weight) { continue }
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

/// A binary min-heap of (weight, state), ties broken by the smaller state for determinism.
struct MinHeap {
    private var items: [(RouteWeight, Int)] = []

    private static func less(_ a: (RouteWeight, Int), _ b: (RouteWeight, Int)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    mutating func push(_ w: RouteWeight, _ s: Int) {
        items.append((w, s))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard MinHeap.less(items[i], items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> (RouteWeight, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && MinHeap.less(items[l], items[m]) { m = l }
                if r < items.count && MinHeap.less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}
