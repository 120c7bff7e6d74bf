/// Lines drawn as directions per cell, so crossings and joins get the right box-drawing
/// character (├ ┬ ┼ …) whatever order the lines are drawn in.
public struct LineCanvas {
    public static let left: UInt8 = 1, right: UInt8 = 2, up: UInt8 = 4, down: UInt8 = 8, bold: UInt8 = 16

    public let rect: Rect
    public var bits: [UInt8]

    public init(rect: Rect) {
        self.rect = rect
        bits = Array(repeating: 0, count: rect.width * rect.height)
    }

    public mutating func mark(_ x: Int, _ y: Int, _ b: UInt8) {
        guard rect.contains(x: x, y: y) else { return }
        bits[(y - rect.y) * rect.width + (x - rect.x)] |= b
    }

    /// A horizontal line; the ends join outwards when `openStart`/`openEnd` (or at a box edge).
    public mutating func horizontal(y: Int, from x0: Int, to x1: Int, bold: Bool, openStart: Bool = true, openEnd: Bool = false) {
        guard x1 >= x0 else { return }
        let b: UInt8 = bold ? LineCanvas.bold : 0
        for x in x0...x1 {
            var d: UInt8 = b
            if x > x0 || openStart { d |= LineCanvas.left }
            if x < x1 || openEnd { d |= LineCanvas.right }
            mark(x, y, d)
        }
    }

    public mutating func vertical(x: Int, from y0: Int, to y1: Int, bold: Bool) {
        guard y0 != y1 else { return }
        let b: UInt8 = bold ? LineCanvas.bold : 0
        let (a, z) = (min(y0, y1), max(y0, y1))
        for y in a...z {
            var d: UInt8 = b
            if y > a { d |= LineCanvas.up }
            if y < z { d |= LineCanvas.down }
            mark(x, y, d)
        }
    }

    public func draw(into grid: inout Grid, glyphs: Glyphs) {
        for i in bits.indices where bits[i] & 15 != 0 {
            let v = bits[i]
            let ch = glyphs.line(up: v & LineCanvas.up != 0, down: v & LineCanvas.down != 0,
                                 left: v & LineCanvas.left != 0, right: v & LineCanvas.right != 0)
            grid.put(ch, x: rect.x + i % rect.width, y: rect.y + i / rect.width,
                     style: v & LineCanvas.bold != 0 ? .route : .border)
        }
    }
}
