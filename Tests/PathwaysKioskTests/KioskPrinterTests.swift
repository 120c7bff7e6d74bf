import Foundation
import Testing

@testable import PathwaysKiosk

/// The print command runs detached from the kiosk's terminal: in a session of its own, which
/// is what the real POSIX_SPAWN_SETSID from the C library's header gives it.
@Suite struct KioskPrinterTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat")))
    func thePrintCommandLeadsASessionOfItsOwn() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-sid-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        // Fields 1 and 6 of /proc/PID/stat are the process ID and its session ID.
        let script = "cat > /dev/null; read -r pid _ _ _ _ sid _ < /proc/$$/stat; echo \"$pid $sid\" > '\(out)'"
        try KioskPrinter(command: ["/bin/sh", "-c", script]).print("slip\n")
        let fields = try String(contentsOfFile: out, encoding: .utf8).split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(fields.count == 2 && fields[0] == fields[1], "the command's session is its own: \(fields)")
    }

    @Test func aFailingOrKilledCommandSaysHow() {
        #expect(throws: KioskPrinter.Failure(description: "/bin/sh failed with exit status 3")) {
            try KioskPrinter(command: ["/bin/sh", "-c", "cat > /dev/null; exit 3"]).print("slip\n")
        }
        #expect(throws: KioskPrinter.Failure(description: "/bin/sh was stopped by signal 15")) {
            try KioskPrinter(command: ["/bin/sh", "-c", "cat > /dev/null; kill -TERM $$"]).print("slip\n")
        }
    }
}
