import Foundation
import PathwaysExport
import PathwaysFiles
import PathwaysGraph

/// Reads and writes session files: versioned JSON, private to the user (`0600`), written
/// atomically, never over a file this build cannot read (a newer version or not a session).
///
/// Only a regular file is read (a FIFO or device is refused, never waited on), at most
/// `largestFile` bytes, and every value is checked against the ranges the profile form
/// allows, so a hand-edited or hostile file cannot smuggle in an age of 500 or an escape
/// sequence. Saving goes through a symbolic link to its target, and the check that the file
/// replaced is a session is made on the very file replaced (see `AtomicFileWriter`).
public enum SessionFile {
    /// The largest session file read: real ones are a few kilobytes.
    public static let largestFile = 4 * 1024 * 1024

    /// Reads a session; a missing, unreadable, corrupt or newer file gets a clear error.
    public static func load(from url: URL) throws(SessionError) -> Session {
        switch RegularFile.read(url.path, limit: largestFile) {
        case .success(let bytes): return try decode(Data(bytes), path: url.path)
        case .failure(.tooLarge(let limit)):
            throw .corrupt(path: url.path, reason: "it is larger than \(limit) bytes, far more than any session")
        case .failure(let problem): throw .unreadable(path: url.path, reason: problem.reason)
        }
    }

    /// Decodes session JSON, checking the format and version before the rest.
    public static func decode(_ data: Data, path: String) throws(SessionError) -> Session {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .corrupt(path: path, reason: "it is not JSON")
        }
        guard header.format == Session.formatName else {
            throw .corrupt(path: path, reason: "it has no \"format\": \"\(Session.formatName)\"")
        }
        guard let version = header.version, version >= 1 else { throw .corrupt(path: path, reason: "it has no version") }
        guard version <= Session.currentVersion else { throw .newerVersion(path: path, version: version) }
        var session: Session
        do {
            session = try JSONDecoder().decode(Session.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .corrupt(path: path, reason: "\"\(([key] + context.codingPath.reversed()).reversed().map(\.stringValue).joined(separator: "."))\" is missing")
        } catch let DecodingError.dataCorrupted(context) {
            throw .corrupt(path: path, reason: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .corrupt(path: path, reason: "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type")
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
        if let problem = outOfRange(session) { throw .corrupt(path: path, reason: problem) }
        // Notes are free text: control characters are removed, not refused (see the README).
        session.notes = session.notes.map { note in
            String(String.UnicodeScalarView(note.unicodeScalars.filter { !VisibleText.isHidden($0) }))
        }
        return session
    }

    /// The first value outside what the profile form and the explorer can produce, if any.
    static func outOfRange(_ session: Session) -> String? {
        if let p = session.profile {
            if !Profile.ages.contains(p.age) {
                return "\"profile.age\" is \(p.age); ages are \(Profile.ages.lowerBound) to \(Profile.ages.upperBound)"
            }
            if let initials = p.initials, initials.count > Profile.mostInitials || !initials.allSatisfy(\.isLetter) {
                return "\"profile.initials\" must be up to \(Profile.mostInitials) letters"
            }
            if let weeks = p.longestWeeks, weeks < 1 { return "\"profile.longestWeeks\" must be at least 1" }
        }
        // Notes may hold control characters: they are removed below.
        var texts = [("savedAt", session.savedAt), ("contentVersion", session.contentVersion)]
        if let plan = session.plan {
            texts += ([plan.job].compactMap { $0 } + plan.steps + plan.extraSteps).map { ("plan", $0) }
        }
        for (key, text) in texts where text.unicodeScalars.contains(where: VisibleText.isHidden) {
            return "\"\(key)\" holds a control character"
        }
        return nil
    }

    /// Pretty, key-sorted JSON for a session.
    public static func encode(_ session: Session) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(session)) ?? Data()) + Data("\n".utf8)
    }

    /// Saves atomically (temporary file, then rename), private to the user (`0600`, or the
    /// old file's stricter mode). Replaces an earlier session file (through a symbolic link,
    /// the file it points to), but refuses to replace a file that is not a session this build
    /// can read, checked on the file actually replaced.
    public static func save(_ session: Session, to url: URL) throws(SessionError) {
        let path = url.path
        do {
            try AtomicFileWriter(permissions: 0o600).write(bytes: [UInt8](encode(session)), to: path) { existing in
                (try? decode(Data(existing), path: path)) != nil
            }
        } catch .notReplaceable {
            // Say why: read it again for the reason (it may have changed since the check).
            var reason = SessionError.corrupt(path: path, reason: "it was replaced by another file while saving")
            do throws(SessionError) { _ = try load(from: url) } catch { reason = error }
            throw .wouldOverwrite(path: path, because: reason)
        } catch {
            throw .cannotWrite(path: path, reason: error.description)
        }
    }
}

/// Why a session could not be read or saved, in words an adviser can act on.
public indirect enum SessionError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case newerVersion(path: String, version: Int)
    case wouldOverwrite(path: String, because: SessionError)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read session \(path): \(reason)"
        case .corrupt(let path, let reason): "\(path) is not a readable Pathways session: \(reason)"
        case .newerVersion(let path, let version):
            "\(path) was saved by a newer Pathways (session version \(version)); this one reads up to version \(Session.currentVersion)"
        case .wouldOverwrite(let path, let because): "not saving over \(path): \(because.description)"
        case .cannotWrite(let path, let reason): "cannot save session to \(path): \(reason)"
        }
    }
}
