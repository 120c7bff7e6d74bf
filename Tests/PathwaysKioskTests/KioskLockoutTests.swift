import Foundation
import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

/// The wrong-PIN lockout: how it grows, that it survives a restart through its file, and that
/// the PIN is read only when one is typed.
@Suite struct KioskLockoutTests {
    let pin = KioskPIN.make(pin: "246813", cost: .quick)

    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-lockout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func threeTriesThenAMinuteDoublingToAnHour() {
        var lockout = KioskLockout()
        var now = 1_000_000.0
        lockout.recordFailure(now: now)
        lockout.recordFailure(now: now)
        #expect(lockout.wait(now: now) == nil, "two wrong PINs cost nothing")
        var waits: [Double] = []
        for _ in 0..<9 {
            lockout.recordFailure(now: now)
            let wait = lockout.wait(now: now) ?? 0
            waits.append(wait)
            now += wait
            #expect(lockout.wait(now: now) == nil)
        }
        #expect(waits == [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600])
        lockout.recordSuccess()
        #expect(lockout == KioskLockout())
    }

    @Test func aClockSetBackCannotStretchTheWait() {
        let lockout = KioskLockout(failures: 3, lockedUntil: 1_000_000)
        #expect(lockout.wait(now: 0) == KioskLockout.longestWait)
    }

    @Test func describesTheWait() {
        #expect(KioskLockout.describe(1) == "1 second")
        #expect(KioskLockout.describe(59.2) == "60 seconds")
        #expect(KioskLockout.describe(119) == "2 minutes")
        #expect(KioskLockout.describe(3600) == "60 minutes")
    }

    @Test func theFileKeepsTheLockoutAcrossARestart() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = KioskLockoutFile(path: dir.appendingPathComponent("kiosk.lockout").path)
        let clock = ManualClock(now: 1_800_000_000)
        let first = KioskOperatorLock(readPIN: { pin }, file: file, clock: clock)
        for _ in 0..<3 { #expect(first.check("000000") != .unlocked) }

        // The kiosk restarts: a new lock from the same file is still locked, even for the right PIN.
        let second = KioskOperatorLock(readPIN: { pin }, file: file, clock: clock)
        #expect(second.lockout == KioskLockout(failures: 3, lockedUntil: clock.now + 60))
        #expect(second.check("246813") == .refused("Too many wrong PINs. Try again in 60 seconds."))
        clock.advance(by: 60)
        #expect(second.check("111111") == .refused("That PIN is not right. Too many wrong PINs: try again in 2 minutes."))
        clock.advance(by: 120)
        #expect(second.check("246813") == .unlocked)
        #expect(KioskOperatorLock(readPIN: { pin }, file: file, clock: clock).lockout == KioskLockout(), "the right PIN clears the file")

        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600, "a private file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["kiosk.lockout"], "no temporary files left")
    }

    @Test func aMissingFileIsAFreshStartAndABrokenOneALockout() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("kiosk.lockout").path
        let now = 1_800_000_000.0
        #expect(KioskLockoutFile(path: path).load(now: now) == KioskLockout())
        let justLocked = KioskLockout(failures: 3, lockedUntil: now + 60)
        for garbage in ["", "failures = 0\n", "failures = x\nlocked_until = 0\n", "failures = 0\nlocked_until = 0\nfailures = 0\n",
                        String(repeating: "9", count: 1000)] {
            try garbage.write(toFile: path, atomically: false, encoding: .utf8)
            #expect(KioskLockoutFile(path: path).load(now: now) == justLocked, "\(garbage.prefix(40))")
        }
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o600) == 0)
        #expect(KioskLockoutFile(path: path).load(now: now) == justLocked, "a FIFO neither blocks nor resets the count")
        #expect(KioskLockoutFile(path: path).problem() == "\(path) is not a regular file")
        #expect(KioskLockoutFile(path: dir.path + "/missing/kiosk.lockout").problem() == "the folder \(dir.path)/missing does not exist")
        #expect(KioskLockoutFile(path: dir.path + "/ok.lockout").problem() == nil)
    }

    @Test func thePINIsReadOnlyWhenOneIsTypedAndNotWhileLocked() {
        final class Reads: @unchecked Sendable { var count = 0 }
        let reads = Reads()
        let clock = ManualClock()
        let lock = KioskOperatorLock(readPIN: { reads.count += 1; return pin }, file: nil, clock: clock)
        #expect(reads.count == 0, "not read at start")
        for _ in 0..<3 { _ = lock.check("000000") }
        #expect(reads.count == 3)
        #expect(lock.check("246813") != .unlocked)
        #expect(reads.count == 3, "not read, nor checked, while locked")
        let unreadable = KioskOperatorLock(readPIN: { nil }, file: nil, clock: clock)
        #expect(unreadable.check("246813") == .refused(
            "The PIN cannot be checked: the kiosk's settings cannot be read. Stop the kiosk from the system."))
        #expect(unreadable.lockout == KioskLockout(), "an unreadable config is not a wrong PIN")
    }
}
