import Crypto
import Foundation
import PathwaysGraph
#if canImport(Glibc)
import Glibc
#endif

/// One store file opened for reading: its header checked, its sections found, read and checked
/// one at a time so start-up can read the little it needs first.
///
/// Layout (little-endian):
///
///     offset  size      field
///          0     8      magic "PATHWAYS"
///          8     4      format version (`ContentStore.formatVersion`)
///         12    32      SHA-256 of the program's identity (`ContentStore.programVersion`)
///         44     4      number of sections (3)
///         48    48 × 3  per section: offset (8), length (8), SHA-256 of its bytes (32)
///        192     …      the sections, one after another, to the end of the file:
///                       `files`  the content folder's fingerprint when the store was written
///                       `front`  content info, sources, clusters and jobs (the home screen)
///                       `rest`   steps, providers, funding rules and progressions
///
/// Sections are written with `StoreWriter`. The file stays open, so a store replaced on disk
/// while one start-up is reading it (another process writing a fresh one) cannot mix two
/// stores' sections.
final class StoreFile: @unchecked Sendable {
    /// The sections, in file order.
    enum Section: Int, CaseIterable {
        case files, front, rest
    }

    static let magic = Array("PATHWAYS".utf8)
    static let headerSize = 48
    static let directoryEntrySize = 48
    static var sectionsStart: Int { headerSize + directoryEntrySize * Section.allCases.count }

    private let descriptor: Int32
    private let ranges: [(offset: Int, length: Int, digest: [UInt8])]

    /// Opens and checks the header: magic, format, program, and that the sections exactly
    /// cover the file. `ContentStore.Problem` says why a file is not usable.
    init(path: String, programKey: [UInt8]) throws(ContentStore.Problem) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw .init(reason: "no store") }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .init(reason: "no store")
        }
        let size = Int(info.st_size)
        guard let head = StoreFile.read(fd, at: 0, count: StoreFile.sectionsStart), size >= StoreFile.sectionsStart,
              Array(head[0..<8]) == StoreFile.magic
        else {
            close(fd)
            throw .init(reason: "store damaged (not a store or truncated header)")
        }
        guard StoreFile.integer(head, at: 8, size: 4) == Int(ContentStore.formatVersion) else {
            close(fd)
            throw .init(reason: "store of another format version")
        }
        guard Array(head[12..<44]) == programKey else {
            close(fd)
            throw .init(reason: "store stale (content or program changed)")
        }
        var ranges: [(Int, Int, [UInt8])] = []
        var next = StoreFile.sectionsStart
        for s in Section.allCases {
            let at = StoreFile.headerSize + s.rawValue * StoreFile.directoryEntrySize
            let offset = StoreFile.integer(head, at: at, size: 8), length = StoreFile.integer(head, at: at + 8, size: 8)
            guard offset == next, length >= 0, length <= size - offset else { break }
            ranges.append((offset, length, Array(head[(at + 16)..<(at + 48)])))
            next = offset + length
        }
        guard StoreFile.integer(head, at: 44, size: 4) == Section.allCases.count, ranges.count == Section.allCases.count,
              next == size
        else {
            close(fd)
            throw .init(reason: "store damaged (truncated)")
        }
        descriptor = fd
        self.ranges = ranges
    }

    deinit { close(descriptor) }

    /// A section's bytes, once its checksum holds.
    func bytes(of section: Section) throws(ContentStore.Problem) -> [UInt8] {
        let range = ranges[section.rawValue]
        guard let bytes = StoreFile.read(descriptor, at: range.offset, count: range.length) else {
            throw .init(reason: "store damaged (truncated)")
        }
        guard Array(SHA256.hash(data: bytes)) == range.digest else { throw .init(reason: "store damaged (checksum)") }
        return bytes
    }

    /// Decodes a section with `body`, which must read it to its end.
    func read<T>(_ section: Section, _ body: (inout StoreReader) throws -> T) throws(ContentStore.Problem) -> T {
        let bytes = try bytes(of: section)
        do {
            var reader = try StoreReader(bytes)
            let value = try body(&reader)
            guard reader.isAtEnd else { throw reader.damaged("bytes left over") }
            return value
        } catch {
            throw .init(reason: "store damaged (\(section): \(error))")
        }
    }

    /// A whole store file's bytes: header, directory and sections.
    static func bytes(programKey: [UInt8], sections: [[UInt8]]) -> [UInt8] {
        var out = magic + littleEndian(Int(ContentStore.formatVersion), size: 4) + programKey
            + littleEndian(sections.count, size: 4)
        var offset = sectionsStart
        for s in sections {
            out += littleEndian(offset, size: 8) + littleEndian(s.count, size: 8) + Array(SHA256.hash(data: s))
            offset += s.count
        }
        for s in sections { out += s }
        return out
    }

    /// Writes `bytes` to `file` atomically: a temp file in the same folder (created when
    /// missing), synced, then renamed over the old one. Stores hold no one's details, so the
    /// file is readable by all (an installed store serves every user).
    static func replace(_ file: URL, with bytes: [UInt8]) throws {
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var template = Array((folder.path + "/.store-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ContentStore.Problem(reason: "cannot create a file in \(folder.path)") }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = fchmod(fd, 0o644) == 0
        var written = 0
        while ok && written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { ok = false } else { written += n }
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temp, file.path) == 0 else {
            unlink(temp)
            throw ContentStore.Problem(reason: "cannot write \(file.path)")
        }
    }

    private static func read(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            done += n
        }
        return bytes
    }

    static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> Int {
        Int(truncatingIfNeeded: (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) })
    }

    static func littleEndian(_ value: Int, size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: Int64(value)) >> (8 * UInt64($0))) }
    }
}
