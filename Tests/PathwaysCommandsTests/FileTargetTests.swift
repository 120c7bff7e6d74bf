import Foundation
import PathwaysTestSupport
import Testing

/// Files that are not what they seem get an honest message (issue 14, item 13).
@Suite struct FileTargetTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-cli-files-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    @Test func exportingOntoALinkToNothingIsRefusedClearly() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("plan.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "missing/plan.md")
        for force in [false, true] {
            let r = try runPathways(["export", "--to", "hgv-driver", "--format", "md", "--output", link.path] + (force ? ["--force"] : []))
            #expect(r.exitCode == 1)
            #expect(r.stderr.contains("is a link to a file that does not exist, so nothing was saved"), "\(r.stderr)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "missing/plan.md")
    }

    @Test func exportingThroughALinkWritesItsTargetPrivately() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real.md"), link = dir.appendingPathComponent("plan.md")
        try "old\n".write(to: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
        let r = try runPathways(["export", "--to", "hgv-driver", "--format", "md", "--output", link.path, "--force"])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(try String(contentsOf: real, encoding: .utf8).contains("HGV"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.md")
    }

    @Test func aFIFOGivenAsASessionIsNotARegularFile() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("session.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let r = try runPathways(["routes", "--to", "hgv-driver", "--session", fifo.path])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("it is not a regular file (it is a FIFO (named pipe))"), "\(r.stderr)")
    }
}
