import Crypto
import Foundation
import PathwaysGraph
#if canImport(Glibc)
import Glibc
#endif

/// The compiled content store: a snapshot of a clean, validated catalogue that start-up reads
/// instead of parsing YAML, when it is fresh.
///
/// Layout of a store file (little-endian):
///
///     offset  size  field
///          0     8  magic "PATHWAYS"
///          8     4  format version (`formatVersion`)
///         12    32  key: SHA-256 of the program version and the content folder's fingerprint
///         44     8  payload length in bytes
///         52    32  SHA-256 of the payload
///         84     …  payload: the catalogue in the tagged binary form of `StoreTag`
///
/// A store is used only when every field checks out — magic, format, key (same program, same
/// content bytes), length and checksum — and the payload decodes; otherwise the YAML is read,
/// as if there were no store. Stores live in `$XDG_CACHE_HOME/pathways` (else
/// `~/.cache/pathways`), one per content folder, or beside an installed content folder as
/// `NAME.pathways-store` when `pathways validate --compile` puts one there. Writing is
/// temp-file-then-rename; a folder that cannot be written just means no store.
public struct ContentStore: Sendable {
    /// Bumped whenever the layout or payload form changes.
    public static let formatVersion: UInt32 = 1
    static let magic = Array("PATHWAYS".utf8)
    static let headerSize = 84

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

    public init(cacheFolder: URL?, programVersion: String = ContentStore.runningProgram) {
        self.cacheFolder = cacheFolder
        self.programVersion = programVersion
    }

    /// The store folder the environment names: `$XDG_CACHE_HOME/pathways` when that is an
    /// absolute path, else `$HOME/.cache/pathways`, else none.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var folder: URL?
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            folder = URL(fileURLWithPath: xdg).appendingPathComponent("pathways")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            folder = URL(fileURLWithPath: home).appendingPathComponent(".cache/pathways")
        }
        self.init(cacheFolder: folder)
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
        let dir = directory.standardizedFileURL
        return dir.deletingLastPathComponent().appendingPathComponent(dir.lastPathComponent + ".pathways-store")
    }

    /// The store file for `directory` in the cache folder, named by its absolute path.
    public func cacheFile(for directory: URL) -> URL? {
        guard let cacheFolder else { return nil }
        let path = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let name = SHA256.hash(data: Array(path.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        return cacheFolder.appendingPathComponent("content-\(name).store")
    }

    /// Loads `directory`: from a fresh store (beside the content, else in the cache) when there
    /// is one, else from YAML — and then, when the content is clean, writes the cache store for
    /// next time. Never throws; the outcome says which way it went.
    public func load(from directory: URL) -> (content: LoadedContent, outcome: Outcome) {
        guard let key = key(for: directory) else {
            return (ContentLoader().load(from: directory), .yaml(reason: "content folder could not be fingerprinted"))
        }
        var reason = "no store"
        for file in [ContentStore.besideFile(for: directory), cacheFile(for: directory)].compactMap({ $0 }) {
            switch read(file, key: key) {
            case .success(let catalogue):
                return (LoadedContent(validated: catalogue), .store)
            case .failure(let problem):
                if problem.reason != "no store" || reason == "no store" { reason = problem.reason }
            }
        }
        let loaded = ContentLoader().load(from: directory)
        if loaded.isClean, let file = cacheFile(for: directory) {
            try? write(loaded.catalogue, key: key, to: file)
        }
        return (loaded, .yaml(reason: reason))
    }

    /// Reads `directory` from YAML and, when clean, writes its store beside it (for an
    /// installed content set). Returns the load; throws only when the store cannot be written.
    public func compile(_ directory: URL) throws -> (content: LoadedContent, file: URL?) {
        let loaded = ContentLoader().load(from: directory)
        guard loaded.isClean, let key = key(for: directory) else { return (loaded, nil) }
        let file = ContentStore.besideFile(for: directory)
        try write(loaded.catalogue, key: key, to: file)
        return (loaded, file)
    }

    /// The key a store for `directory` must carry.
    func key(for directory: URL) -> [UInt8]? {
        guard let digest = ContentFingerprint.digest(of: directory) else { return nil }
        var hasher = SHA256()
        hasher.update(data: Array("\(programVersion)\u{0}".utf8))
        hasher.update(data: digest)
        return Array(hasher.finalize())
    }
}
