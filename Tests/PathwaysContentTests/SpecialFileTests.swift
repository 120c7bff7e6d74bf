import Foundation
import PathwaysContent
import Testing

/// A FIFO, device or unreadable folder where content belongs gets a clear error naming it,
/// never a hang or a flood of unrelated findings (issue 14, items 3 and 13).
@Suite("Special files and unreadable folders in a content set")
struct SpecialFileTests {
    /// A copy of the `valid` fixture in a fresh temporary folder.
    static func validCopy() throws -> URL {
        let folder = try temporaryFolder()
        let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("valid")
        for name in try FileManager.default.contentsOfDirectory(atPath: base.path) {
            try FileManager.default.copyItem(at: base.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func lines(_ folder: URL) -> [String] {
        ContentLoader().load(from: folder).diagnostics.map { $0.description.replacingOccurrences(of: folder.path, with: "Content") }
    }

    @Test func aFIFONamedContentYAMLDoesNotBlock() throws {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("content.yaml").path, 0o644) == 0)
        #expect(SpecialFileTests.lines(folder) == [
            "Content/content.yaml: error: cannot read the file: it is not a regular file (it is a FIFO (named pipe))",
        ])
    }

    @Test func aFIFOAmongTheStepsDoesNotBlock() throws {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("steps/x.yaml").path, 0o644) == 0)
        #expect(SpecialFileTests.lines(folder) == [
            "Content/steps/x.yaml: error: cannot read the file: it is not a regular file (it is a FIFO (named pipe))",
        ])
    }

    @Test func aCharacterDeviceIsRefusedUnread() throws {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("steps/zero.yaml").path,
                                                   withDestinationPath: "/dev/zero")
        #expect(SpecialFileTests.lines(folder) == [
            "Content/steps/zero.yaml: error: cannot read the file: it is not a regular file (it is a character device)",
        ])
    }

    @Test func aLoopingRecordFolderIsNamedOnce() throws {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let steps = folder.appendingPathComponent("steps")
        try FileManager.default.removeItem(at: steps)
        try FileManager.default.createSymbolicLink(atPath: steps.path, withDestinationPath: "steps")
        #expect(SpecialFileTests.lines(folder) == [
            "Content/steps: error: cannot read the folder: it is a loop of symbolic links",
        ])
    }

    @Test func aRecordFolderLinkedToNothingIsNamedOnce() throws {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let steps = folder.appendingPathComponent("steps")
        try FileManager.default.removeItem(at: steps)
        try FileManager.default.createSymbolicLink(atPath: steps.path, withDestinationPath: "elsewhere/steps")
        #expect(SpecialFileTests.lines(folder) == [
            "Content/steps: error: cannot read the folder: it is a link to a folder that does not exist",
        ])
    }

    @Test func aFileWhereARecordFolderBelongsIsNamedOnce() throws {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let steps = folder.appendingPathComponent("steps")
        try FileManager.default.removeItem(at: steps)
        try Data("not a folder\n".utf8).write(to: steps)
        #expect(SpecialFileTests.lines(folder) == [
            "Content/steps: error: cannot read the folder: it is not a folder (it is a file)",
        ])
    }
}
