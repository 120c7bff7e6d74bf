import Foundation
import PathwaysExport
import PathwaysGraph

/// The real sharer: saves into the spool folder under a generated name with `AtomicFileWriter`
/// (never overwriting, never a name the visitor typed), or sends the print slip to the print
/// command's standard input.
public struct KioskSharer: KioskSharing {
    public var spool: String?
    public var printer: KioskPrinter?
    /// Now; a parameter so tests can pin it.
    public var wallClock: @Sendable () -> Date

    public init(spool: String?, printer: KioskPrinter?, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.spool = spool
        self.printer = printer
        self.wallClock = wallClock
    }

    public func share(_ request: KioskShareRequest, graph: PathwayGraph) throws -> String {
        let time = wallClock()
        let document = PathwayDocument(route: request.route.route, graph: graph, startingPoint: request.startingPoint,
                                       costings: request.route.costings, generatedAt: Timestamp.printed(time))
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
    static func fileName(_ time: Date, format: ExportFormat) -> String {
        let random = Hex.encode([UInt8.random(in: 0...255), UInt8.random(in: 0...255)])
        return "pathway-\(Timestamp.compact(time))-\(random).\(format.fileExtension)"
    }
}
