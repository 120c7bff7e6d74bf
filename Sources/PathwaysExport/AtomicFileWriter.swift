#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Saves a file so that readers see either the old state or the whole new file, never a part.
///
/// Used by the CLI, the explorer and session saving. The bytes go to a hidden temporary file
/// in the target folder (`.NAME.tmp-XXXXXX`, made by `mkstemp`), which is flushed with
/// `fsync` and then moved into place; the folder is then synced so the new name survives a
/// power cut. On any failure the temporary file is removed.
///
/// **Never overwriting.** Without `overwrite`, the temporary file is published with `link(2)`,
/// which fails with `EEXIST` if the name exists, atomically: there is no window between a check
/// and the move in which another process's new file could be replaced. The temporary name is
/// unlinked afterwards. Only on file systems without hard links (`EPERM`, `ENOTSUP`, e.g.
/// FAT on a USB stick) does it fall back to checking with `lstat` and then `rename(2)`; there, a
/// file created by someone else in the microseconds between the two calls could be replaced.
/// With `overwrite`, `rename(2)` replaces the old file atomically.
public struct AtomicFileWriter: Sendable {
    /// Permission bits of the new file (default `0o644`; use `0o600` for private session files).
    public var permissions: UInt32
    /// For tests: when set, writing the bytes fails with this `errno` (e.g. `ENOSPC`).
    var simulatedWriteError: Int32?

    public init(permissions: UInt32 = 0o644) {
        self.permissions = permissions
    }

    /// Writes `text` as UTF-8 to `path`. Throws `FileWriteError.fileExists` when the file is
    /// there and `overwrite` is false; the existing file is never touched in that case.
    public func write(_ text: String, to path: String, overwrite: Bool = false) throws(FileWriteError) {
        try write(bytes: Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes `bytes` to `path`; see `write(_:to:overwrite:)`.
    public func write(bytes: [UInt8], to path: String, overwrite: Bool = false) throws(FileWriteError) {
        let (directory, name) = AtomicFileWriter.split(path)
        guard !name.isEmpty, name != ".", name != ".." else { throw .notAFile(path) }
        try checkDirectory(directory)
        var existing = stat()
        if lstat(path, &existing) == 0 {
            if (existing.st_mode & S_IFMT) == S_IFDIR { throw .notAFile(path) }
            if !overwrite { throw .fileExists(path) }
        }

        var template = Array((directory + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "mkstemp") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var open = true
        do throws(FileWriteError) {
            if fchmod(fd, mode_t(permissions)) != 0 {
                throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "fchmod")
            }
            try writeAll(bytes, to: fd, path: path, directory: directory)
            if fsync(fd) != 0 { throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "fsync") }
            open = false
            if close(fd) != 0 { throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "close") }
            try publish(temporary, as: path, directory: directory, overwrite: overwrite)
        } catch {
            if open { _ = close(fd) }
            _ = unlink(temporary)
            throw error
        }
        AtomicFileWriter.syncDirectory(directory)
    }

    // MARK: Steps

    private func checkDirectory(_ directory: String) throws(FileWriteError) {
        var info = stat()
        guard stat(directory, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT: throw .directoryMissing(directory)
            case ENOTDIR: throw .notADirectory(directory)
            case EACCES: throw .notWritable(directory)
            default: throw .system(path: directory, operation: "stat", code: code)
            }
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notADirectory(directory) }
    }

    private func writeAll(_ bytes: [UInt8], to fd: Int32, path: String, directory: String) throws(FileWriteError) {
        if let code = simulatedWriteError {
            throw AtomicFileWriter.error(code, path: path, directory: directory, operation: "write")
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "write")
            }
            offset += written
        }
    }

    private func publish(_ temporary: String, as path: String, directory: String, overwrite: Bool)
        throws(FileWriteError)
    {
        if overwrite {
            guard rename(temporary, path) == 0 else {
                throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "rename")
            }
            return
        }
        if link(temporary, path) == 0 {
            _ = unlink(temporary)
            return
        }
        let code = errno
        switch code {
        case EEXIST:
            throw .fileExists(path)
        case EPERM, EOPNOTSUPP, EMLINK, EXDEV:
            // No hard links here: check, then rename (see the type's documentation for the race).
            var info = stat()
            if lstat(path, &info) == 0 { throw .fileExists(path) }
            guard rename(temporary, path) == 0 else {
                throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "rename")
            }
        default:
            throw AtomicFileWriter.error(code, path: path, directory: directory, operation: "link")
        }
    }

    // MARK: Helpers

    /// The folder and the file name of a path; the folder is `.` when the path has none.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// Maps an `errno` to the error a person can act on.
    static func error(_ code: Int32, path: String, directory: String, operation: String) -> FileWriteError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: .diskFull(path)
        case EACCES, EPERM, EROFS: .notWritable(directory)
        case ENOENT: .directoryMissing(directory)
        case ENOTDIR: .notADirectory(directory)
        case EEXIST: .fileExists(path)
        case EISDIR: .notAFile(path)
        default: .system(path: path, operation: operation, code: code)
        }
    }

    /// Flushes the folder entry so the rename is durable. Best effort: some file systems refuse.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }
}
