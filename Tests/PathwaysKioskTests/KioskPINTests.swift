import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

extension KioskPIN.Cost {
    /// scrypt at N = 1024: cheap enough for tests that only need a PIN, not its strength.
    static let quick = KioskPIN.Cost(log2N: 10, blockSize: 8, parallelism: 1)
}

/// The PIN's scrypt hash against RFC 7914's vectors, the cost as the config writes it, and the
/// PIN check built on it.
@Suite struct KioskPINTests {
    @Test(arguments: [
        ("", "", KioskPIN.Cost(log2N: 4, blockSize: 1, parallelism: 1),
         "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"),
        ("password", "NaCl", KioskPIN.Cost(log2N: 10, blockSize: 8, parallelism: 16),
         "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"),
    ])
    func rfc7914Vectors(pin: String, salt: String, cost: KioskPIN.Cost, key: String) {
        // The first 32 bytes of each 64-byte vector (scrypt's last step is PBKDF2, so a shorter key is a prefix).
        #expect(KioskPIN.derive(pin: pin, salt: Array(salt.utf8), cost: cost).map(Hex.encode) == key)
    }

    @Test func theStandardCostIsScryptAt32MiB() {
        #expect(KioskPIN.Cost.standard.description == "scrypt N=32768 r=8 p=1")
        let pin = KioskPIN.make(pin: "246813")
        #expect(pin.cost == .standard)
        #expect(pin.hash.count == 32 && pin.salt.count == 16)
        #expect(pin.hash == KioskPIN.derive(pin: "246813", salt: pin.salt, cost: .standard))
        // Worked out independently with Python's hashlib.scrypt(b"246813", salt=…, n=32768, r=8, p=1, dklen=32).
        let salt = Hex.decode("00112233445566778899aabbccddeeff")!
        #expect(KioskPIN.derive(pin: "246813", salt: salt, cost: .standard).map(Hex.encode)
                == "4f344224af5010a99efc2ee81ba210349a9635cfb21a691690ba5ee30254b89f")
        #expect(pin.matches("246813"))
        #expect(!pin.matches("246814"))
    }

    @Test(arguments: [
        ("scrypt N=32768 r=8 p=1", KioskPIN.Cost.standard),
        ("scrypt  N=1048576 r=16 p=4", KioskPIN.Cost(log2N: 20, blockSize: 16, parallelism: 4)),
        ("scrypt N=16384 r=8 p=1", nil),          // cheaper than the standard
        ("scrypt N=2097152 r=8 p=1", nil),        // 2 GiB: a hostile config could exhaust memory
        ("scrypt N=30000 r=8 p=1", nil),          // not a power of two
        ("scrypt N=32768 r=4 p=1", nil),
        ("scrypt N=32768 r=8 p=0", nil),
        ("scrypt N=32768 r=8", nil),
        ("pbkdf2 N=32768 r=8 p=1", nil),
        ("scrypt N=32768 r=8 p=1 x=2", nil),
        ("scrypt N=-32768 r=8 p=1", nil),
        ("scrypt N=99999999999999999999 r=8 p=1", nil),
    ] as [(String, KioskPIN.Cost?)])
    func costAsTheConfigWritesIt(text: String, cost: KioskPIN.Cost?) {
        #expect(KioskPIN.Cost(config: text) == cost)
    }

    @Test func hexRoundTrip() {
        #expect(Hex.encode([0, 1, 0xab, 0xff]) == "0001abff")
        #expect(Hex.decode("0001ABff") == [0, 1, 0xab, 0xff])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func rightPINMatchesWrongPINIsRefused() {
        let pin = KioskPIN.make(pin: "246813", cost: .quick)
        #expect(pin.salt.count == 16)
        #expect(pin.matches("246813"))
        for wrong in ["246814", "24681", "2468130", "", "318642", " 246813"] { #expect(!pin.matches(wrong), "\(wrong) should be refused") }
    }

    @Test func saltsDifferSoHashesDiffer() {
        let a = KioskPIN.make(pin: "246813", cost: .quick), b = KioskPIN.make(pin: "246813", cost: .quick)
        #expect(a.salt != b.salt)
        #expect(a.hash != b.hash)
        #expect(a.matches("246813") && b.matches("246813"))
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
        #expect(KioskPIN.problem(with: "246813") == nil)
        #expect(KioskPIN.problem(with: "123456789012") == nil)
        #expect(KioskPIN.problem(with: "2468") == "a PIN must be 6 to 12 digits long")
        #expect(KioskPIN.problem(with: "12345") == "a PIN must be 6 to 12 digits long")
        #expect(KioskPIN.problem(with: "1234567890123") == "a PIN must be 6 to 12 digits long")
        #expect(KioskPIN.problem(with: "12a456") == "a PIN may only contain the digits 0 to 9")
        #expect(KioskPIN.problem(with: "١٢٣٤٥٦") == "a PIN may only contain the digits 0 to 9")
    }
}
