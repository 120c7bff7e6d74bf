/// Where a keyed container's next expected entry is, shared by copies of the container.
private final class KeyedCursor {
    var index = 0
    var offset: Int

    init(offset: Int) { self.offset = offset }
}

struct KeyedStoreDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: StoreReader
    let codingPath: [any CodingKey]
    private let count: Int
    private let first: Int
    private let cursor: KeyedCursor

    init(reader: StoreReader, offset: Int, codingPath: [any CodingKey]) throws {
        self.reader = reader
        self.codingPath = codingPath
        (count, first, _) = try reader.container(at: offset, .keyed)
        cursor = KeyedCursor(offset: first)
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var at = first
        for _ in 0..<count {
            guard let id = try? reader.varint(&at), id < UInt64(reader.strings.count),
                  let next = try? reader.skip(at) else { break }
            if let key = Key(stringValue: reader.strings[Int(id)]) { keys.append(key) }
            at = next
        }
        return keys
    }

    /// The offset of `key`'s value, or nil when the container has no such entry.
    private func find(_ key: Key) throws -> Int? {
        let name = key.stringValue
        if cursor.index < count {
            var at = cursor.offset
            let id = try reader.varint(&at)
            guard id < UInt64(reader.strings.count) else { throw StoreReader.damaged(at) }
            if reader.strings[Int(id)] == name {
                cursor.index += 1
                cursor.offset = try reader.skip(at)
                return at
            }
        }
        var at = first
        for _ in 0..<count {
            let id = try reader.varint(&at)
            guard id < UInt64(reader.strings.count) else { throw StoreReader.damaged(at) }
            if reader.strings[Int(id)] == name { return at }
            at = try reader.skip(at)
        }
        return nil
    }

    private func value(_ key: Key) throws -> Int {
        guard let at = try find(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "not in the store"))
        }
        return at
    }

    func contains(_ key: Key) -> Bool { (try? find(key)) != nil ? true : false }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let at = try find(key) else { return true }
        return try reader.tag(at: at) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool(at: value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string(at: value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double(at: value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader.double(at: value(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(at: value(key), as: Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(at: value(key), as: Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(at: value(key), as: Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(at: value(key), as: Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(at: value(key), as: Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(at: value(key), as: UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(at: value(key), as: UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(at: value(key), as: UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(at: value(key), as: UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(at: value(key), as: UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try reader.decode(type, at: value(key), path: codingPath)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let at = try find(key), try reader.tag(at: at) != .null else { return nil }
        return try reader.string(at: at)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let at = try find(key), try reader.tag(at: at) != .null else { return nil }
        return try reader.integer(at: at, as: Int.self)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let at = try find(key), try reader.tag(at: at) != .null else { return nil }
        return try reader.bool(at: at)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let at = try find(key), try reader.tag(at: at) != .null else { return nil }
        return try reader.decode(type, at: at, path: codingPath)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try KeyedStoreDecoding<NestedKey>(reader: reader, offset: value(key), codingPath: codingPath))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try UnkeyedStoreDecoding(reader: reader, offset: value(key), codingPath: codingPath)
    }

    func superDecoder() throws -> any Decoder { try superDecoder(forKey: Key(stringValue: "super")!) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        StoreValueDecoder(reader: reader, offset: try value(key), codingPath: codingPath)
    }
}

struct UnkeyedStoreDecoding: UnkeyedDecodingContainer {
    let reader: StoreReader
    let codingPath: [any CodingKey]
    let count: Int?
    private(set) var currentIndex = 0
    private var at: Int

    init(reader: StoreReader, offset: Int, codingPath: [any CodingKey]) throws {
        self.reader = reader
        self.codingPath = codingPath
        let c = try reader.container(at: offset, .unkeyed)
        count = c.count
        at = c.first
    }

    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    private mutating func next() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "past the end"))
        }
        let here = at
        at = try reader.skip(at)
        currentIndex += 1
        return here
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.tag(at: at) == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        return try reader.decode(type, at: next(), path: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try KeyedStoreDecoding<NestedKey>(reader: reader, offset: next(), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedStoreDecoding(reader: reader, offset: next(), codingPath: codingPath)
    }

    mutating func superDecoder() throws -> any Decoder {
        StoreValueDecoder(reader: reader, offset: try next(), codingPath: codingPath)
    }
}

struct SingleStoreDecoding: SingleValueDecodingContainer {
    let reader: StoreReader
    let offset: Int
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { (try? reader.tag(at: offset)) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: offset)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(at: offset, as: Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(at: offset, as: Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(at: offset, as: Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(at: offset, as: Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(at: offset, as: Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(at: offset, as: UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(at: offset, as: UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(at: offset, as: UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(at: offset, as: UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(at: offset, as: UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type, at: offset, path: codingPath) }
}
