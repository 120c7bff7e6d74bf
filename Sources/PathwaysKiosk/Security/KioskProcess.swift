#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kiosk's own process, made safe before anything is loaded.
///
/// The Swift runtime reads `SWIFT_BACKTRACE` once, when the process starts; unless it says
/// `enable=no`, a crash starts the interactive backtracer, whose memory and register views
/// would be the visitor's. So `pathways kiosk` replaces itself (execve of its own executable,
/// as /proc/self/exe names it, with the same arguments) with the variable set, once: `PATHWAYS_KIOSK_REEXEC` marks the second start, so
/// it can never loop. Core dumps are also turned off.
public enum KioskProcess {
    /// What the runtime must see.
    public static let backtraceSetting = "SWIFT_BACKTRACE=enable=no"
    /// Set in the replaced process's environment.
    static let marker = "PATHWAYS_KIOSK_REEXEC=1"

    /// Restarts this process with the backtracer off, unless it already is (or this is the
    /// restart). Returns only when no restart was needed or `execve` failed; the kiosk then
    /// still has `CrashGuard`'s handlers.
    public static func disableCrashReporter(arguments: [String]) {
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &noCore)
        let current = getenv("SWIFT_BACKTRACE").map { String(cString: $0) }
        guard current != "enable=no", getenv("PATHWAYS_KIOSK_REEXEC") == nil else { return }
        var environment: [String] = []
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if !text.hasPrefix("SWIFT_BACKTRACE=") && !text.hasPrefix("PATHWAYS_KIOSK_REEXEC=") { environment.append(text) }
            index += 1
        }
        environment += [backtraceSetting, marker]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        // The executable's own path keeps the process's name (`pathways`, not `exe`); /proc/self/exe
        // itself still works when the file was replaced since it started.
        var buffer = [CChar](repeating: 0, count: 4097)
        let length = readlink("/proc/self/exe", &buffer, 4096)
        if length > 0 { _ = execve(String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self), argv, envp) }
        _ = execve("/proc/self/exe", argv, envp)
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
}
