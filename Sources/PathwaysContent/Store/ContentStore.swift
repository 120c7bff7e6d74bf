import Crypto
import Foundation
import PathwaysFiles
import PathwaysGraph
#if canImport(Glibc)
import Glibc
#endif

/// The compiled content store: a snapshot of a clean, validated catalogue that start-up reads
/// instead of parsing YAML, when it is fresh.
///
/// A store is a file of three checksummed sections (layout in `StoreFile`): the content
/// folder's fingerprint, the front (what the explorer's home screen shows: content info,
/// sources, clusters, jobs) and the rest. It is used only when everything checks out — magic,
/// format version, program, every section's length and SHA-256, the folder's fingerprint
/// (`ContentFingerprint`), and the records decode — otherwise the YAML is read as if there
/// were no store. Stores live in `$XDG_CACHE_HOME/pathways` (else `~/.cache/pathways`), one
/// per content folder, or beside an installed content folder as `NAME.pathways-store` when
/// `pathways validate --compile` puts one there. Writing is temp-file-then-rename; a folder
/// that cannot be written just means no store.
public struct ContentStore: Sendable {
    /// Bumped whenever the layout or a record's form changes.
    public static let formatVersion: UInt32 = 3

    /// Folder for stores kept per user; nil when there is none (no usable environment).
    public var cacheFolder: URL?
    /// Identifies the program that writes and reads stores: a store from another build is stale.
    public var programVersion: String

    /// Where a load came from, and why the store was not used when it was not.
    public enum Outcome: Sendable, Equatable {
        /// Read from a fresh store.
        case store
        /// Read from YAML: there was no store, or it was stale (other content or program),
        /// or damaged (truncated, checksum, undecodable); `reason` says which.
        case yaml(reason: String)
    }

    /// Why a store file was not used.
    public struct Problem: Error, Sendable {
        public var reason: String
    }

    public init(cacheFolder: URL?, programVersion: String = ContentStore.runningProgram) {
        self.cacheFolder = cacheFolder
        self.programVersion = programVersion
    }

    /// The store folder the environment names: `$XDG_CACHE_HOME/pathways` when that is an
    /// absolute path, else `$HOME/.cache/pathways`, else none.
    public init(environment: [String: String]) {
        self.init(cacheFolder: ContentStore.cacheFolder(xdgCacheHome: environment["XDG_CACHE_HOME"], home: environment["HOME"]))
    }

    /// The store folder this process's environment names (as `init(environment:)`), the two
    /// variables read one by one.
    public init() {
        self.init(cacheFolder: ContentStore.cacheFolder(xdgCacheHome: ProcessEnvironment.value("XDG_CACHE_HOME"),
                                                        home: ProcessEnvironment.value("HOME")))
    }

    static func cacheFolder(xdgCacheHome: String?, home: String?) -> URL? {
        if let xdg = xdgCacheHome, xdg.hasPrefix("/") { return URL(fileURLWithPath: standardized(xdg + "/pathways")) }
        if let home, home.hasPrefix("/") { return URL(fileURLWithPath: standardized(home + "/.cache/pathways")) }
        return nil
    }

    /// An absolute path with `.`, `..` and repeated slashes resolved by its text alone, as
    /// `URL.standardizedFileURL` does. Start-up builds the store's paths with this and plain
    /// strings: Foundation's URL path methods cost a quarter of a millisecond on first use.
    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// This executable's identity: its path, size, modification time and inode, so every
    /// rebuild of the program counts as a new version.
    public static let runningProgram: String = {
        var info = stat()
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? "?"
        guard stat(exe, &info) == 0 else { return "format \(formatVersion) \(exe)" }
        return "format \(formatVersion) \(exe) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }()

    /// The store file for `directory` beside the content folder itself.
    public static func besideFile(for directory: URL) -> URL {
        URL(fileURLWithPath: standardized(directory.path) + ".pathways-store")
    }

    /// The store file for `directory` in the cache folder, named by its absolute path.
    public func cacheFile(for directory: URL) -> URL? {
        guard let cacheFolder else { return nil }
        let given = ContentStore.standardized(directory.path)
        // realpath(3) rather than Foundation's link resolving: this runs on every start-up.
        let path = realpath(given, nil).map { resolved in
            defer { free(resolved) }
            return String(decoding: UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)), as: UTF8.self)
        } ?? given
        let hex = Array("0123456789abcdef".utf8)
        let name = String(decoding: SHA256.hash(data: Array(path.utf8)).prefix(12).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] },
                          as: UTF8.self)
        return URL(fileURLWithPath: cacheFolder.path + "/content-\(name).store")
    }

    /// Loads `directory`: from a fresh store (beside the content, else in the cache) when there
    /// is one, else from YAML — and then, when the content is clean, writes the cache store for
    /// next time. Never throws; the outcome says which way it went.
    public func load(from directory: URL) -> (content: LoadedContent, outcome: Outcome) {
        var reason: String
        switch open(directory) {
        case .success(let opened):
            switch opened.finish() {
            case .success(let content): return (content, .store)
            case .failure(let problem): reason = problem.reason
            }
        case .failure(let problem): reason = problem.reason
        }
        // The fingerprint is taken before the YAML is read: a file changed meanwhile then
        // differs from it next time, so the store can be stale but never wrong.
        guard let fingerprint = ContentFingerprint.forStore(of: directory.path) else {
            return (ContentLoader().load(from: directory), .yaml(reason: "content folder could not be fingerprinted"))
        }
        let loaded = ContentLoader().load(from: directory)
        if loaded.isClean, let file = cacheFile(for: directory) {
            try? write(loaded.catalogue, fingerprint: fingerprint, to: file)
        }
        return (loaded, .yaml(reason: reason))
    }

    /// Opens the fresh store for `directory` (beside it first, then in the cache) with its
    /// front read, or says why there is none. Start-up draws its first frame from the front
    /// while `OpenedStore.finish()` reads the rest.
    public func open(_ directory: URL) -> Result<OpenedStore, Problem> {
        var reason = "no store"
        for file in [ContentStore.besideFile(for: directory), cacheFile(for: directory)].compactMap({ $0 }) {
            do {
                return .success(try OpenedStore(file: file.path, programKey: programKey, directory: directory.path))
            } catch {
                if error.reason != "no store" || reason == "no store" { reason = error.reason }
            }
        }
        return .failure(Problem(reason: reason))
    }

    /// Reads `directory` from YAML and, when clean, writes its store beside it (for an
    /// installed content set). Returns the load; throws only when the store cannot be written.
    public func compile(_ directory: URL) throws -> (content: LoadedContent, file: URL?) {
        let fingerprint = ContentFingerprint.forStore(of: directory.path)
        let loaded = ContentLoader().load(from: directory)
        guard loaded.isClean, let fingerprint else { return (loaded, nil) }
        let file = ContentStore.besideFile(for: directory)
        try write(loaded.catalogue, fingerprint: fingerprint, to: file)
        return (loaded, file)
    }

    /// SHA-256 of the program's identity: a store from another build is stale.
    var programKey: [UInt8] { Array(SHA256.hash(data: Array(programVersion.utf8))) }
}
