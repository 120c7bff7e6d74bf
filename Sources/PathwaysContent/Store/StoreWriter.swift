/// Builds the bytes of one store section, field by field.
///
/// The forms, read back by `StoreReader`: a whole number is a LEB128 varint (zig-zag for
/// signed numbers), a string its UTF-8 length then its bytes, a Boolean one byte, an optional
/// a presence byte then the value, a list its count then its items, and an enum with a string
/// raw value that string (so a renamed case makes an old store unreadable, never misread).
struct StoreWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func count(_ value: Int) {
        var v = UInt64(max(0, value))
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        // Zig-zag: small negative numbers stay short.
        let v = Int64(value)
        let z = UInt64(bitPattern: (v << 1) ^ (v >> 63))
        var rest = z
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Bytes of a length both sides know (a digest), as they are.
    mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }

    mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
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
