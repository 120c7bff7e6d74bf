#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists a folder, telling "not there" apart from "there but unreadable", which a plain
/// directory listing that returns nothing on any error cannot.
public enum Folder {
    /// The names in the folder (without `.` and `..`), in no particular order; `.missing` when
    /// nothing is at the path, and another problem when it is not a folder, cannot be read, or
    /// is a symbolic link to nothing.
    public static func names(in path: String) -> Result<[String], RegularFile.Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT && lstat(path, &info) == 0 { return .failure(.unreadable("it is a link to a folder that does not exist")) }
            return .failure(RegularFile.problem(code))
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return .failure(.notAFolder(RegularFile.kind(of: info.st_mode) ?? "a file"))
        }
        guard let directory = opendir(path) else { return .failure(RegularFile.problem(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(RegularFile.problem(errno)) }
                return .success(names)
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }
}
