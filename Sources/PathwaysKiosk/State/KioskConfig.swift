import PathwaysTerminalCore

import PathwaysExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kiosk's settings file: `key = value` lines, `#` comments and blank lines ignored.
///
///     pin_hash = 64 hex digits (SHA-256 of salt and PIN; written by `pathways kiosk --set-pin`)
///     pin_salt = hex digits (the salt; written with the hash)
///     spool = /var/spool/pathways      (absolute folder where saved pathways go)
///     print_command = lp -d foyer      (split on spaces, run without a shell; the slip arrives on stdin)
///     idle_timeout = 120               (seconds without a key before "Are you still there?")
///
/// Unknown keys, repeated keys and bad values are errors, reported as `FILE:LINE: error: ...`.
public struct KioskConfig: Sendable, Hashable {
    /// The default place: `$PATHWAYS_KIOSK_CONFIG`, else this.
    public static let defaultPath = "/etc/pathways/kiosk.conf"
    /// Every key the file may hold.
    public static let keys = ["pin_hash", "pin_salt", "spool", "print_command", "idle_timeout"]

    public var pin: KioskPIN?
    public var spool: String?
    /// The print program and its arguments; nil when printing is not set up.
    public var printCommand: [String]?
    /// Seconds of no input before the "Are you still there?" countdown.
    public var idleTimeout: Int?

    public init(pin: KioskPIN? = nil, spool: String? = nil, printCommand: [String]? = nil, idleTimeout: Int? = nil) {
        self.pin = pin
        self.spool = spool
        self.printCommand = printCommand
        self.idleTimeout = idleTimeout
    }

    /// A config error with its place: `FILE:LINE: error: MESSAGE` (no line for whole-file problems).
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
    }

    /// Reads and parses the file at `path`.
    public static func load(from path: String) throws(Problem) -> KioskConfig {
        guard let text = readText(path) else {
            throw Problem(file: path, line: nil, message: "cannot read the kiosk config: \(String(cString: strerror(errno)))")
        }
        return try parse(text, file: path)
    }

    /// Parses the text of a config file; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(Problem) -> KioskConfig {
        var config = KioskConfig()
        var seen: [String: Int] = [:]
        var hash: (bytes: [UInt8], line: Int)?
        var salt: (bytes: [UInt8], line: Int)?
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = index + 1
            let content = raw.trimmingSpaces
            if content.isEmpty || content.hasPrefix("#") { continue }
            func fail(_ message: String) -> Problem { Problem(file: file, line: line, message: message) }
            guard let equals = content.firstIndex(of: "=") else { throw fail("expected 'key = value', found '\(content)'") }
            let key = content[..<equals].trimmingSpaces
            let value = content[content.index(after: equals)...].trimmingSpaces
            guard keys.contains(key) else {
                throw fail("unknown key '\(key)'; the keys are pin_hash, pin_salt, spool, print_command and idle_timeout")
            }
            if let first = seen[key] { throw fail("'\(key)' is set twice (first on line \(first))") }
            seen[key] = line
            guard !value.isEmpty else { throw fail("'\(key)' has no value") }
            switch key {
            case "pin_hash":
                guard value.count == 64, let bytes = Hex.decode(value) else { throw fail("pin_hash must be 64 hex digits") }
                hash = (bytes, line)
            case "pin_salt":
                guard value.count >= 16, let bytes = Hex.decode(value) else {
                    throw fail("pin_salt must be at least 16 hex digits (an even number)")
                }
                salt = (bytes, line)
            case "spool":
                guard value.hasPrefix("/") else { throw fail("spool must be an absolute folder path, not '\(value)'") }
                config.spool = value
            case "print_command":
                guard !value.contains(where: { "\"'\\`$;|&<>".contains($0) }) else {
                    throw fail("print_command is run without a shell: quotes, $, ;, |, &, < and > are not allowed")
                }
                config.printCommand = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            default:
                guard let seconds = Int(value), (1...86_400).contains(seconds) else {
                    throw fail("idle_timeout must be a whole number of seconds from 1 to 86400, not '\(value)'")
                }
                config.idleTimeout = seconds
            }
        }
        switch (hash, salt) {
        case let (h?, s?): config.pin = KioskPIN(hash: h.bytes, salt: s.bytes)
        case let (h?, nil): throw Problem(file: file, line: h.line, message: "pin_hash is set but pin_salt is not")
        case let (nil, s?): throw Problem(file: file, line: s.line, message: "pin_salt is set but pin_hash is not")
        case (nil, nil): break
        }
        return config
    }

    /// The config text with `pin` in place of any PIN lines, keeping every other line as it was.
    public static func replacingPIN(in text: String, with pin: KioskPIN) -> String {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        lines.removeAll { line in
            let content = Substring(line).trimmingSpaces
            guard let equals = content.firstIndex(of: "=") else { return false }
            let key = content[..<equals].trimmingSpaces
            return key == "pin_hash" || key == "pin_salt"
        }
        lines.append("pin_hash = \(Hex.encode(pin.hash))")
        lines.append("pin_salt = \(Hex.encode(pin.salt))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Sets the PIN in the file at `path` (creating the file, and its folder, when missing):
    /// written atomically with permissions 0600.
    public static func savePIN(_ pin: KioskPIN, to path: String) throws(Problem) {
        var existing = ""
        if access(path, F_OK) == 0 {
            guard let text = readText(path) else {
                throw Problem(file: path, line: nil, message: "cannot read the kiosk config: \(String(cString: strerror(errno)))")
            }
            _ = try parse(text, file: path)
            existing = text
        } else if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            let folder = String(path[..<slash])
            if access(folder, F_OK) != 0 && mkdir(folder, 0o755) != 0 {
                throw Problem(file: path, line: nil, message: "cannot create the folder \(folder): \(String(cString: strerror(errno)))")
            }
        }
        do {
            try AtomicFileWriter(permissions: 0o600).write(replacingPIN(in: existing, with: pin), to: path, overwrite: true)
        } catch {
            throw Problem(file: path, line: nil, message: error.description)
        }
    }

    private static func readText(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            bytes += buffer[0..<n]
            if bytes.count > 65_536 { errno = EFBIG; return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and carriage returns.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
