import Foundation
import PathwaysContent
import PathwaysGraph
import PathwaysTestSupport
import Testing

/// Bad input never crashes: seeded random damage to a real content file (flipped, dropped and
/// inserted bytes, truncation, YAML punctuation, control characters) always loads to a result,
/// and every finding points inside the file it names.
@Suite struct MutatedContentTests {
    static let original: [UInt8] = {
        let url = PackagePaths.content.appendingPathComponent("steps/bootcamps.yaml")
        return [UInt8]((try? Data(contentsOf: url)) ?? Data())
    }()

    static let noise: [UInt8] = Array("&*!|>-:[]{},#'\"\t\n\r\u{1B}\0%@`?".utf8) + [0xC3, 0xFF, 0xE2, 0x80]

    static func mutate(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var rng = SeededGenerator(seed: seed)
        var out = bytes
        for _ in 0..<Int.random(in: 1...8, using: &rng) where !out.isEmpty {
            let i = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: out[i] = noise.randomElement(using: &rng)!
            case 1: out.remove(at: i)
            case 2: out.insert(noise.randomElement(using: &rng)!, at: i)
            case 3: out.insert(contentsOf: out[i..<min(out.count, i + 40)], at: i)
            default: out = Array(out[..<i])
            }
        }
        return out
    }

    @Test(arguments: 1...200)
    func damagedFilesLoadWithoutCrashing(seed: Int) throws {
        #expect(!Self.original.isEmpty)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let steps = content.appendingPathComponent("steps")
        try FileManager.default.createDirectory(at: steps, withIntermediateDirectories: true)
        try Data("title: T\nversion: \"1\"\ndate: \"2026\"\n".utf8).write(to: content.appendingPathComponent("content.yaml"))
        let damaged = Self.mutate(Self.original, seed: UInt64(seed))
        try Data(damaged).write(to: steps.appendingPathComponent("bootcamps.yaml"))
        let loaded = ContentLoader().load(from: content)
        // YAML counts a lone carriage return as a line break too.
        let loneCRs = zip(damaged, damaged.dropFirst() + [0]).filter { $0 == 13 && $1 != 10 }.count
        let lineCount = damaged.filter { $0 == UInt8(ascii: "\n") }.count + loneCRs + 1
        for d in loaded.diagnostics where d.file.hasSuffix("bootcamps.yaml") {
            #expect(d.line >= 0 && d.line <= lineCount + 1, "seed \(seed): \(d)")
            #expect(!d.message.isEmpty)
            #expect(!d.description.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F },
                    "a finding must not echo control characters: \(d)")
        }
    }
}
