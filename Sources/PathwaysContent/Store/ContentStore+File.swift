import Crypto
import Foundation
import PathwaysGraph
#if canImport(Glibc)
import Glibc
#endif

extension ContentStore {
    /// Why a store file was not used.
    struct Problem: Error {
        var reason: String
    }

    /// The payload: everything start-up needs that YAML would have given.
    struct Payload: Codable {
        var catalogue: Catalogue
    }

    /// Reads and checks a store file; the catalogue when it is whole, fresh and of this program.
    func read(_ file: URL, key: [UInt8]) -> Result<Catalogue, Problem> {
        guard let bytes = ContentStore.readWhole(file.path) else { return .failure(Problem(reason: "no store")) }
        let h = ContentStore.headerSize
        guard bytes.count >= h, Array(bytes[0..<8]) == ContentStore.magic else {
            return .failure(Problem(reason: "store damaged (not a store or truncated header)"))
        }
        guard ContentStore.integer(bytes, at: 8, size: 4) == UInt64(ContentStore.formatVersion) else {
            return .failure(Problem(reason: "store of another format version"))
        }
        guard Array(bytes[12..<44]) == key else { return .failure(Problem(reason: "store stale (content or program changed)")) }
        guard ContentStore.integer(bytes, at: 44, size: 8) == UInt64(bytes.count - h) else {
            return .failure(Problem(reason: "store damaged (truncated)"))
        }
        let payload = Array(bytes[h...])
        guard Array(SHA256.hash(data: payload)) == Array(bytes[52..<84]) else {
            return .failure(Problem(reason: "store damaged (checksum)"))
        }
        do {
            return .success(try StoreDecoder.decode(Payload.self, from: payload).catalogue)
        } catch {
            return .failure(Problem(reason: "store damaged (\(error))"))
        }
    }

    /// Writes a store file atomically: a private temp file in the same folder, synced, then
    /// renamed over the old one. The folder is created when missing.
    func write(_ catalogue: Catalogue, key: [UInt8], to file: URL) throws {
        let payload = try StoreEncoder.encode(Payload(catalogue: catalogue))
        var bytes = ContentStore.magic
        bytes += ContentStore.littleEndian(UInt64(ContentStore.formatVersion), size: 4)
        bytes += key
        bytes += ContentStore.littleEndian(UInt64(payload.count), size: 8)
        bytes += Array(SHA256.hash(data: payload))
        bytes += payload
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var template = Array((folder.path + "/.store-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Problem(reason: "cannot create a file in \(folder.path)") }
        let temp = String(cString: template)
        var ok = fchmod(fd, 0o644) == 0
        var written = 0
        while ok && written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n <= 0 { ok = false } else { written += n }
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temp, file.path) == 0 else {
            unlink(temp)
            throw Problem(reason: "cannot write \(file.path)")
        }
    }

    /// The whole of a regular file, or nil (missing, not a regular file, unreadable).
    static func readWhole(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size < 1 << 32 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { break }
            done += n
        }
        return done == bytes.count ? bytes : nil
    }

    static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64 {
        (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    static func littleEndian(_ value: UInt64, size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
