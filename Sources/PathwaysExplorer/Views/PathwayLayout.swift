import PathwaysGraph

/// Where the steps of a job's routes sit in the pathway graph: columns by band, rows ordered
/// to keep crossings few.
///
/// An edge that skips columns passes through a pass-through slot in each column it crosses, so every
/// line runs between neighbouring columns (the layered layout of Sugiyama et al.). Rows are
/// ordered by a few sweeps of the barycentre heuristic. Built once per set of routes; drawing
/// only maps slots to screen positions.
struct PathwayLayout: Sendable, Equatable {
    /// A place in a column: a step or job, or a line passing through.
    struct Slot: Sendable, Hashable {
        var id: String
        var isPassThrough: Bool
    }

    /// A line between neighbouring columns, from a slot to a slot.
    struct Segment: Sendable, Hashable {
        var column: Int
        var fromRow: Int
        var toRow: Int
        /// The real edge (step or job IDs) this segment is part of.
        var from: String
        var to: String
    }

    /// A link from one step (or job) to the next on some route.
    struct Edge: Sendable, Hashable {
        var from: String
        var to: String
    }

    /// Where a step or job sits: its column and its row within the column.
    struct Place: Sendable, Hashable {
        var column: Int
        var row: Int
    }

    /// The band columns shown, left to right (only bands the routes use, then the job).
    var headings: [String]
    var columns: [[Slot]]
    var segments: [Segment]
    /// Real edges, for moving the cursor.
    var edges: [Edge]
    /// Edges that go backwards (to an earlier band, or round a cycle), listed rather than drawn.
    var otherEdges: [Edge]
    /// Column and row of each step or job.
    var position: [String: Place]

    static func column(of level: Level) -> Int {
        switch level.band {
        case .entry: 0
        case .level1, .level2: 1
        case .level3: 2
        case .level4to5: 3
        case .level6plus: 4
        }
    }

    static let bandHeadings = ["Entry", "Level 1–2", "Level 3", "Level 4–5", "Level 6+", "Job"]

    init(routes: [Route]) {
        // Nodes in order of first appearance, and the distinct edges between them.
        var bandColumn: [String: Int] = [:]
        var order: [String] = []
        var edgeSet = Set<String>()
        var realEdges: [Edge] = []
        for route in routes {
            for s in route.steps where bandColumn[s.id] == nil {
                bandColumn[s.id] = PathwayLayout.column(of: s.level)
                order.append(s.id)
            }
            if bandColumn[route.job.id] == nil { bandColumn[route.job.id] = 5; order.append(route.job.id) }
            let ids = route.nodeIDs
            for i in 0..<max(0, ids.count - 1) where edgeSet.insert(ids[i] + "\u{0}" + ids[i + 1]).inserted {
                realEdges.append(Edge(from: ids[i], to: ids[i + 1]))
            }
        }
        // A progression within one band (SWAP at Level 1 then a Level 2 bootcamp, or a
        // sideways move) would have no room between columns, so such a band takes one more
        // column per step of the chain: a node's sub-column is one past its same-band
        // predecessor's. A cycle stops growing after as many rounds as there are nodes, and its
        // backward edge is then listed rather than drawn.
        var sub = Dictionary(uniqueKeysWithValues: order.map { ($0, 0) })
        for _ in 0..<order.count {
            var changed = false
            for edge in realEdges where bandColumn[edge.from] == bandColumn[edge.to] && edge.from != edge.to {
                if sub[edge.to]! < sub[edge.from]! + 1, sub[edge.from]! + 1 < order.count {
                    sub[edge.to] = sub[edge.from]! + 1
                    changed = true
                }
            }
            if !changed { break }
        }
        // Keep only the columns in use: a band, then its extra sub-columns, each headed by the band.
        let key = Dictionary(uniqueKeysWithValues: order.map { ($0, bandColumn[$0]! * 1000 + sub[$0]!) })
        let used = Set(key.values).sorted()
        let shown = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        headings = used.map { PathwayLayout.bandHeadings[$0 / 1000] }
        let columnOf = key.mapValues { shown[$0]! }

        var cols = Array(repeating: [Slot](), count: used.count)
        for id in order { cols[columnOf[id]!].append(Slot(id: id, isPassThrough: false)) }

        // Split long edges into one-column hops through pass-through slots.
        var hops: [(from: Slot, to: Slot, edge: Int)] = []
        var others: [Edge] = []
        for (e, edge) in realEdges.enumerated() {
            let a = columnOf[edge.from]!, b = columnOf[edge.to]!
            guard a < b else { others.append(edge); continue }
            var previous = Slot(id: edge.from, isPassThrough: false)
            for c in (a + 1)..<b {
                let through = Slot(id: "\(e)@\(c)", isPassThrough: true)
                cols[c].append(through)
                hops.append((previous, through, e))
                previous = through
            }
            hops.append((previous, Slot(id: edge.to, isPassThrough: false), e))
        }

        PathwayLayout.orderByBarycentre(&cols, hops: hops.map { ($0.from.id, $0.to.id) })

        var rowOf: [String: Int] = [:]
        var colOf: [String: Int] = [:]
        for (c, column) in cols.enumerated() {
            for (r, slot) in column.enumerated() { rowOf[slot.id] = r; colOf[slot.id] = c }
        }
        segments = hops.map { hop in
            Segment(column: colOf[hop.from.id]!, fromRow: rowOf[hop.from.id]!, toRow: rowOf[hop.to.id]!,
                    from: realEdges[hop.edge].from, to: realEdges[hop.edge].to)
        }
        columns = cols
        edges = realEdges
        otherEdges = others
        var pos: [String: Place] = [:]
        for id in order { pos[id] = Place(column: colOf[id]!, row: rowOf[id]!) }
        position = pos
    }

    /// Reorders each column by the mean row of its neighbours, sweeping right then left.
    static func orderByBarycentre(_ cols: inout [[Slot]], hops: [(String, String)]) {
        guard cols.count > 1 else { return }
        var preds: [String: [String]] = [:], succs: [String: [String]] = [:]
        for (a, b) in hops { succs[a, default: []].append(b); preds[b, default: []].append(a) }
        func rows(_ column: [Slot]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: column.enumerated().map { ($1.id, Double($0)) })
        }
        for _ in 0..<4 {
            for c in 1..<cols.count { reorder(&cols[c], by: rows(cols[c - 1]), neighbours: preds) }
            for c in stride(from: cols.count - 2, through: 0, by: -1) { reorder(&cols[c], by: rows(cols[c + 1]), neighbours: succs) }
        }
    }

    static func reorder(_ column: inout [Slot], by rows: [String: Double], neighbours: [String: [String]]) {
        let keyed = column.enumerated().map { (i, slot) -> (Double, Int, Slot) in
            let ns = (neighbours[slot.id] ?? []).compactMap { rows[$0] }
            return (ns.isEmpty ? Double(i) : ns.reduce(0, +) / Double(ns.count), i, slot)
        }
        column = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// The nodes reached from `id` by one edge (or leading into it), in row order.
    func neighbours(of id: String, forward: Bool) -> [String] {
        let ids = edges.filter { (forward ? $0.from : $0.to) == id }.map { forward ? $0.to : $0.from }
        return ids.sorted { (position[$0]?.row ?? 0) < (position[$1]?.row ?? 0) }
    }

    /// The step or job above or below `id` in its column, skipping pass-through slots.
    func sibling(of id: String, offset: Int) -> String? {
        guard let p = position[id] else { return nil }
        let real = columns[p.column].filter { !$0.isPassThrough }
        guard let i = real.firstIndex(where: { $0.id == id }) else { return nil }
        let j = i + offset
        return real.indices.contains(j) ? real[j].id : nil
    }
}
