#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Written once by `CrashGuard.arm` before any handler is installed, then only read, by the handler.
nonisolated(unsafe) private var resetBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var resetCount = 0
nonisolated(unsafe) private var savedModes: UnsafeMutablePointer<termios>?
nonisolated(unsafe) private var alternateStack: UnsafeMutableRawPointer?

/// What a fatal signal does in a program that must never show a crash reporter: puts the
/// terminal back and exits at once.
///
/// The handler only makes async-signal-safe calls: one `write` of a reset sequence prepared
/// in advance (leave the alternate screen, show the cursor, plain text, mouse and keypad off,
/// and for the kiosk a full clear), `tcsetattr` with the terminal modes saved before curses
/// started, then `_exit(128 + signal)`. It runs on its own stack, so a stack overflow reaches
/// it too, and is reset to the default on entry, so a fault inside it cannot loop. Core dumps
/// are turned off when it is armed: a dump would hold the program's memory.
///
/// The Swift runtime's own crash handler (the interactive backtracer) is replaced for these
/// signals; the kiosk also starts with `SWIFT_BACKTRACE=enable=no`, so the runtime never
/// installs it (see `Kiosk`).
public enum CrashGuard {
    /// The signals a crash arrives as: a Swift trap is SIGILL on x86_64 and SIGTRAP on arm64.
    public static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// The terminal modes now, to restore on a crash; nil when standard input is not a terminal.
    /// Read them before curses changes anything.
    public static func currentModes() -> termios? {
        var modes = termios()
        return tcgetattr(0, &modes) == 0 ? modes : nil
    }

    /// Installs the handler for `CrashGuard.fatal`. `modes` are restored on standard input and
    /// `reset` written to standard output before exiting. Arming again replaces both.
    public static func arm(modes: termios?, reset: [UInt8]) {
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &noCore)

        // No signal while the handler's data changes; afterwards the mask is as it was, but
        // with the fatal signals open (a parent may have left them blocked).
        var all = sigset_t(), before = sigset_t(), fatalSet = sigset_t()
        sigfillset(&all)
        sigemptyset(&fatalSet)
        for sig in fatal { sigaddset(&fatalSet, sig) }
        pthread_sigmask(SIG_BLOCK, &all, &before)
        defer {
            pthread_sigmask(SIG_SETMASK, &before, nil)
            pthread_sigmask(SIG_UNBLOCK, &fatalSet, nil)
        }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, reset.count))
        bytes.initialize(from: reset, count: reset.count)
        resetBytes?.deallocate()
        resetBytes = bytes
        resetCount = reset.count
        if let modes {
            if savedModes == nil { savedModes = .allocate(capacity: 1) }
            savedModes!.initialize(to: modes)
        } else {
            savedModes?.deallocate()
            savedModes = nil
        }
        installAlternateStack()

        var action = sigaction()
        action.__sigaction_handler.sa_handler = { sig in
            if let bytes = resetBytes {
                var offset = 0
                while offset < resetCount {
                    let n = write(1, bytes + offset, resetCount - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            if let modes = savedModes { _ = tcsetattr(0, TCSANOW, modes) }
            _exit(128 + sig)
        }
        sigfillset(&action.sa_mask)
        action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
        for sig in fatal { _ = sigaction(sig, &action, nil) }
    }

    /// A stack for the handler, so that it can run when the program's stack has overflowed.
    private static func installAlternateStack() {
        guard alternateStack == nil else { return }
        let size = 64 * 1024
        let memory = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        var stack = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
        if sigaltstack(&stack, nil) == 0 { alternateStack = memory } else { memory.deallocate() }
    }
}
