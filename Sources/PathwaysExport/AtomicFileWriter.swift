#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import CRename
import PathwaysFiles

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Saves a file so that readers see either the old state or the whole new file, never a part.
///
/// Used by the CLI, the explorer, the kiosk and session saving. The bytes go to a hidden
/// temporary file beside the target (`.NAME.tmp-XXXXXX`, made by `mkstemp`), which is flushed
/// with `fsync` and then moved into place; the folder is then synced so the new name survives
/// a power cut. On any failure the temporary file is removed.
///
/// **Private by default.** New files get `permissions` (default `0o600`: anything about a
/// resident stays theirs); a replaced file keeps any stricter mode it had (the new mode is
/// the intersection of the two), so re-saving never widens who can read it.
///
/// **Through symbolic links.** Saving to a symbolic link writes the file it points to (the
/// temporary file goes beside the target and is renamed onto it), so the link survives and
/// the real file is the one updated. A link to nothing is refused (`danglingLink`) rather than
/// replaced by a file or followed to create one somewhere unexpected.
///
/// **Never overwriting.** Without `overwrite`, the temporary file is published with `link(2)`,
/// which fails with `EEXIST` if the name exists, atomically. On file systems without hard
/// links (`EPERM`, `ENOTSUP`, e.g. FAT on a USB stick) it falls back to checking with `lstat`
/// and then `rename(2)`; there, a file created by someone else in the microseconds between the
/// two calls could be replaced.
///
/// **Replacing only a file of one kind.** `write(bytes:to:replacingOnly:)` replaces the file
/// only when it passes a check (a session file is only saved over another session file), and
/// the check is made on the very file replaced: the new file is swapped in with
/// `renameat2(RENAME_EXCHANGE)`, the file it displaced is checked, and if it fails (someone
/// swapped another file in after the first look) the swap is undone, so that file is never
/// lost. Where the file system cannot exchange names it falls back to checking just before
/// `rename(2)`.
public struct AtomicFileWriter: Sendable {
    /// Permission bits of a new file (default `0o600`); a replaced file keeps a stricter mode.
    public var permissions: UInt32
    /// For tests: when set, writing the bytes fails with this `errno` (e.g. `ENOSPC`).
    var simulatedWriteError: Int32?
    /// For tests: runs after the temporary file is written and before it is published, to
    /// stage a race (another process swapping a file in).
    var beforePublish: (@Sendable () -> Void)?

    /// Largest existing file read to check it before replacing it.
    static let checkLimit = 16 * 1024 * 1024

    public init(permissions: UInt32 = 0o600) {
        self.permissions = permissions
    }

    /// When an existing file may be replaced.
    enum Replacing {
        case never, always
        case only((_ existing: [UInt8]) -> Bool)
    }

    /// Writes `text` as UTF-8 to `path`. Throws `FileWriteError.fileExists` when the file is
    /// there and `overwrite` is false; the existing file is never touched in that case.
    public func write(_ text: String, to path: String, overwrite: Bool = false) throws(FileWriteError) {
        try write(bytes: Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes `bytes` to `path`; see `write(_:to:overwrite:)`.
    public func write(bytes: [UInt8], to path: String, overwrite: Bool = false) throws(FileWriteError) {
        try save(bytes, to: path, overwrite ? .always : .never)
    }

    /// Writes `bytes` to `path`, replacing a file already there only when `replaceable` holds
    /// for its contents, checked on the file actually replaced (see the type's documentation).
    /// Throws `FileWriteError.notReplaceable` otherwise, leaving that file as it was.
    public func write(bytes: [UInt8], to path: String, replacingOnly replaceable: @escaping (_ existing: [UInt8]) -> Bool) throws(FileWriteError) {
        try save(bytes, to: path, .only(replaceable))
    }

    private func save(_ bytes: [UInt8], to path: String, _ replacing: Replacing) throws(FileWriteError) {
        let target = try AtomicFileWriter.resolve(path)
        let (directory, name) = AtomicFileWriter.split(target)
        guard !name.isEmpty, name != ".", name != ".." else { throw .notAFile(path) }
        try checkDirectory(directory)
        var mode = mode_t(permissions)
        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists {
            if (existing.st_mode & S_IFMT) != S_IFREG { throw .notAFile(path) }
            switch replacing {
            case .never: throw .fileExists(path)
            case .always: break
            case .only(let replaceable):
                guard AtomicFileWriter.holds(replaceable, at: target) else { throw .notReplaceable(path) }
            }
            mode &= existing.st_mode & 0o7777
        }

        var template = Array((directory + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "mkstemp") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var open = true
        var ours = stat()
        _ = fstat(fd, &ours)
        do throws(FileWriteError) {
            if fchmod(fd, mode) != 0 {
                throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "fchmod")
            }
            try writeAll(bytes, to: fd, path: path, directory: directory)
            if fsync(fd) != 0 { throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "fsync") }
            open = false
            if close(fd) != 0 { throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "close") }
            beforePublish?()
            switch replacing {
            case .never: try publishNew(temporary, as: target, shown: path, directory: directory)
            case .always: try publishOver(temporary, as: target, shown: path, directory: directory)
            case .only(let replaceable):
                try publishChecked(temporary, as: target, shown: path, directory: directory, replaceable)
            }
        } catch {
            if open { _ = close(fd) }
            // Remove the temporary name only while it still holds this save's file: after an
            // undone exchange in a race it may hold someone else's, which is left alone.
            var now = stat()
            if lstat(temporary, &now) == 0 && now.st_ino == ours.st_ino && now.st_dev == ours.st_dev { _ = unlink(temporary) }
            throw error
        }
        AtomicFileWriter.syncDirectory(directory)
    }

    // MARK: Steps

    /// The path to write: `path` itself, or the file a symbolic link at `path` points to.
    static func resolve(_ path: String) throws(FileWriteError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            if errno == ENOENT { throw .danglingLink(path) }
            throw .system(path: path, operation: "realpath", code: errno)
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

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

    /// Publishes under a name that must not exist yet.
    private func publishNew(_ temporary: String, as target: String, shown path: String, directory: String) throws(FileWriteError) {
        if link(temporary, target) == 0 {
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
            if lstat(target, &info) == 0 { throw .fileExists(path) }
            guard rename(temporary, target) == 0 else {
                throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "rename")
            }
        default:
            throw AtomicFileWriter.error(code, path: path, directory: directory, operation: "link")
        }
    }

    /// Publishes over whatever is there.
    private func publishOver(_ temporary: String, as target: String, shown path: String, directory: String) throws(FileWriteError) {
        guard rename(temporary, target) == 0 else {
            throw AtomicFileWriter.error(errno, path: path, directory: directory, operation: "rename")
        }
    }

    /// Publishes over a file only if the file displaced passes the check; see the type's
    /// documentation.
    private func publishChecked(
        _ temporary: String, as target: String, shown path: String, directory: String, _ replaceable: ([UInt8]) -> Bool
    ) throws(FileWriteError) {
        for _ in 0..<3 {
            if pathways_rename_noreplace(temporary, target) == 0 { return }
            var code = errno
            if code == EEXIST {
                guard pathways_rename_exchange(temporary, target) == 0 else {
                    code = errno
                    if code == ENOENT { continue }   // the file went in between: publish as new
                    if code == EINVAL || code == ENOSYS || code == EOPNOTSUPP { break }
                    throw AtomicFileWriter.error(code, path: path, directory: directory, operation: "renameat2")
                }
                // `temporary` now names the file displaced: keep it only if it may be replaced.
                if AtomicFileWriter.holds(replaceable, at: temporary) {
                    _ = unlink(temporary)
                    return
                }
                if pathways_rename_exchange(temporary, target) != 0 {
                    throw .system(path: path, operation: "renameat2 (undoing a save over a file that changed)", code: errno)
                }
                throw .notReplaceable(path)
            }
            if code == EINVAL || code == ENOSYS || code == EOPNOTSUPP { break }
            throw AtomicFileWriter.error(code, path: path, directory: directory, operation: "renameat2")
        }
        // The file system cannot exchange names: check once more, then rename.
        var info = stat()
        if lstat(target, &info) == 0 && !AtomicFileWriter.holds(replaceable, at: target) { throw .notReplaceable(path) }
        try publishOver(temporary, as: target, shown: path, directory: directory)
    }

    /// True when `path` is a regular file (not followed if a link) whose contents pass the check.
    static func holds(_ replaceable: ([UInt8]) -> Bool, at path: String) -> Bool {
        guard case .success(let bytes) = RegularFile.read(path, limit: checkLimit, followingLinks: false) else { return false }
        return replaceable(bytes)
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
