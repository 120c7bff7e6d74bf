/// Builds the bytes of one store section, field by field.
///
/// The forms, read back by `StoreReader`: a whole number is a LEB128 varint (zig-zag for
/// signed numbers), a Boolean one byte, an optional a presence byte then the value, a list its
/// count then its items, and an enum with a string raw value that string (so a renamed case
/// makes an old store unreadable, never misread). Each distinct string is kept once, in a
/// table at the head of the section (its count, then each string's UTF-8 length and bytes);
/// a string field is its number in that table. Content repeats itself — source and cluster
/// IDs, entry requirements, summaries — so a reader makes each string once and shares it.
struct StoreWriter {
    /// The section's fields, after the string table.
    private var body: [UInt8] = []
    private var table: [String: Int] = [:]
    private var tableBytes: [UInt8] = []

    init(capacity: Int = 0) { body.reserveCapacity(capacity) }

    /// The whole section: the string table, then the fields.
    var bytes: [UInt8] {
        var head = StoreWriter()
        head.count(table.count)
        return head.body + tableBytes + body
    }

    mutating func count(_ value: Int) { StoreWriter.varint(UInt64(max(0, value)), into: &body) }

    private static func varint(_ value: UInt64, into bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        // Zig-zag: small negative numbers stay short.
        let v = Int64(value)
        StoreWriter.varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)), into: &body)
    }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    mutating func byte(_ value: UInt8) { body.append(value) }

    /// Bytes of a length both sides know (a digest), as they are.
    mutating func raw(_ values: [UInt8]) { body.append(contentsOf: values) }

    mutating func string(_ value: String) {
        if let number = table[value] { return count(number) }
        let number = table.count
        table[value] = number
        var text = value
        text.withUTF8 { utf8 in
            StoreWriter.varint(UInt64(utf8.count), into: &tableBytes)
            tableBytes.append(contentsOf: utf8)
        }
        count(number)
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for v in values { string(v) }
    }

    mutating func name<E: RawRepresentable>(_ value: E) where E.RawValue == String { string(value.rawValue) }

    mutating func names<E: RawRepresentable>(_ values: [E]) where E.RawValue == String {
        count(values.count)
        for v in values { name(v) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout StoreWriter, T) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }

    mutating func record<R: StoreRecord>(_ value: R) { value.write(to: &self) }

    mutating func records<R: StoreRecord>(_ values: [R]) {
        count(values.count)
        for v in values { v.write(to: &self) }
    }
}
