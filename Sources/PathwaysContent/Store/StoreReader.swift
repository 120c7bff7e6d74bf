/// Reads back what `StoreWriter` wrote, checking every length against the bytes there are:
/// a damaged section throws `StoreReader.Damaged`, never traps or reads past the end.
struct StoreReader {
    /// A section that does not hold what its writer would have written.
    struct Damaged: Error, CustomStringConvertible {
        var offset: Int
        var what: String
        var description: String { "\(what) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int
    /// The section's string table, each string made once.
    private var table: [String] = []

    /// A reader of a section `StoreWriter.bytes` made; the string table is read here.
    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        offset = 0
        end = bytes.count
        let n = try count()
        table.reserveCapacity(n)
        for _ in 0..<n {
            let length = try count()
            let start = offset
            offset += length
            guard let text = String(validating: bytes[start..<offset], as: UTF8.self) else { throw damaged("text not UTF-8") }
            table.append(text)
        }
    }

    var isAtEnd: Bool { offset == end }

    func damaged(_ what: String) -> Damaged { Damaged(offset: offset, what: what) }

    mutating func byte() throws -> UInt8 {
        guard offset < end else { throw damaged("section ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// `n` bytes as they are (a digest).
    mutating func raw(_ n: Int) throws -> [UInt8] {
        guard n <= end - offset else { throw damaged("section ends early") }
        defer { offset += n }
        return Array(bytes[offset..<(offset + n)])
    }

    private mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw damaged("number too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of items or bytes: never more than the bytes left, so a damaged count cannot
    /// make a reader reserve or loop beyond the section.
    mutating func count() throws -> Int {
        let v = try varint()
        guard v <= UInt64(end - offset) else { throw damaged("count past the end of the section") }
        return Int(v)
    }

    mutating func int() throws -> Int {
        let z = try varint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw damaged("not a yes/no byte")
        }
    }

    mutating func string() throws -> String {
        let number = try varint()
        guard number < UInt64(table.count) else { throw damaged("no string \(number) in the table") }
        return table[Int(number)]
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    mutating func name<E: RawRepresentable>(_: E.Type = E.self) throws -> E where E.RawValue == String {
        let raw = try string()
        guard let value = E(rawValue: raw) else { throw damaged("unknown \(E.self) '\(raw)'") }
        return value
    }

    mutating func names<E: RawRepresentable>(_: E.Type = E.self) throws -> [E] where E.RawValue == String {
        let n = try count()
        var list: [E] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try name()) }
        return list
    }

    mutating func optional<T>(_ read: (inout StoreReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func record<R: StoreRecord>(_: R.Type = R.self) throws -> R { try R(from: &self) }

    mutating func records<R: StoreRecord>(_: R.Type = R.self) throws -> [R] {
        let n = try count()
        var list: [R] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try R(from: &self)) }
        return list
    }
}
