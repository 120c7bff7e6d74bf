import Foundation
import PathwaysTestSupport
import Testing

/// `pathways kiosk` from a script: what it says when it cannot run.
@Suite struct KioskCommandTests {
    /// scrypt (N=32768, r=8, p=1) of "246813" with the salt, worked out independently of the
    /// kiosk's code (Python's hashlib.scrypt).
    static let config = """
        pin_salt = 00112233445566778899aabbccddeeff
        pin_hash = 4f344224af5010a99efc2ee81ba210349a9635cfb21a691690ba5ee30254b89f
        pin_kdf = scrypt N=32768 r=8 p=1

        """

    func withFolder(_ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-kiosk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir)
    }

    @Test func notATerminalExits2() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            try KioskCommandTests.config.write(to: conf, atomically: true, encoding: .utf8)
            let r = try runPathways(["kiosk", "--config", conf.path, "--spool", dir.path], environment: ["TERM": "xterm"])
            #expect(r.exitCode == 2)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr == "pathways: kiosk mode needs a terminal, and input or output is not a terminal.\n")
        }
    }

    @Test func configErrorsNameTheFileAndLine() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            try (KioskCommandTests.config + "idle_timeout = later\n").write(to: conf, atomically: true, encoding: .utf8)
            let r = try runPathways(["kiosk", "--config", conf.path])
            #expect(r.exitCode == 1)
            #expect(r.stderr == "\(conf.path):4: error: idle_timeout must be a whole number of seconds from 1 to 86400, not 'later'\n")
        }
    }

    @Test func theConfigComesFromTheEnvironmentWhenNotGiven() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("env.conf")
            try "spool = /srv\n".write(to: conf, atomically: true, encoding: .utf8)
            let r = try runPathways(["kiosk"], environment: ["PATHWAYS_KIOSK_CONFIG": conf.path])
            #expect(r.exitCode == 1)
            #expect(r.stderr == "\(conf.path): error: no operator PIN is set; run 'pathways kiosk --set-pin --config \(conf.path)'\n")
        }
    }

    @Test func aMissingConfigSaysHowToMakeOne() throws {
        let r = try runPathways(["kiosk", "--config", "/nonexistent/kiosk.conf"])
        #expect(r.exitCode == 1)
        #expect(r.stderr == """
            /nonexistent/kiosk.conf: error: cannot read the kiosk config: No such file or directory
            Set an operator PIN first: pathways kiosk --set-pin --config /nonexistent/kiosk.conf

            """)
    }

    @Test func aMissingSpoolIsRefused() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            try KioskCommandTests.config.write(to: conf, atomically: true, encoding: .utf8)
            let r = try runPathways(["kiosk", "--config", conf.path, "--spool", dir.path + "/nowhere"])
            #expect(r.exitCode == 1)
            #expect(r.stderr == "error: the spool folder \(dir.path)/nowhere does not exist\n")
        }
    }

    @Test func setPinNeedsAPIN() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            let r = try runPathways(["kiosk", "--set-pin", "--config", conf.path])
            #expect(r.exitCode == 1)
            #expect(r.stderr == "error: no PIN given on standard input\n")
            #expect(!FileManager.default.fileExists(atPath: conf.path))
        }
    }

    /// A config from before scrypt: refused, with the way to set the PIN again.
    @Test func anOldSHA256PINIsRefused() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            try "pin_salt = 00112233445566778899aabbccddeeff\npin_hash = 4b4d55b3554565eb76bb8bdb4a4b62d06b6b4d5e25bb448e3ed3bc846f63c055\n"
                .write(to: conf, atomically: true, encoding: .utf8)
            let r = try runPathways(["kiosk", "--config", conf.path])
            #expect(r.exitCode == 1)
            #expect(r.stderr == "\(conf.path):2: error: this PIN hash is the old kind (one SHA-256, quick to guess); "
                    + "set the PIN again with 'pathways kiosk --set-pin --config \(conf.path)'\n")
        }
    }

    @Test func setPinRefusesShortPINs() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            let script = "printf '2468\\n' | '\(PackagePaths.binary.path)' kiosk --set-pin --config '\(conf.path)'"
            let r = ChildProcess.run(["/bin/sh", "-c", script + " 2>&1; echo EXIT=$?"])
            #expect(r.output == "error: a PIN must be 6 to 12 digits long\nEXIT=1\n")
            #expect(!FileManager.default.fileExists(atPath: conf.path))
        }
    }

    /// Without a place to keep the wrong-PIN lockout, a restart would reset it: refused.
    @Test func aLockoutFileItCannotWriteIsRefused() throws {
        try withFolder { dir in
            let conf = dir.appendingPathComponent("kiosk.conf")
            try (KioskCommandTests.config + "lockout_file = \(dir.path)/gone/kiosk.lockout\n").write(to: conf, atomically: true, encoding: .utf8)
            let r = try runPathways(["kiosk", "--config", conf.path])
            #expect(r.exitCode == 1)
            #expect(r.stderr == "error: the kiosk keeps its wrong-PIN lockout in \(dir.path)/gone/kiosk.lockout, but the folder "
                    + "\(dir.path)/gone does not exist; let it write there or set lockout_file in \(conf.path)\n")
        }
    }

    @Test func badOptionsAreUsageErrors() throws {
        let r = try runPathways(["kiosk", "--idle-timeout", "0"])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("--idle-timeout must be from 1 to 86400 seconds"))
        let p = try runPathways(["kiosk", "--print-command", "lp; sh"])
        #expect(p.exitCode == 2)
        #expect(p.stderr.contains("--print-command is run without a shell"))
    }
}
