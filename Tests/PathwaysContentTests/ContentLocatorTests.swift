import Foundation
import Testing

@testable import PathwaysContent

@Suite("Finding the bundled content")
struct ContentLocatorTests {
    let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-locator-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.standardizedFileURL
    }()

    func make(_ relative: String) {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: Data("x: 1\n".utf8))
    }

    func find(executable: String?, cwd: String = "elsewhere", environment: [String: String] = [:]) -> String? {
        try? FileManager.default.createDirectory(at: root.appendingPathComponent(cwd), withIntermediateDirectories: true)
        return ContentLocator.bundledContent(
            environment: environment, executable: executable.map { root.appendingPathComponent($0) },
            currentDirectory: root.appendingPathComponent(cwd)
        )?.standardizedFileURL.path.replacingOccurrences(of: root.path + "/", with: "")
    }

    @Test func theEnvironmentVariableWins() {
        make("prefix/share/pathways/Content/content.yaml")
        #expect(find(executable: "prefix/bin/pathways", environment: ["PATHWAYS_CONTENT": "/somewhere/Content"]) == "/somewhere/Content")
    }

    @Test func anInstalledBinaryUsesItsShareFolder() {
        make("prefix/share/pathways/Content/content.yaml")
        #expect(find(executable: "prefix/bin/pathways") == "prefix/share/pathways/Content")
    }

    @Test func aBuiltBinaryUsesItsCheckout() {
        make("repo/Package.swift")
        make("repo/Content/content.yaml")
        #expect(find(executable: "repo/.build/x86_64-unknown-linux-gnu/debug/pathways") == "repo/Content")
        #expect(find(executable: nil, cwd: "repo/Sources") == "repo/Content", "or the checkout around the current directory")
    }

    @Test func aStrayContentFolderAboveIsNotMistakenForTheProducts() {
        make("Content/content.yaml")
        #expect(find(executable: "prefix/bin/pathways") == nil)
    }

    @Test func thisTestRunFindsThisCheckout() throws {
        let url = try #require(ContentLocator.bundledContent(
            environment: [:], executable: ContentLocator.executableURL(),
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
        #expect(url.lastPathComponent == "Content")
        #expect(FileManager.default.fileExists(atPath: url.deletingLastPathComponent().appendingPathComponent("Package.swift").path))
    }
}
