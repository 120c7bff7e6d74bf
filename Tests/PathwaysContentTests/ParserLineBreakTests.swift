import Foundation
@testable import PathwaysContent
import Testing

/// The screen sees lines as libyaml does, so nothing hidden after a CR, NEL or line separator
/// reaches the parser (issue 14, item 2).
@Suite("The pre-parse screen ends lines where the parser does")
struct ParserLineBreakTests {
    static let breaks: [(name: String, bytes: [UInt8])] = [
        ("CR", [0x0D]), ("CR LF", [0x0D, 0x0A]), ("NEL", [0xC2, 0x85]),
        ("LINE SEPARATOR", [0xE2, 0x80, 0xA8]), ("PARAGRAPH SEPARATOR", [0xE2, 0x80, 0xA9]),
    ]

    /// The fuzzer's 36-byte find: an alias after a comment ended by a lone CR.
    @Test func anAliasAfterACommentEndedByCR() throws {
        let bytes = Array("- id: ons\n# a comment ends here!\r*y\n".utf8)
        #expect(bytes.count == 36)
        #expect(try HostileFileTests().load(bytes) == [
            "Content/sources/bad.yaml:3:1: error: aliases ('*') are not allowed in content; write the value out in full",
        ])
    }

    /// Nested aliases used as a mapping key make the parser hash about 10^13 leaves; hidden
    /// behind a comment ended by each kind of line break, the screen still refuses them at once.
    @Test(arguments: ParserLineBreakTests.breaks.map(\.name))
    func anAliasKeyBombBehindALineBreak(_ name: String) throws {
        let br = ParserLineBreakTests.breaks.first { $0.name == name }!.bytes
        var lines = ["# looks like one long comment to a screen that knows only LF", "- id: lol",
                     "  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        var previous = "a"
        for next in ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"] {
            lines.append("  \(next): &\(next) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = next
        }
        lines.append("  z: {*\(previous) : 1, *\(previous) : 2}")
        var bytes: [UInt8] = []
        for line in lines { bytes += Array(line.utf8) + br }
        // Checked at the screen first, so a screen that misses it fails here instead of hanging.
        let problem = try #require(FileSafetyCheck.firstProblem(in: bytes, maxDepth: 64))
        #expect(problem.line == 3 && problem.column == 6)
        #expect(try HostileFileTests().load(bytes) == [
            "Content/sources/bad.yaml:3:6: error: anchors ('&') are not allowed in content; write the value out in full",
        ])
    }

    @Test(arguments: ParserLineBreakTests.breaks.map(\.name))
    func positionsCountLinesLikeTheParser(_ name: String) throws {
        let br = ParserLineBreakTests.breaks.first { $0.name == name }!.bytes
        let bytes = Array("- id: ons".utf8) + br + Array("  title: caf".utf8) + [0xE9] + br
        #expect(try HostileFileTests().load(bytes) == [
            "Content/sources/bad.yaml:2:13: error: file is not valid UTF-8 text (bad byte 0xE9)",
        ])
    }

    @Test func aByteOrderMarkBeforeTheFirstRecordLoads() throws {
        #expect(try HostileFileTests().load([0xEF, 0xBB, 0xBF] + Array(HostileFileTests.validSource.utf8)) == [])
    }

    @Test func validContentWithCRLFLineEndsStillLoads() throws {
        let crlf = HostileFileTests.validSource.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try HostileFileTests().load(Array(crlf.utf8)) == [])
    }
}
