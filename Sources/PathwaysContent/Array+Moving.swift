/// Moving elements between arrays without copying them: the values are taken bit for bit,
/// so nothing they hold is retained and released again. The slots they leave get `vacant`,
/// a value that holds no storage of its own, so the array that owned them still ends as
/// usual.
///
/// The loader moves a great many records (each holding a dozen texts and lists) from the
/// builder that read a file into the one that holds the catalogue; copying would touch every
/// reference twice.
extension Array {
    /// Appends `other`'s elements, in order, leaving `other` empty.
    mutating func appendMoving(_ other: inout [Element], vacant: Element) {
        guard !isEmpty else {
            swap(&self, &other)
            return
        }
        let count = other.count
        guard count > 0 else { return }
        other.withUnsafeMutableBufferPointer { slots in
            let first = slots.baseAddress!
            // No `reserveCapacity` first: asked for exactly enough at each of many appends, an
            // array would copy itself every time instead of growing geometrically.
            append(contentsOf: (0..<count).lazy.map { (first + $0).move() })
            slots.initialize(repeating: vacant)
        }
        other = []
    }
}
