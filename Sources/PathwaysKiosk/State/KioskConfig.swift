import PathwaysExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kiosk's settings file: `key = value` lines, `#` comments and blank lines ignored.
///
///     pin_hash = 64 hex digits (scrypt of PIN and salt; written by `pathways kiosk --set-pin`)
///     pin_salt = hex digits (the salt; written with the hash)
///     pin_kdf = scrypt N=32768 r=8 p=1 (the hash's cost; written with the hash)
///     lockout_file = /var/lib/pathways/kiosk.lockout (wrong-PIN lockout kept across restarts;
///                    default `kiosk.lockout` beside the config file)
///     spool = /var/spool/pathways      (absolute folder where saved pathways go)
///     print_command = lp -d foyer      (split on spaces, run without a shell; the slip arrives on stdin)
///     idle_timeout = 120               (seconds without a key before "Are you still there?")
///
/// Unknown keys, repeated keys and bad values are errors, reported as `FILE:LINE: error: ...`.
/// A PIN hash without `pin_kdf` is the old single SHA-256, quick to guess offline: it is
/// refused (the PIN is not known, so it cannot be converted) and `--set-pin` replaces it.
public struct KioskConfig: Sendable, Hashable {
    /// The default place: `$PATHWAYS_KIOSK_CONFIG`, else this.
    public static let defaultPath = "/etc/pathways/kiosk.conf"
    /// Every key the file may hold.
    public static let keys = ["pin_hash", "pin_salt", "pin_kdf", "spool", "print_command", "idle_timeout", "lockout_file"]
    /// The lockout file's name beside the config when `lockout_file` is not set.
    public static let defaultLockoutName = "kiosk.lockout"

    public var pin: KioskPIN?
    public var spool: String?
    /// The print program and its arguments; nil when printing is not set up.
    public var printCommand: [String]?
    /// Seconds of no input before the "Are you still there?" countdown.
    public var idleTimeout: Int?
    /// Where the wrong-PIN lockout is kept; nil for the default beside the config.
    public var lockoutFile: String?

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

    /// The lockout file for a config at `path`: `lockout_file`, else `kiosk.lockout` in the same folder.
    public func lockoutPath(configPath path: String) -> String {
        if let lockoutFile { return lockoutFile }
        guard let slash = path.lastIndex(of: "/") else { return KioskConfig.defaultLockoutName }
        return String(path[...slash]) + KioskConfig.defaultLockoutName
    }

    /// Parses the text of a config file; `file` names it in errors. With `allowingOldPIN` an
    /// old SHA-256 PIN hash is passed over (no PIN) instead of refused: `--set-pin` replaces it.
    public static func parse(_ text: String, file: String, allowingOldPIN: Bool = false) throws(Problem) -> KioskConfig {
        var config = KioskConfig()
        var seen: [String: Int] = [:]
        var hash: (bytes: [UInt8], line: Int)?
        var salt: (bytes: [UInt8], line: Int)?
        var cost: (cost: KioskPIN.Cost, line: Int)?
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = index + 1
            let content = raw.trimmingSpaces
            if content.isEmpty || content.hasPrefix("#") { continue }
            func fail(_ message: String) -> Problem { Problem(file: file, line: line, message: message) }
            guard let equals = content.firstIndex(of: "=") else { throw fail("expected 'key = value', found '\(content)'") }
            let key = content[..<equals].trimmingSpaces
            let value = content[content.index(after: equals)...].trimmingSpaces
            guard keys.contains(key) else {
                throw fail("unknown key '\(key)'; the keys are \(keys.dropLast().joined(separator: ", ")) and \(keys.last!)")
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
            case "pin_kdf":
                guard let parsed = KioskPIN.Cost(config: value) else {
                    throw fail("pin_kdf must be 'scrypt N=… r=… p=…' with N a power of two from 2^15 to 2^20, r from 8 to 16 "
                               + "and p from 1 to 4 (as --set-pin writes it), not '\(value)'")
                }
                cost = (parsed, line)
            case "lockout_file":
                guard value.hasPrefix("/"), !value.hasSuffix("/") else {
                    throw fail("lockout_file must be an absolute file path, not '\(value)'")
                }
                config.lockoutFile = value
            case "spool":
                guard value.hasPrefix("/") else { throw fail("spool must be an absolute folder path, not '\(value)'") }
                config.spool = value
            case "print_command":
                guard let command = KioskPrinter.arguments(value) else {
                    throw fail("print_command is run without a shell: quotes, $, ;, |, &, < and > are not allowed")
                }
                config.printCommand = command
            default:
                guard let seconds = Int(value), (1...86_400).contains(seconds) else {
                    throw fail("idle_timeout must be a whole number of seconds from 1 to 86400, not '\(value)'")
                }
                config.idleTimeout = seconds
            }
        }
        switch (hash, salt, cost) {
        case let (h?, s?, c?): config.pin = KioskPIN(hash: h.bytes, salt: s.bytes, cost: c.cost)
        case let (h?, _?, nil):
            guard allowingOldPIN else {
                throw Problem(file: file, line: h.line, message: "this PIN hash is the old kind (one SHA-256, quick to guess); "
                              + "set the PIN again with 'pathways kiosk --set-pin --config \(file)'")
            }
        case let (h?, nil, _): throw Problem(file: file, line: h.line, message: "pin_hash is set but pin_salt is not")
        case let (nil, s?, _): throw Problem(file: file, line: s.line, message: "pin_salt is set but pin_hash is not")
        case let (nil, nil, c?): throw Problem(file: file, line: c.line, message: "pin_kdf is set but pin_hash is not")
        case (nil, nil, nil): break
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
            return key == "pin_hash" || key == "pin_salt" || key == "pin_kdf"
        }
        lines.append("pin_hash = \(Hex.encode(pin.hash))")
        lines.append("pin_salt = \(Hex.encode(pin.salt))")
        lines.append("pin_kdf = \(pin.cost)")
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
            _ = try parse(text, file: path, allowingOldPIN: true)
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
