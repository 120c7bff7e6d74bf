import PathwaysExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the wrong-PIN lockout across restarts: a small private (0600) file, replaced
/// atomically after every PIN tried, so stopping and starting the kiosk never resets the count.
///
/// A missing file is a fresh start. A file that cannot be read or is not in its form is taken
/// as a lockout just earned (three wrong PINs, a minute), so tampering never helps a guesser.
public struct KioskLockoutFile: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    /// The lockout kept in the file, at wall-clock time `now`.
    public func load(now: Double) -> KioskLockout {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        if fd < 0 && errno == ENOENT { return KioskLockout() }
        var justLocked = KioskLockout(failures: KioskLockout.freeTries - 1)
        justLocked.recordFailure(now: now)
        guard fd >= 0 else { return justLocked }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return justLocked }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0, n < buffer.count else { return justLocked }
        return KioskLockout(fileText: String(decoding: buffer[0..<n], as: UTF8.self)) ?? justLocked
    }

    /// Writes the lockout (temporary file, then rename; permissions 0600).
    public func save(_ lockout: KioskLockout) throws(FileWriteError) {
        try AtomicFileWriter(permissions: 0o600).write(lockout.fileText, to: path, overwrite: true)
    }

    /// Why the kiosk could not keep the lockout here, or nil when it can: the folder must exist
    /// and be writable, and the file, if there, must be a writable regular file.
    public func problem() -> String? {
        let folder = path.lastIndex(of: "/").map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        var info = stat()
        if lstat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else { return "\(path) is not a regular file" }
        }
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return "the folder \(folder) does not exist" }
        guard access(folder, W_OK) == 0 else { return "the kiosk cannot write in \(folder)" }
        return nil
    }
}
