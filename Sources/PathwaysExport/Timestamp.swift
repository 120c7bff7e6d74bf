import Foundation

/// The one way times are written on exports, file names and sessions.
public enum Timestamp {
    /// "2026-03-02 14:05" in local time: `generatedAt` on every export, from the explorer, the
    /// kiosk and the command line alike.
    public static func printed(_ date: Date, in zone: TimeZone = .current) -> String {
        let c = parts(date, zone)
        return "\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// "20260302-140500" in local time: for generated file names, which sort by time.
    public static func compact(_ date: Date, in zone: TimeZone = .current) -> String {
        let c = parts(date, zone)
        return "\(c.year)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
    }

    /// "2026-03-02T14:05:00Z": an instant in UTC, for `savedAt` in sessions.
    public static func iso(_ date: Date) -> String {
        let c = parts(date, TimeZone(identifier: "UTC")!)
        return "\(c.year)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))Z"
    }

    private static func parts(_ date: Date, _ zone: TimeZone) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
