import Foundation

/// Wall-clock seconds for one call.
func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Median and 95th percentile of repeated timings (seconds in, milliseconds out).
struct Spread: Encodable {
    var medianMs: Double
    var p95Ms: Double
    var n: Int

    init(_ seconds: [Double]) {
        let ms = seconds.map { $0 * 1000 }.sorted()
        n = ms.count
        medianMs = ms.isEmpty ? 0 : ms[ms.count / 2]
        p95Ms = ms.isEmpty ? 0 : ms[min(ms.count - 1, Int((Double(ms.count) * 0.95).rounded(.up)) - 1)]
    }

    var text: String { String(format: "median %.3f ms, p95 %.3f ms (n=%d)", medianMs, p95Ms, n) }
}

/// Median and 95th percentile of repeated timings, in milliseconds, as text.
func summary(_ seconds: [Double]) -> String { Spread(seconds).text }

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The machine's one-minute load average, printed beside figures taken on a shared machine.
func loadAverage() -> Double {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? loads[0] : -1
}
