#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Musl)
private let systemRead = Musl.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// Reads a file only when it is a regular file, so a FIFO, device or socket put where a file
/// belongs can never block or surprise the reader.
///
/// The type is checked with `stat` before opening; the file is then opened non-blocking and
/// checked again with `fstat` (the name may have been swapped in between), and at most
/// `limit + 1` bytes are read, so an endless file cannot exhaust memory.
public enum RegularFile {
    /// Why a file could not be read.
    public enum Problem: Error, Equatable, Sendable {
        /// Nothing is at the path.
        case missing
        /// The path names a folder, FIFO, device or socket; the value names which.
        case notRegular(String)
        /// A folder was expected, but the path names a file of another kind.
        case notAFolder(String)
        /// The file holds more than the limit (in bytes).
        case tooLarge(Int)
        /// Any other failure, as the system describes it (`permission denied`).
        case unreadable(String)

        /// What went wrong, in words for an error message.
        public var reason: String {
            switch self {
            case .missing: "there is no such file"
            case .notRegular(let kind): "it is not a regular file (it is \(kind))"
            case .notAFolder(let kind): "it is not a folder (it is \(kind))"
            case .tooLarge(let limit): "it is larger than the limit of \(limit) bytes"
            case .unreadable(let why): why
            }
        }
    }

    /// The file's bytes, or why they cannot be had. Symbolic links are followed unless
    /// `followingLinks` is false, when a link is refused as not a regular file.
    public static func read(_ path: String, limit: Int, followingLinks: Bool = true) -> Result<[UInt8], Problem> {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(problem(errno)) }
        if let kind = kind(of: info.st_mode) { return .failure(.notRegular(kind)) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return .failure(problem(errno)) }
        defer { _ = close(fd) }
        guard fstat(fd, &info) == 0 else { return .failure(problem(errno)) }
        if let kind = kind(of: info.st_mode) { return .failure(.notRegular(kind)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(problem(errno))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes.count > limit ? .failure(.tooLarge(limit)) : .success(bytes)
    }

    /// What a file of this mode is, when it is not a regular file: `a FIFO (named pipe)`.
    public static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a plain file"
        }
    }

    /// An `errno` as a problem.
    static func problem(_ code: Int32) -> Problem {
        switch code {
        case ENOENT: .missing
        case ELOOP: .unreadable("it is a loop of symbolic links")
        case EACCES, EPERM: .unreadable("permission denied")
        default: .unreadable(String(cString: strerror(code)).lowercased())
        }
    }
}
