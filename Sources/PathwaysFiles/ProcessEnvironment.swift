#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few environment variables a start-up reads, looked up one by one with getenv(3).
///
/// Foundation's `ProcessInfo.environment` copies every variable into a dictionary, which took
/// a twentieth of the explorer's time to its first frame; start-up needs two or three names.
public enum ProcessEnvironment {
    /// The variable's value, or nil when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
