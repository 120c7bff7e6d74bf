import Foundation
import CRename
@testable import PathwaysExport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Modes, symbolic links and the check-then-replace race (issue 14, items 9, 10, 11 and 13).
@Suite struct AtomicFileWriterSafetyTests {
    func mode(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1 }
    func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
    func names(_ dir: URL) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

    @Test func replacingKeepsAStricterModeAndNeverWidensOne() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-mode")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.json").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o400) == 0)
        try AtomicFileWriter(permissions: 0o600).write("new", to: path, overwrite: true)
        #expect(mode(path) == 0o400)
        #expect(chmod(path, 0o644) == 0)
        try AtomicFileWriter(permissions: 0o600).write("newer", to: path, overwrite: true)
        #expect(mode(path) == 0o600, "a wider old mode is narrowed to the one asked for")
        #expect(text(path) == "newer")
    }

    @Test func savingThroughASymbolicLinkWritesItsTarget() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let target = real.appendingPathComponent("s.json").path, link = dir.appendingPathComponent("link.json").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/s.json")
        try AtomicFileWriter().write("new", to: link, overwrite: true)
        #expect(text(target) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/s.json", "the link is kept")
        #expect(names(dir) == ["link.json", "real"] && names(real) == ["s.json"], "no temporary files left")
        try AtomicFileWriter().write(bytes: Array("newest".utf8), to: link) { _ in true }
        #expect(text(target) == "newest")
    }

    @Test func aLinkToNothingIsRefusedClearly() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-dangling")
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("plan.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "gone/plan.md")
        #expect(throws: FileWriteError.danglingLink(link)) { try AtomicFileWriter().write("x", to: link) }
        #expect(throws: FileWriteError.danglingLink(link)) { try AtomicFileWriter().write("x", to: link, overwrite: true) }
        #expect(FileWriteError.danglingLink(link).description.contains("link to a file that does not exist"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "gone/plan.md")
        #expect(names(dir) == ["plan.md"])
    }

    @Test func aFIFOIsNeverWrittenOrWaitedOn() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.json").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: FileWriteError.notAFile(path)) { try AtomicFileWriter().write("x", to: path, overwrite: true) }
        #expect(throws: FileWriteError.notAFile(path)) { try AtomicFileWriter().write(bytes: [1], to: path) { _ in true } }
    }

    @Test func onlyAFileThatPassesTheCheckIsReplaced() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-check")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.json").path
        try "SESSION 1".write(toFile: path, atomically: false, encoding: .utf8)
        try AtomicFileWriter().write(bytes: Array("SESSION 2".utf8), to: path) { $0.starts(with: Array("SESSION".utf8)) }
        #expect(text(path) == "SESSION 2")
        try "my thesis".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: FileWriteError.notReplaceable(path)) {
            try AtomicFileWriter().write(bytes: Array("SESSION 3".utf8), to: path) { $0.starts(with: Array("SESSION".utf8)) }
        }
        #expect(text(path) == "my thesis")
        #expect(names(dir) == ["s.json"])
    }

    /// The race from the issue, staged at its worst moment: after the first check passed and
    /// the new file is written, another file is swapped in. It must survive, untouched.
    @Test(arguments: ["a file", "a link", "nothing"])
    func aFileSwappedInDuringTheSaveIsNeverReplaced(_ swapped: String) throws {
        let dir = try ExternalTool.temporaryDirectory("writer-race")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.json").path
        try "SESSION 1".write(toFile: path, atomically: false, encoding: .utf8)
        let intruder = dir.appendingPathComponent("intruder").path
        try "precious, not a session".write(toFile: intruder, atomically: false, encoding: .utf8)
        var writer = AtomicFileWriter()
        writer.beforePublish = {
            switch swapped {
            case "a file": _ = rename(intruder, path)
            case "a link": _ = unlink(path); _ = symlink("intruder", path)
            default: _ = unlink(path)
            }
        }
        let isSession: ([UInt8]) -> Bool = { $0.starts(with: Array("SESSION".utf8)) }
        switch swapped {
        case "nothing":
            try writer.write(bytes: Array("SESSION 2".utf8), to: path, replacingOnly: isSession)
            #expect(text(path) == "SESSION 2", "a file removed meanwhile is simply saved anew")
        case "a link":
            #expect(throws: FileWriteError.notReplaceable(path)) { try writer.write(bytes: Array("SESSION 2".utf8), to: path, replacingOnly: isSession) }
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "intruder")
            #expect(text(intruder) == "precious, not a session")
        default:
            #expect(throws: FileWriteError.notReplaceable(path)) { try writer.write(bytes: Array("SESSION 2".utf8), to: path, replacingOnly: isSession) }
            #expect(text(path) == "precious, not a session")
        }
        #expect(!names(dir).contains { $0.contains(".tmp-") }, "no temporary file left: \(names(dir))")
    }

    /// Many saves while another thread keeps swapping a non-session file in and out: the
    /// non-session file's contents are never lost.
    @Test func concurrentSwapsNeverLoseTheOtherFile() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-race-loop")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.json").path
        let aside = dir.appendingPathComponent("aside").path
        try "SESSION 0".write(toFile: path, atomically: false, encoding: .utf8)
        try "precious".write(toFile: aside, atomically: false, encoding: .utf8)
        let stop = ManagedAtomicFlag()
        let swapper = Thread {
            // Swap the precious file with whatever is at the path, back and forth.
            while !stop.isSet { _ = pathways_rename_exchange(aside, path) }
        }
        swapper.start()
        for n in 1...150 {
            _ = try? AtomicFileWriter().write(bytes: Array("SESSION \(n)".utf8), to: path) { $0.starts(with: Array("SESSION".utf8)) }
        }
        stop.set()
        while !swapper.isFinished { usleep(1000) }
        let both = [text(path), text(aside)]
        #expect(both.contains("precious"), "\(both)")
    }
}

/// A flag one thread sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
