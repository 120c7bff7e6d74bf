/// Encodes any `Encodable` value into the store's payload format (see `StoreTag`).
struct StoreEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = StoreNode(.null)
        try value.encode(to: StoreNodeEncoder(node: root, codingPath: []))
        return StoreNodeWriter.bytes(of: root)
    }
}

/// An `Encoder` that fills one `StoreNode`.
private struct StoreNodeEncoder: Encoder {
    let node: StoreNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.content {} else { node.content = .keyed([]) }
        return KeyedEncodingContainer(KeyedStoreContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = node.content {} else { node.content = .unkeyed([]) }
        return UnkeyedStoreContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleStoreContainer(node: node, codingPath: codingPath) }
}

/// Turns a scalar or nested value into a node.
private func storeNode<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> StoreNode {
    switch value {
    case let v as String: return StoreNode(.string(v))
    case let v as Bool: return StoreNode(.bool(v))
    case let v as Int: return StoreNode(.signed(Int64(v)))
    case let v as Double: return StoreNode(.double(v))
    default:
        let node = StoreNode(.null)
        try value.encode(to: StoreNodeEncoder(node: node, codingPath: path))
        return node
    }
}

private struct KeyedStoreContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: StoreNode
    let codingPath: [any CodingKey]

    private func add(_ key: Key, _ child: StoreNode) {
        guard case .keyed(var entries) = node.content else { return }
        node.content = .null
        entries.append((key.stringValue, child))
        node.content = .keyed(entries)
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, StoreNode(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, StoreNode(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, StoreNode(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(key, StoreNode(.double(value))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { add(key, StoreNode(.double(Double(value)))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, StoreNode(.signed(Int64(value)))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(key, StoreNode(.signed(Int64(value)))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(key, StoreNode(.signed(Int64(value)))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(key, StoreNode(.signed(Int64(value)))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(key, StoreNode(.signed(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(key, StoreNode(.unsigned(UInt64(value)))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(key, StoreNode(.unsigned(UInt64(value)))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(key, StoreNode(.unsigned(UInt64(value)))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(key, StoreNode(.unsigned(UInt64(value)))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(key, StoreNode(.unsigned(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(key, try storeNode(value, path: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = StoreNode(.keyed([]))
        add(key, child)
        return KeyedEncodingContainer(KeyedStoreContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = StoreNode(.unkeyed([]))
        add(key, child)
        return UnkeyedStoreContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = StoreNode(.null)
        add(key, child)
        return StoreNodeEncoder(node: child, codingPath: codingPath + [key])
    }
}

/// The index of an item in an unkeyed container, as a coding key.
struct StoreIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedStoreContainer: UnkeyedEncodingContainer {
    let node: StoreNode
    let codingPath: [any CodingKey]

    var count: Int {
        if case .unkeyed(let items) = node.content { return items.count }
        return 0
    }

    private func add(_ child: StoreNode) {
        guard case .unkeyed(var items) = node.content else { return }
        node.content = .null
        items.append(child)
        node.content = .unkeyed(items)
    }

    mutating func encodeNil() throws { add(StoreNode(.null)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        add(try storeNode(value, path: codingPath + [StoreIndexKey(count)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = StoreNode(.keyed([]))
        add(child)
        return KeyedEncodingContainer(KeyedStoreContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = StoreNode(.unkeyed([]))
        add(child)
        return UnkeyedStoreContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = StoreNode(.null)
        add(child)
        return StoreNodeEncoder(node: child, codingPath: codingPath)
    }
}

private struct SingleStoreContainer: SingleValueEncodingContainer {
    let node: StoreNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .null }
    mutating func encode(_ value: Bool) throws { node.content = .bool(value) }
    mutating func encode(_ value: String) throws { node.content = .string(value) }
    mutating func encode(_ value: Double) throws { node.content = .double(value) }
    mutating func encode(_ value: Float) throws { node.content = .double(Double(value)) }
    mutating func encode(_ value: Int) throws { node.content = .signed(Int64(value)) }
    mutating func encode(_ value: Int8) throws { node.content = .signed(Int64(value)) }
    mutating func encode(_ value: Int16) throws { node.content = .signed(Int64(value)) }
    mutating func encode(_ value: Int32) throws { node.content = .signed(Int64(value)) }
    mutating func encode(_ value: Int64) throws { node.content = .signed(value) }
    mutating func encode(_ value: UInt) throws { node.content = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { node.content = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { node.content = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { node.content = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { node.content = .unsigned(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        node.content = try storeNode(value, path: codingPath).content
    }
}
