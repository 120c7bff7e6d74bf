/// Why `AtomicFileWriter` could not save a file, with a message a resident or adviser can act on.
public enum FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder to save into does not exist.
    case directoryMissing(String)
    /// Part of the folder path is a file, not a folder.
    case notADirectory(String)
    /// The folder exists but this user may not create files in it (or it is read-only).
    case notWritable(String)
    /// A file with that name is already there and `overwrite` was not asked for.
    case fileExists(String)
    /// The disk or the user's quota is full.
    case diskFull(String)
    /// The path names a folder, or has no file name at all.
    case notAFile(String)
    /// The path is a symbolic link to a file that does not exist.
    case danglingLink(String)
    /// The file there is not one this save may replace (a session is only saved over a session).
    case notReplaceable(String)
    /// Any other system error: the path, the call that failed, and `errno`.
    case system(path: String, operation: String, code: Int32)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .directoryMissing(let p), .notADirectory(let p), .notWritable(let p), .fileExists(let p),
             .diskFull(let p), .notAFile(let p), .danglingLink(let p), .notReplaceable(let p):
            p
        case .system(let p, _, _):
            p
        }
    }

    /// One sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .directoryMissing(let p):
            "The folder \(p) does not exist. Choose another folder, or create it first."
        case .notADirectory(let p):
            "\(p) is a file, not a folder. Choose a folder to save into."
        case .notWritable(let p):
            "Cannot save in \(p): the folder is read-only or you do not have permission. Choose another folder."
        case .fileExists(let p):
            "\(p) already exists and was left as it was. Choose another name, or ask to replace it."
        case .diskFull(let p):
            "The disk is full, so \(p) was not saved. Free some space or save somewhere else."
        case .notAFile(let p):
            "\(p) is not a regular file (it is a folder, pipe or device), so nothing was saved. Give a name for a file."
        case .danglingLink(let p):
            "\(p) is a link to a file that does not exist, so nothing was saved. Choose another name, or remove the link first."
        case .notReplaceable(let p):
            "\(p) is not a file this can replace, so it was left as it was. Choose another name."
        case .system(let p, let operation, let code):
            "Could not save \(p): \(operation) failed with error \(code) (\(FileWriteError.name(of: code)))."
        }
    }

    /// A short symbolic name for common error numbers, for the `.system` message.
    static func name(of code: Int32) -> String {
        switch code {
        case 1: "EPERM"
        case 2: "ENOENT"
        case 5: "EIO"
        case 13: "EACCES"
        case 17: "EEXIST"
        case 20: "ENOTDIR"
        case 21: "EISDIR"
        case 28: "ENOSPC"
        case 30: "EROFS"
        case 36: "ENAMETOOLONG"
        default: "errno \(code)"
        }
    }
}
