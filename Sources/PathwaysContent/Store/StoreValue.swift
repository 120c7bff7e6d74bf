/// The store's payload format: a tree of tagged values, written depth first.
///
/// Every value starts with a one-byte tag. Integers are LEB128 varints (signed ones zigzag
/// coded); doubles are 8 little-endian bytes; strings are a varint index into the string table
/// written before the tree (each distinct string once). Keyed and unkeyed containers carry
/// their entry count and their length in bytes, so a reader can skip one without reading it;
/// a keyed entry is a varint key (a string-table index) followed by its value.
enum StoreTag: UInt8 {
    case null = 0, falseValue, trueValue, signed, unsigned, double, string, keyed, unkeyed
}

/// A value being encoded; containers are boxes so nested encoders can fill them later.
final class StoreNode {
    enum Content {
        case null, bool(Bool), signed(Int64), unsigned(UInt64), double(Double), string(String)
        case keyed([(String, StoreNode)])
        case unkeyed([StoreNode])
    }

    var content: Content

    init(_ content: Content) { self.content = content }
}

/// Serialises a `StoreNode` tree: the string table, then the tree.
struct StoreNodeWriter {
    private var strings: [String: Int] = [:]
    private var table: [String] = []
    private var body: [UInt8] = []

    static func bytes(of root: StoreNode) -> [UInt8] {
        var writer = StoreNodeWriter()
        var body: [UInt8] = []
        writer.write(root, into: &body)
        writer.body = body
        var out: [UInt8] = []
        out.reserveCapacity(writer.body.count + writer.table.count * 16)
        appendVarint(UInt64(writer.table.count), to: &out)
        for s in writer.table {
            let utf8 = Array(s.utf8)
            appendVarint(UInt64(utf8.count), to: &out)
            out.append(contentsOf: utf8)
        }
        out.append(contentsOf: writer.body)
        return out
    }

    private mutating func id(_ s: String) -> UInt64 {
        if let known = strings[s] { return UInt64(known) }
        strings[s] = table.count
        table.append(s)
        return UInt64(table.count - 1)
    }

    private mutating func write(_ node: StoreNode, into out: inout [UInt8]) {
        switch node.content {
        case .null: out.append(StoreTag.null.rawValue)
        case .bool(let b): out.append(b ? StoreTag.trueValue.rawValue : StoreTag.falseValue.rawValue)
        case .signed(let v):
            out.append(StoreTag.signed.rawValue)
            StoreNodeWriter.appendVarint(UInt64(bitPattern: (v << 1) ^ (v >> 63)), to: &out)
        case .unsigned(let v):
            out.append(StoreTag.unsigned.rawValue)
            StoreNodeWriter.appendVarint(v, to: &out)
        case .double(let d):
            out.append(StoreTag.double.rawValue)
            withUnsafeBytes(of: d.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        case .string(let s):
            out.append(StoreTag.string.rawValue)
            StoreNodeWriter.appendVarint(id(s), to: &out)
        case .keyed(let entries):
            var inner: [UInt8] = []
            for (key, value) in entries {
                StoreNodeWriter.appendVarint(id(key), to: &inner)
                write(value, into: &inner)
            }
            container(.keyed, count: entries.count, inner, into: &out)
        case .unkeyed(let items):
            var inner: [UInt8] = []
            for item in items { write(item, into: &inner) }
            container(.unkeyed, count: items.count, inner, into: &out)
        }
    }

    private func container(_ tag: StoreTag, count: Int, _ inner: [UInt8], into out: inout [UInt8]) {
        out.append(tag.rawValue)
        StoreNodeWriter.appendVarint(UInt64(count), to: &out)
        StoreNodeWriter.appendVarint(UInt64(inner.count), to: &out)
        out.append(contentsOf: inner)
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}
