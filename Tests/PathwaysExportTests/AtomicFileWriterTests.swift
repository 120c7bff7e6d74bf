import Foundation
@testable import PathwaysExport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Saving files: atomic, never overwriting unless asked, clear errors, no temporary files left.
@Suite struct AtomicFileWriterTests {
    func contents(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func writesNewFile() throws {
        let dir = try ExternalTool.temporaryDirectory("writer")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pathway.md").path
        try AtomicFileWriter().write("hello £\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello £\n")
        #expect(try contents(dir) == ["pathway.md"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "private unless asked otherwise")
    }

    @Test func privatePermissions() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-private")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("session.json").path
        try AtomicFileWriter(permissions: 0o600).write("{}", to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func existingFileIsNotOverwritten() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-exists")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pathway.md").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: FileWriteError.fileExists(path)) { try AtomicFileWriter().write("new", to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try contents(dir) == ["pathway.md"], "no temporary file left behind")
        #expect(FileWriteError.fileExists(path).description.contains("already exists"))
    }

    @Test func overwriteReplaces() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-overwrite")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pathway.md").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try AtomicFileWriter().write("new", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try contents(dir) == ["pathway.md"])
    }

    @Test func missingDirectory() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("nope").path
        #expect(throws: FileWriteError.directoryMissing(missing)) {
            try AtomicFileWriter().write("x", to: missing + "/pathway.md")
        }
        #expect(try contents(dir).isEmpty)
        #expect(FileWriteError.directoryMissing(missing).description.contains("does not exist"))
    }

    @Test func parentIsARegularFile() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-notdir")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plain.txt").path
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(throws: FileWriteError.notADirectory(file)) { try AtomicFileWriter().write("x", to: file + "/pathway.md") }
        #expect(try contents(dir) == ["plain.txt"])
    }

    @Test func targetIsADirectory() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-isdir")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: FileWriteError.notAFile(dir.path)) { try AtomicFileWriter().write("x", to: dir.path, overwrite: true) }
        #expect(throws: FileWriteError.notAFile(dir.path + "/")) { try AtomicFileWriter().write("x", to: dir.path + "/") }
    }

    @Test func diskFullRemovesTemporaryFile() throws {
        let dir = try ExternalTool.temporaryDirectory("writer-full")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pathway.md").path
        var writer = AtomicFileWriter()
        writer.simulatedWriteError = ENOSPC
        #expect(throws: FileWriteError.diskFull(path)) { try writer.write("x", to: path) }
        #expect(try contents(dir).isEmpty, "the temporary file was removed")
        #expect(FileWriteError.diskFull(path).description.contains("disk is full"))
    }

    @Test func readOnlyDirectoryWhenNotRoot() throws {
        guard getuid() != 0 else { return } // root ignores permissions; covered by the errno mapping below
        let dir = try ExternalTool.temporaryDirectory("writer-readonly")
        defer {
            _ = chmod(dir.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        _ = chmod(dir.path, 0o555)
        #expect(throws: FileWriteError.notWritable(dir.path)) {
            try AtomicFileWriter().write("x", to: dir.appendingPathComponent("a.md").path)
        }
    }

    @Test func errnoMapping() {
        #expect(AtomicFileWriter.error(EACCES, path: "/d/f", directory: "/d", operation: "mkstemp") == .notWritable("/d"))
        #expect(AtomicFileWriter.error(EROFS, path: "/d/f", directory: "/d", operation: "mkstemp") == .notWritable("/d"))
        #expect(AtomicFileWriter.error(EDQUOT, path: "/d/f", directory: "/d", operation: "write") == .diskFull("/d/f"))
        #expect(AtomicFileWriter.error(EIO, path: "/d/f", directory: "/d", operation: "fsync")
            == .system(path: "/d/f", operation: "fsync", code: EIO))
        #expect(FileWriteError.system(path: "/d/f", operation: "fsync", code: EIO).description.contains("EIO"))
        #expect(AtomicFileWriter.split("a.md") == (".", "a.md"))
        #expect(AtomicFileWriter.split("/a.md") == ("/", "a.md"))
        #expect(AtomicFileWriter.split("x/y/a.md") == ("x/y", "a.md"))
    }

    @Test func concurrentWritersNeverClobber() async throws {
        let dir = try ExternalTool.temporaryDirectory("writer-race")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pathway.md").path
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<8 {
                group.addTask { (try? AtomicFileWriter().write("writer \(i)", to: path)) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 1, "exactly one writer wins")
        #expect(try contents(dir) == ["pathway.md"])
    }
}
