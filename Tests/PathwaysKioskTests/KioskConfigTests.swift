import Foundation
import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

/// The kiosk config file: values, and the exact error for each kind of mistake.
@Suite struct KioskConfigTests {
    let hash = String(repeating: "ab", count: 32)
    let salt = "00112233445566778899aabbccddeeff"
    let kdf = "scrypt N=32768 r=8 p=1"

    func problem(_ text: String) -> String? {
        do {
            _ = try KioskConfig.parse(text, file: "kiosk.conf")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsEveryKey() throws {
        let text = """
            # Foyer kiosk
              pin_hash = \(hash)
            pin_salt=\(salt)
            pin_kdf = \(kdf)

            spool = /var/spool/pathways
            print_command = lp  -d foyer\r
            idle_timeout = 90
            lockout_file = /var/lib/pathways/kiosk.lockout
            """
        let config = try KioskConfig.parse(text, file: "kiosk.conf")
        var expected = KioskConfig(pin: KioskPIN(hash: Hex.decode(hash)!, salt: Hex.decode(salt)!, cost: .standard),
                                   spool: "/var/spool/pathways", printCommand: ["lp", "-d", "foyer"], idleTimeout: 90)
        expected.lockoutFile = "/var/lib/pathways/kiosk.lockout"
        #expect(config == expected)
        #expect(config.lockoutPath(configPath: "/etc/pathways/kiosk.conf") == "/var/lib/pathways/kiosk.lockout")
    }

    @Test func theLockoutFileIsBesideTheConfigByDefault() {
        #expect(KioskConfig().lockoutPath(configPath: "/etc/pathways/kiosk.conf") == "/etc/pathways/kiosk.lockout")
        #expect(KioskConfig().lockoutPath(configPath: "kiosk.conf") == "kiosk.lockout")
    }

    /// Before scrypt the hash was one SHA-256: such a file is refused with what to do, since
    /// the PIN itself is not known and cannot be converted.
    @Test func anOldSHA256PINIsRefusedUntilItIsSetAgain() throws {
        let old = "spool = /s\npin_hash = \(hash)\npin_salt = \(salt)\n"
        #expect(problem(old) == "kiosk.conf:2: error: this PIN hash is the old kind (one SHA-256, quick to guess); "
                + "set the PIN again with 'pathways kiosk --set-pin --config kiosk.conf'")
        #expect(try KioskConfig.parse(old, file: "kiosk.conf", allowingOldPIN: true) == KioskConfig(spool: "/s"))

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-conf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("kiosk.conf").path
        try old.write(toFile: path, atomically: false, encoding: .utf8)
        try KioskConfig.savePIN(KioskPIN.make(pin: "246813", cost: .quick), to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("spool = /s\npin_hash = "))
        #expect(text.hasSuffix("pin_kdf = scrypt N=1024 r=8 p=1\n"))
    }

    @Test func emptyFileHasNothingSet() throws {
        #expect(try KioskConfig.parse("# nothing yet\n\n", file: "k") == KioskConfig())
    }

    @Test(arguments: [
        ("colour = red", "kiosk.conf:1: error: unknown key 'colour'; the keys are pin_hash, pin_salt, pin_kdf, spool, print_command, idle_timeout and lockout_file"),
        ("pin_kdf = sha256", "kiosk.conf:1: error: pin_kdf must be 'scrypt N=… r=… p=…' with N a power of two from 2^15 to 2^20, r from 8 to 16 and p from 1 to 4 (as --set-pin writes it), not 'sha256'"),
        ("pin_kdf = scrypt N=32768 r=8 p=1", "kiosk.conf:1: error: pin_kdf is set but pin_hash is not"),
        ("lockout_file = kiosk.lockout", "kiosk.conf:1: error: lockout_file must be an absolute file path, not 'kiosk.lockout'"),
        ("lockout_file = /var/lib/", "kiosk.conf:1: error: lockout_file must be an absolute file path, not '/var/lib/'"),
        ("# c\nspool /tmp", "kiosk.conf:2: error: expected 'key = value', found 'spool /tmp'"),
        ("spool = /a\nspool = /b", "kiosk.conf:2: error: 'spool' is set twice (first on line 1)"),
        ("spool =", "kiosk.conf:1: error: 'spool' has no value"),
        ("spool = spool/here", "kiosk.conf:1: error: spool must be an absolute folder path, not 'spool/here'"),
        ("idle_timeout = soon", "kiosk.conf:1: error: idle_timeout must be a whole number of seconds from 1 to 86400, not 'soon'"),
        ("idle_timeout = 0", "kiosk.conf:1: error: idle_timeout must be a whole number of seconds from 1 to 86400, not '0'"),
        ("idle_timeout = 86401", "kiosk.conf:1: error: idle_timeout must be a whole number of seconds from 1 to 86400, not '86401'"),
        ("pin_hash = abc", "kiosk.conf:1: error: pin_hash must be 64 hex digits"),
        ("pin_salt = 0011", "kiosk.conf:1: error: pin_salt must be at least 16 hex digits (an even number)"),
        ("print_command = sh -c 'rm -rf /'", "kiosk.conf:1: error: print_command is run without a shell: quotes, $, ;, |, &, < and > are not allowed"),
        ("print_command = lp; bash", "kiosk.conf:1: error: print_command is run without a shell: quotes, $, ;, |, &, < and > are not allowed"),
    ])
    func errors(text: String, message: String) {
        #expect(problem(text) == message)
    }

    @Test func hashAndSaltComeTogether() {
        #expect(problem("spool = /s\npin_hash = \(hash)") == "kiosk.conf:2: error: pin_hash is set but pin_salt is not")
        #expect(problem("pin_salt = \(salt)") == "kiosk.conf:1: error: pin_salt is set but pin_hash is not")
    }

    @Test func missingFile() {
        do {
            _ = try KioskConfig.load(from: "/nonexistent/kiosk.conf")
            Issue.record("loading a missing file should fail")
        } catch {
            #expect(error.description == "/nonexistent/kiosk.conf: error: cannot read the kiosk config: No such file or directory")
        }
    }

    @Test func replacingThePINKeepsEverythingElse() {
        let pin = KioskPIN(hash: Hex.decode(hash)!, salt: Hex.decode(salt)!, cost: .standard)
        let before = "# kiosk\nspool = /s\npin_hash = \(String(repeating: "0", count: 64))\nidle_timeout = 60\n"
            + "pin_kdf = scrypt N=65536 r=8 p=1\npin_salt = \(String(repeating: "1", count: 32))\n"
        #expect(KioskConfig.replacingPIN(in: before, with: pin)
            == "# kiosk\nspool = /s\nidle_timeout = 60\npin_hash = \(hash)\npin_salt = \(salt)\npin_kdf = \(kdf)\n")
        #expect(KioskConfig.replacingPIN(in: "", with: pin) == "pin_hash = \(hash)\npin_salt = \(salt)\npin_kdf = \(kdf)\n")
    }

    @Test func savingThePINWritesAPrivateFileAtomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-conf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("etc/kiosk.conf").path
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try KioskConfig.savePIN(KioskPIN.make(pin: "246813"), to: path)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let first = try KioskConfig.load(from: path)
        #expect(first.pin?.matches("246813") == true)
        #expect(first.pin?.cost == .standard)

        // A second PIN replaces the first and keeps the other settings.
        try "spool = /srv/spool\n".appending(String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: false, encoding: .utf8)
        try KioskConfig.savePIN(KioskPIN.make(pin: "9753197"), to: path)
        let second = try KioskConfig.load(from: path)
        #expect(second.pin?.matches("9753197") == true)
        #expect(second.pin?.matches("246813") == false)
        #expect(second.spool == "/srv/spool")
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("etc").path)
        #expect(leftovers == ["kiosk.conf"])
    }

    @Test func savingRefusesABrokenConfig() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-conf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("kiosk.conf").path
        try "spool = relative\n".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            try KioskConfig.savePIN(KioskPIN.make(pin: "246813", cost: .quick), to: path)
            Issue.record("a broken config should not be rewritten")
        } catch {
            #expect(error.description == "\(path):1: error: spool must be an absolute folder path, not 'relative'")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "spool = relative\n")
    }
}
