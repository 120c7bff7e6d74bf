import Foundation
import PathwaysContent
import PathwaysGraph
import PathwaysKiosk
import PathwaysSession

/// A function of arbitrary bytes that must never crash, hang or trap: the fuzzer feeds it
/// mutated inputs, and the corpus tests replay every saved input through it.
///
/// Each target also checks a property where there is one (a session that reads writes back
/// to the same session), so a wrong answer counts as a crash, not only a trap.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The content loader, from the pre-parse screen through validation to routes and plan
    /// totals on anything that validates.
    case content
    /// The session reader: `SessionFile.decode`, with a save-and-read-back round trip.
    case session
    /// The kiosk config parser, with a PIN replacement round trip.
    case kioskConfig = "kiosk-config"

    /// Runs one input.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .content: FuzzTarget.content(bytes)
        case .session: FuzzTarget.session(bytes)
        case .kioskConfig: FuzzTarget.kioskConfig(bytes)
        }
    }

    /// The line that separates record files in a content input: `#%`, a YAML comment.
    public static let fileSeparator: [UInt8] = Array("\n#%\n".utf8)

    /// Splits a content input into one file per record kind, in `RecordKind.allCases` order
    /// (sources, clusters, jobs, steps, providers, funding).
    public static func recordFiles(_ bytes: [UInt8]) -> [RecordKind: [UInt8]] {
        var parts: [ArraySlice<UInt8>] = []
        var rest = bytes[...]
        while parts.count < RecordKind.allCases.count - 1, let cut = firstSeparator(in: rest) {
            parts.append(rest[rest.startIndex..<cut])
            rest = rest[(cut + fileSeparator.count)...]
        }
        parts.append(rest)
        var files: [RecordKind: [UInt8]] = [:]
        for (kind, part) in zip(RecordKind.allCases, parts) where !part.isEmpty { files[kind] = Array(part) }
        return files
    }

    private static func firstSeparator(in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= fileSeparator.count else { return nil }
        var k = bytes.startIndex
        while k + fileSeparator.count <= bytes.endIndex {
            if bytes[k] == fileSeparator[0] && bytes[k..<(k + fileSeparator.count)].elementsEqual(fileSeparator) { return k }
            k += 1
        }
        return nil
    }

    private static func content(_ bytes: [UInt8]) {
        let loaded = ContentLoader().load(records: recordFiles(bytes))
        for diagnostic in loaded.diagnostics { _ = diagnostic.description }
        guard loaded.isClean else { return }
        // Content that validates must never trap in the engine: routes, costings and totals.
        let graph = loaded.graph
        let profile = Profile(age: 19)
        let advice = FundingAdvice(graph: graph, profile: profile)
        for job in graph.jobs.prefix(4) {
            for route in graph.routes(from: profile.startingPoint, to: job.id, limit: 3) {
                _ = route.steps.reduce(0) { $0 + advice.costing(for: $1).costToLearner }
            }
        }
        // A plan holding every step at once, as the explorer totals it.
        _ = graph.steps.reduce(0) { $0 + $1.weeks }
        _ = graph.steps.reduce(0) { $0 + $1.cost }
    }

    private static func session(_ bytes: [UInt8]) {
        guard let session = try? SessionFile.decode(Data(bytes), path: "fuzz.json") else { return }
        let again = try? SessionFile.decode(SessionFile.encode(session), path: "fuzz.json")
        guard again == session else { fatalError("a session that reads did not read back the same after saving: \(session)") }
    }

    private static func kioskConfig(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? KioskConfig.parse(text, file: "kiosk.conf", allowingOldPIN: true)
        guard let config = try? KioskConfig.parse(text, file: "kiosk.conf"), let pin = config.pin else { return }
        let replaced = try? KioskConfig.parse(KioskConfig.replacingPIN(in: text, with: pin), file: "kiosk.conf")
        guard replaced == config else { fatalError("replacing the PIN changed the rest of the config") }
    }
}
