import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A SHA-256 digest of everything under a content folder: every file's path, size and bytes,
/// and every folder's path, in sorted order, following symbolic links as the loader does.
///
/// The store is keyed by this, so any change to any file the loader could read — an edit that
/// keeps the size and the modification time included — gives a different key: the store never
/// serves stale data. Nothing but regular files is opened (a FIFO is named, never read), a
/// folder reached twice through links is hashed once, and a tree past the limits gives `nil`
/// (no store; the loader then reports what is wrong).
struct ContentFingerprint {
    static let maxFiles = 200_000
    static let maxFileBytes = 256 * 1024 * 1024

    /// The digest of `directory`, or nil when it cannot be read whole.
    static func digest(of directory: URL) -> [UInt8]? {
        var hasher = SHA256()
        var visited = Set<[UInt64]>()
        var files = 0
        guard walk(directory.path, relative: "", into: &hasher, visited: &visited, files: &files) else { return nil }
        return Array(hasher.finalize())
    }

    private static func walk(_ path: String, relative: String, into hasher: inout SHA256,
                             visited: inout Set<[UInt64]>, files: inout Int) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            hasher.update(data: Array("L\(relative)\u{0}".utf8))
            return true
        }
        hasher.update(data: Array("D\(relative)\u{0}".utf8))
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        for name in names.sorted() {
            let child = path + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var entry = stat()
            guard stat(child, &entry) == 0 else {
                hasher.update(data: Array("X\(rel)\u{0}".utf8))  // a link to nothing
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                guard walk(child, relative: rel, into: &hasher, visited: &visited, files: &files) else { return false }
            case S_IFREG:
                files += 1
                guard files <= maxFiles, entry.st_size <= maxFileBytes,
                      hashFile(child, name: rel, into: &hasher) else { return false }
            default:
                hasher.update(data: Array("O\(rel)\u{0}\(entry.st_mode)\u{0}".utf8))
            }
        }
        return true
    }

    /// Hashes one regular file's name, size and bytes; false when it cannot be read whole.
    private static func hashFile(_ path: String, name: String, into hasher: inout SHA256) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= maxFileBytes else { return false }
        hasher.update(data: Array("F\(name)\u{0}\(info.st_size)\u{0}".utf8))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { return false }
            if n == 0 { break }
            total += n
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
        return total == Int(info.st_size)
    }
}
