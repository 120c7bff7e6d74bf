/// Decodes a `Decodable` value from the store's payload format (see `StoreTag`).
///
/// Coding paths are not tracked (building them costs an allocation per value); an error
/// names the byte offset instead.
///
/// Every read is bounds-checked and every value's tag checked against what is asked for, so a
/// damaged payload throws rather than crashing or yielding a wrong record. Keyed entries are
/// looked up in the order they were written first (Codable's synthesized code reads them in
/// that order), then by scanning the container.
struct StoreDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = try StoreReader(bytes)
        return try T(from: StoreValueDecoder(reader: reader, offset: reader.rootOffset, codingPath: []))
    }
}

/// The payload's bytes and string table, shared by every container of one decode.
final class StoreReader {
    private let base: UnsafeMutableRawBufferPointer
    private(set) var strings: [String] = []
    private(set) var rootOffset = 0

    init(_ bytes: [UInt8]) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        base = buffer
        count = bytes.count
        var at = 0
        let n = try varint(&at)
        guard n <= UInt64(count) else { throw StoreReader.damaged(at) }
        strings.reserveCapacity(Int(n))
        for _ in 0..<Int(n) {
            let length = Int(try varint(&at))
            guard length >= 0, at + length <= count else { throw StoreReader.damaged(at) }
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: base[at..<(at + length)]), as: UTF8.self))
            at += length
        }
        rootOffset = at
    }

    deinit { base.deallocate() }

    let count: Int

    static func damaged(_ at: Int, _ what: String = "damaged store payload") -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(what) at byte \(at)"))
    }

    @inline(__always) func byte(_ at: inout Int) throws -> UInt8 {
        guard at < count else { throw StoreReader.damaged(at) }
        defer { at += 1 }
        return base[at]
    }

    func varint(_ at: inout Int) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte(&at)
            guard shift < 64 else { throw StoreReader.damaged(at) }
            result |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    func tag(at offset: Int) throws -> StoreTag {
        var at = offset
        guard let tag = StoreTag(rawValue: try byte(&at)) else { throw StoreReader.damaged(offset, "unknown tag") }
        return tag
    }

    /// The offset just past the value at `offset`.
    func skip(_ offset: Int) throws -> Int {
        var at = offset
        switch try tag(at: offset) {
        case .null, .falseValue, .trueValue: return offset + 1
        case .signed, .unsigned, .string:
            at += 1
            _ = try varint(&at)
            return at
        case .double:
            guard offset + 9 <= count else { throw StoreReader.damaged(offset) }
            return offset + 9
        case .keyed, .unkeyed:
            at += 1
            _ = try varint(&at)
            let length = Int(clamping: try varint(&at))
            guard length <= count - at else { throw StoreReader.damaged(at) }
            return at + length
        }
    }

    /// A container's entry count and the offset of its first entry.
    func container(at offset: Int, _ expected: StoreTag) throws -> (count: Int, first: Int, end: Int) {
        guard try tag(at: offset) == expected else { throw StoreReader.damaged(offset, "expected a \(expected)") }
        var at = offset + 1
        let n = Int(clamping: try varint(&at))
        let length = Int(clamping: try varint(&at))
        guard length <= count - at, n <= length else { throw StoreReader.damaged(at) }
        return (n, at, at + length)
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw StoreReader.damaged(offset, "expected a string") }
        var at = offset + 1
        let id = try varint(&at)
        guard id < UInt64(strings.count) else { throw StoreReader.damaged(offset) }
        return strings[Int(id)]
    }

    func bool(at offset: Int) throws -> Bool {
        switch try tag(at: offset) {
        case .trueValue: return true
        case .falseValue: return false
        default: throw StoreReader.damaged(offset, "expected a boolean")
        }
    }

    func integer<T: FixedWidthInteger>(at offset: Int, as: T.Type) throws -> T {
        var at = offset + 1
        switch try tag(at: offset) {
        case .signed:
            let z = try varint(&at)
            let v = Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
            guard let r = T(exactly: v) else { throw StoreReader.damaged(offset, "number out of range") }
            return r
        case .unsigned:
            guard let r = T(exactly: try varint(&at)) else { throw StoreReader.damaged(offset, "number out of range") }
            return r
        default: throw StoreReader.damaged(offset, "expected a number")
        }
    }

    func double(at offset: Int) throws -> Double {
        guard try tag(at: offset) == .double, offset + 9 <= count else { throw StoreReader.damaged(offset, "expected a number") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(base[offset + 1 + i]) << (8 * UInt64(i)) }
        return Double(bitPattern: bits)
    }

    /// Decodes the value at `offset` as `T`.
    func decode<T: Decodable>(_ type: T.Type, at offset: Int, path: [any CodingKey]) throws -> T {
        switch type {
        case is String.Type: return try string(at: offset) as! T
        case is Int.Type: return try integer(at: offset, as: Int.self) as! T
        case is Bool.Type: return try bool(at: offset) as! T
        default: return try T(from: StoreValueDecoder(reader: self, offset: offset, codingPath: path))
        }
    }
}

/// A `Decoder` positioned on one value.
struct StoreValueDecoder: Decoder {
    let reader: StoreReader
    let offset: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedStoreDecoding<Key>(reader: reader, offset: offset, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedStoreDecoding(reader: reader, offset: offset, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleStoreDecoding(reader: reader, offset: offset, codingPath: codingPath)
    }
}
