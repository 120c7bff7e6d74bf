import Foundation
import PathwaysExport
import Testing

/// One way of writing times: on exports, in generated file names and in sessions.
@Suite struct TimestampTests {
    /// 2026-03-02 14:05:09 UTC.
    let instant = Date(timeIntervalSince1970: 1_772_460_309)

    @Test func printedCompactAndISO() {
        let utc = TimeZone(identifier: "UTC")!
        #expect(Timestamp.printed(instant, in: utc) == "2026-03-02 14:05")
        #expect(Timestamp.compact(instant, in: utc) == "20260302-140509")
        #expect(Timestamp.iso(instant) == "2026-03-02T14:05:09Z")
    }

    @Test func printedIsInTheGivenZone() {
        let london = TimeZone(identifier: "Europe/London")!
        // 1 July is British Summer Time: an hour ahead of UTC.
        let summer = Date(timeIntervalSince1970: 1_782_914_400)  // 2026-07-01 14:00 UTC
        #expect(Timestamp.printed(summer, in: london) == "2026-07-01 15:00")
    }
}
