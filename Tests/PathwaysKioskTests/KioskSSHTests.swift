// End-to-end through a real OpenSSH server on 127.0.0.1 with `ForceCommand pathways kiosk`,
// as a remote kiosk terminal would reach it. The test makes its own host and client keys and
// sshd_config in a temporary folder. Skipped when sshd is absent and CI is unset; with CI set a
// missing sshd fails the test.

import Foundation
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

@Suite(.serialized, .enabled(if: OpenSSH.runnable, OpenSSH.reason))
struct KioskSSHTests {
    @Test func ctrlCOverSSHNeverReachesAShell() throws {
        guard OpenSSH.installed else {
            Issue.record("CI is set but sshd, ssh, ssh-keygen or tmux is missing")
            return
        }
        guard FileManager.default.isExecutableFile(atPath: EndToEnd.binary) else {
            throw EndToEnd.Missing(description: "no built binary at \(EndToEnd.binary): run swift build first")
        }
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("kiosk-ssh-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        let spool = dir.appendingPathComponent("spool")
        try fm.createDirectory(at: spool, withIntermediateDirectories: true)
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

        // Keys, the kiosk config and sshd's config, all in the temporary folder.
        for key in ["host_key", "client_key"] {
            let made = ChildProcess.run([OpenSSH.keygen!, "-q", "-t", "ed25519", "-N", "", "-f", path(key)])
            try #require(made.status == 0, "ssh-keygen failed: \(made.output)")
        }
        try fm.copyItem(atPath: path("client_key.pub"), toPath: path("authorized_keys"))
        try KioskConfig.savePIN(KioskPIN.make(pin: KioskRun.pin), to: path("kiosk.conf"))
        let port = Int.random(in: 20_000...60_000)
        let user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let sshdConfig = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(path("host_key"))
            PidFile \(path("sshd.pid"))
            AuthorizedKeysFile \(path("authorized_keys"))
            UsePAM no
            StrictModes no
            PermitRootLogin yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            AllowTcpForwarding no
            X11Forwarding no
            AllowUsers \(user)
            SetEnv LANG=C.UTF-8 XDG_CACHE_HOME=\(TestCache.folder)
            ForceCommand \(EndToEnd.binary) kiosk --config \(path("kiosk.conf")) --spool \(spool.path) --content \(EndToEnd.root.path)/Content

            """
        try sshdConfig.write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
        try fm.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)

        let sshdPID = try #require(ChildProcess.start([OpenSSH.sshd, "-D", "-e", "-f", path("sshd_config")], output: path("sshd.log")))
        defer { ChildProcess.stop(sshdPID) }
        try waitForLog(path("sshd.log"), "Server listening")

        let client = "\(OpenSSH.ssh!) -tt -p \(port) -i \(path("client_key")) -o StrictHostKeyChecking=no "
            + "-o UserKnownHostsFile=/dev/null -o BatchMode=yes -o ConnectTimeout=5 \(user)@127.0.0.1; echo SSH-ENDED; sleep 30"
        let tmux = try TmuxSession(command: "TERM=xterm-256color \(client)")
        defer { tmux.close() }
        try tmux.waitFor("Find your way into work and training", timeout: 15)

        for key in ["C-c", "C-\\", "C-z", "C-d", "q", "Escape"] {
            tmux.keys(key)
            usleep(400_000)
            let screen = tmux.capture()
            #expect(!screen.contains("SSH-ENDED") && !screen.contains("Connection to 127.0.0.1 closed"), "\(key) ended the connection:\n\(screen)")
            #expect(!screen.contains("\(user)@") && !screen.split(separator: "\n").contains { $0.hasSuffix("# ") || $0.hasSuffix("$ ") },
                    "\(key) reached a shell prompt:\n\(screen)")
            #expect(screen.contains("Find your way into work and training") || screen.contains("Pathways: careers and training"),
                    "\(key): the kiosk should still be on screen:\n\(screen)")
        }

        // The operator's exit ends the session, and with it the connection: no shell follows.
        tmux.keys("F12"); try tmux.waitFor("Staff only")
        tmux.keys(KioskRun.pin.map(String.init) + ["Enter"])
        try tmux.waitFor("SSH-ENDED", timeout: 10)
    }

    func waitForLog(_ file: String, _ text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var log = ""
        while Date() < deadline {
            log = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            if log.contains(text) { return }
            usleep(50_000)
        }
        throw TmuxSession.Timeout(description: "sshd did not start within \(timeout)s:\n\(log)")
    }
}

/// Where OpenSSH's programs are, and whether this machine can run the test.
enum OpenSSH {
    static let sshd = "/usr/sbin/sshd"
    static let ssh = ["/usr/bin/ssh", "/usr/local/bin/ssh"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let keygen = ["/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var installed: Bool { FileManager.default.isExecutableFile(atPath: sshd) && ssh != nil && keygen != nil && TmuxSession.tmux != nil }
    static var runnable: Bool { installed || ProcessInfo.processInfo.environment["CI"] != nil }
    static var reason: Comment { "openssh-server, openssh-client or tmux is not installed (CI installs them; apt-get install openssh-server tmux)" }
}
