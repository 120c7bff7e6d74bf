import Foundation
import PathwaysExport

/// Reads and writes session files: versioned JSON, written atomically, never over a file this
/// build cannot read (a newer version or not a session at all).
public enum SessionFile {
    /// Reads a session; a missing, unreadable, corrupt or newer file gets a clear error.
    public static func load(from url: URL) throws(SessionError) -> Session {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try decode(data, path: url.path)
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
        do {
            return try JSONDecoder().decode(Session.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .corrupt(path: path, reason: "\"\(([key] + context.codingPath.reversed()).reversed().map(\.stringValue).joined(separator: "."))\" is missing")
        } catch let DecodingError.dataCorrupted(context) {
            throw .corrupt(path: path, reason: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .corrupt(path: path, reason: "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type")
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
    }

    /// Pretty, key-sorted JSON for a session.
    public static func encode(_ session: Session) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(session)) ?? Data()) + Data("\n".utf8)
    }

    /// Saves atomically (temporary file, then rename). Replaces an earlier session file, but
    /// refuses to replace a file that is not a session this build can read.
    public static func save(_ session: Session, to url: URL) throws(SessionError) {
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                _ = try load(from: url)
            } catch {
                throw .wouldOverwrite(path: url.path, because: error)
            }
        }
        do {
            try AtomicFileWriter().write(bytes: [UInt8](encode(session)), to: url.path, overwrite: true)
        } catch {
            throw .cannotWrite(path: url.path, reason: error.description)
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
