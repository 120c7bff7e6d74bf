import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

/// SHA-256 against the standard's published vectors, and the PIN check built on it.
@Suite struct KioskPINTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hex(message) == digest)
    }

    @Test func aMillionAs() {
        let digest = SHA256.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(Hex.encode(digest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundaries() {
        // 55, 56 and 64 bytes: one block, two blocks, two blocks. Lengths around the boundary
        // must all differ (a padding bug often makes two of them collide).
        let digests = (54...65).map { SHA256.hex(String(repeating: "x", count: $0)) }
        #expect(Set(digests).count == digests.count)
        #expect(SHA256.hex(String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func hexRoundTrip() {
        #expect(Hex.encode([0, 1, 0xab, 0xff]) == "0001abff")
        #expect(Hex.decode("0001ABff") == [0, 1, 0xab, 0xff])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func rightPINMatchesWrongPINIsRefused() {
        let pin = KioskPIN.make(pin: "2468")
        #expect(pin.salt.count == 16)
        #expect(pin.hash == SHA256.digest(pin.salt + Array("2468".utf8)))
        #expect(pin.matches("2468"))
        for wrong in ["2469", "246", "24680", "", "8642", " 2468"] { #expect(!pin.matches(wrong), "\(wrong) should be refused") }
    }

    @Test func saltsDifferSoHashesDiffer() {
        let a = KioskPIN.make(pin: "2468"), b = KioskPIN.make(pin: "2468")
        #expect(a.salt != b.salt)
        #expect(a.hash != b.hash)
        #expect(a.matches("2468") && b.matches("2468"))
    }

    @Test func constantTimeCompare() {
        let base: [UInt8] = Array(0..<32)
        #expect(KioskPIN.constantTimeEqual(base, base))
        var first = base; first[0] ^= 1
        var last = base; last[31] ^= 0x80
        #expect(!KioskPIN.constantTimeEqual(base, first))
        #expect(!KioskPIN.constantTimeEqual(base, last))
        #expect(!KioskPIN.constantTimeEqual(base, Array(base.prefix(31))))
        #expect(!KioskPIN.constantTimeEqual(base, base + [0]))
        #expect(!KioskPIN.constantTimeEqual([], [0]))
        #expect(KioskPIN.constantTimeEqual([], []))
    }

    @Test func pinRules() {
        #expect(KioskPIN.problem(with: "2468") == nil)
        #expect(KioskPIN.problem(with: "123456789012") == nil)
        #expect(KioskPIN.problem(with: "123") == "a PIN must be 4 to 12 digits long")
        #expect(KioskPIN.problem(with: "1234567890123") == "a PIN must be 4 to 12 digits long")
        #expect(KioskPIN.problem(with: "12a4") == "a PIN may only contain the digits 0 to 9")
        #expect(KioskPIN.problem(with: "١٢٣٤") == "a PIN may only contain the digits 0 to 9")
    }
}
