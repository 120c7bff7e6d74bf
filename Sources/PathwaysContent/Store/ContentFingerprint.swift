import Crypto
import PathwaysFiles
#if canImport(Glibc)
import Glibc
#endif

/// What is under a content folder, as the file system describes it: every folder and file in
/// sorted order (following symbolic links, as the loader does) with its size, inode, and
/// modification and status-change times to the nanosecond.
///
/// A store records the fingerprint of the folder it was compiled from and is used only while
/// the folder's fingerprint is still the same. Any edit changes a file's status-change time,
/// which no one can set back (unlike the modification time `touch -d` sets), so an edit that
/// keeps the size and the modification time is still seen — without reading every byte at
/// start-up, which at national size would cost more than the whole first frame.
///
/// The one gap is a file changed twice within one tick of the file system's clock, the second
/// change after the fingerprint was taken: its times would not move. As git does for its
/// index, a file changed within `recentSeconds` of taking the fingerprint also gets a SHA-256
/// of its bytes, and that digest is checked each time the store is opened.
struct ContentFingerprint: Equatable {
    /// One folder or file, by its path inside the content folder.
    struct Entry: Equatable {
        /// `D` a folder, `F` a regular file, `L` a folder reached again through links, `X` a
        /// link to nothing, `O` anything else (a FIFO, a device), never opened.
        var kind: UInt8
        var path: String
        var size: Int = 0
        var inode: Int = 0
        var modified: Int = 0
        var changed: Int = 0
        /// SHA-256 of the file's bytes, for a file changed just before the fingerprint was taken.
        var digest: [UInt8]? = nil
    }

    var entries: [Entry] = []

    static let maxFiles = 200_000
    static let maxFileBytes = 256 * 1024 * 1024
    /// A file changed this recently when the fingerprint is taken is also hashed.
    static let recentSeconds = 2

    /// The fingerprint of `directory` as it is now, hashing the files `hashes` picks; nil when
    /// the folder cannot be read whole (the loader then reports what is wrong).
    static func take(of directory: String, hashing hashes: (Entry) -> Bool) -> ContentFingerprint? {
        var fingerprint = ContentFingerprint()
        // Folders seen, by device and inode: a plain list, since a content set has a handful of
        // folders and a Set of arrays costs a start-up more in type look-ups than it saves.
        var visited: [(device: UInt64, inode: UInt64)] = []
        guard fingerprint.walk(directory, relative: "", visited: &visited, hashing: hashes) else { return nil }
        return fingerprint
    }

    /// A new fingerprint for a store about to be written: files changed in the last
    /// `recentSeconds` are hashed.
    static func forStore(of directory: String) -> ContentFingerprint? {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let recent = (Int(now.tv_sec) - recentSeconds) * 1_000_000_000 + Int(now.tv_nsec)
        return take(of: directory) { $0.kind == UInt8(ascii: "F") && max($0.changed, $0.modified) >= recent }
    }

    /// True when `directory` still matches this fingerprint, rehashing the files hashed in it.
    func matches(_ directory: String) -> Bool {
        let hashed = Set(entries.compactMap { $0.digest == nil ? nil : $0.path })
        return ContentFingerprint.take(of: directory) { hashed.contains($0.path) } == self
    }

    private mutating func walk(_ path: String, relative: String, visited: inout [(device: UInt64, inode: UInt64)],
                               hashing hashes: (Entry) -> Bool) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        let folder = (device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if visited.contains(where: { $0.device == folder.device && $0.inode == folder.inode }) {
            entries.append(Entry(kind: UInt8(ascii: "L"), path: relative))
            return true
        }
        visited.append(folder)
        entries.append(Entry(kind: UInt8(ascii: "D"), path: relative, inode: Int(info.st_ino),
                             modified: ContentFingerprint.nanoseconds(info.st_mtim), changed: ContentFingerprint.nanoseconds(info.st_ctim)))
        guard case .success(let names) = Folder.names(in: path) else { return false }
        for name in names.sorted() {
            let child = path + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var entry = stat()
            guard stat(child, &entry) == 0 else {
                entries.append(Entry(kind: UInt8(ascii: "X"), path: rel))
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                guard walk(child, relative: rel, visited: &visited, hashing: hashes) else { return false }
            case S_IFREG:
                var file = Entry(kind: UInt8(ascii: "F"), path: rel, size: Int(entry.st_size), inode: Int(entry.st_ino),
                                 modified: ContentFingerprint.nanoseconds(entry.st_mtim),
                                 changed: ContentFingerprint.nanoseconds(entry.st_ctim))
                guard entries.count <= ContentFingerprint.maxFiles, file.size <= ContentFingerprint.maxFileBytes else { return false }
                if hashes(file) {
                    guard let digest = ContentFingerprint.digest(of: child) else { return false }
                    file.digest = digest
                }
                entries.append(file)
            default:
                entries.append(Entry(kind: UInt8(ascii: "O"), path: rel, size: Int(entry.st_mode)))
            }
        }
        return true
    }

    private static func nanoseconds(_ t: timespec) -> Int { Int(t.tv_sec) * 1_000_000_000 + Int(t.tv_nsec) }

    /// SHA-256 of a regular file's bytes; nil when it cannot be read whole.
    private static func digest(of path: String) -> [UInt8]? {
        guard case .success(let bytes) = RegularFile.read(path, limit: maxFileBytes) else { return nil }
        return Array(SHA256.hash(data: bytes))
    }
}

extension ContentFingerprint: StoreRecord {
    init(from r: inout StoreReader) throws {
        let n = try r.count()
        entries.reserveCapacity(n)
        for _ in 0..<n {
            entries.append(Entry(kind: try r.byte(), path: try r.string(), size: try r.int(), inode: try r.int(),
                                 modified: try r.int(), changed: try r.int(),
                                 digest: try r.optional { try $0.raw(32) }))
        }
    }

    func write(to w: inout StoreWriter) {
        w.count(entries.count)
        for e in entries {
            w.byte(e.kind)
            w.string(e.path)
            w.int(e.size)
            w.int(e.inode)
            w.int(e.modified)
            w.int(e.changed)
            w.optional(e.digest) { $0.raw($1) }
        }
    }
}
