import PathwaysExport
import PathwaysGraph
import PathwaysTerminalCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Carries out "print or save this pathway" for the kiosk session.
public protocol KioskSharing {
    /// Prints or saves the pathway; returns the sentence to show the visitor.
    /// Throws `KioskShareError` for failures to explain; anything else is unexpected.
    func share(_ request: KioskShareRequest, graph: PathwayGraph) throws -> String
}

/// Why a pathway could not be printed or saved, in words for the visitor.
public enum KioskShareError: Error, Sendable, Hashable, CustomStringConvertible {
    case notSetUp
    case notSaved(FileWriteError)
    case notPrinted(String)

    public var description: String {
        switch self {
        case .notSetUp: "Sorry, printing and saving are not set up on this kiosk. Please ask a member of staff."
        case .notSaved: "Sorry, your pathway could not be saved. Please ask a member of staff."
        case .notPrinted: "Sorry, your pathway could not be printed. Please ask a member of staff."
        }
    }
}

/// The real sharer: saves into the spool folder under a generated name with `AtomicFileWriter`
/// (never overwriting, never a name the visitor typed), or sends the print slip to the print
/// command's standard input.
public struct KioskSharer: KioskSharing {
    public var spool: String?
    public var printer: KioskPrinter?
    /// The local time now; a parameter so tests can pin it.
    public var wallClock: @Sendable () -> tm

    public init(spool: String?, printer: KioskPrinter?, wallClock: @escaping @Sendable () -> tm = KioskSharer.localTime) {
        self.spool = spool
        self.printer = printer
        self.wallClock = wallClock
    }

    public func share(_ request: KioskShareRequest, graph: PathwayGraph) throws -> String {
        let time = wallClock()
        let document = PathwayDocument(route: request.route.route, graph: graph, startingPoint: request.startingPoint,
                                       costings: request.route.costings, generatedAt: KioskSharer.stamp(time, printable: true))
        switch request.method {
        case .print:
            guard let printer else { throw KioskShareError.notSetUp }
            do {
                try printer.print(Exporter.render(document, as: .text))
            } catch {
                throw KioskShareError.notPrinted(error.description)
            }
            return "Your pathway has been printed. Please collect it from the printer."
        case .saveWebPage, .saveSlip:
            guard let spool else { throw KioskShareError.notSetUp }
            let format: ExportFormat = request.method == .saveWebPage ? .html : .text
            let text = Exporter.render(document, as: format)
            var attempt = 0
            while true {
                let name = KioskSharer.fileName(time, format: format)
                do {
                    try AtomicFileWriter(permissions: 0o640).write(text, to: spool + "/" + name)
                    return "Your pathway has been saved as \(name). A member of staff can print it or send it to you."
                } catch .fileExists where attempt < 8 {
                    attempt += 1
                } catch {
                    throw KioskShareError.notSaved(error)
                }
            }
        }
    }

    /// `pathway-20261123-101502-3f9a.html`: the time and four random hex digits.
    static func fileName(_ time: tm, format: ExportFormat) -> String {
        let random = Hex.encode([UInt8.random(in: 0...255), UInt8.random(in: 0...255)])
        return "pathway-\(stamp(time, printable: false))-\(random).\(format.fileExtension)"
    }

    /// `20261123-101502`, or `2026-11-23 10:15` when printable.
    static func stamp(_ t: tm, printable: Bool) -> String {
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(t.tm_year + 1900)
        if printable { return "\(year)-\(two(t.tm_mon + 1))-\(two(t.tm_mday)) \(two(t.tm_hour)):\(two(t.tm_min))" }
        return "\(year)\(two(t.tm_mon + 1))\(two(t.tm_mday))-\(two(t.tm_hour))\(two(t.tm_min))\(two(t.tm_sec))"
    }

    /// The local time now.
    @Sendable public static func localTime() -> tm {
        var now = time(nil)
        var result = tm()
        localtime_r(&now, &result)
        return result
    }
}
