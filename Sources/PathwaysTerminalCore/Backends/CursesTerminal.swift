import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. The only file that calls ncurses.
///
/// Start-up: `setlocale` for the character set only (wide characters and £; numbers and dates
/// stay in the C locale, and only one of the locale's files is read), then `initscr`, `raw` (Ctrl-C arrives as
/// a key), `noecho`, `keypad`, a 25 ms escape delay, mouse clicks, double clicks and the wheel. Frames are diffed
/// against the last one (`FrameDiff`) so only changed cells are sent; a resize repaints everything.
public final class CursesTerminal: Terminal {
    public let glyphs: Glyphs
    public let asciiOnly: Bool
    private let theme: Theme
    private let colors: Bool
    private var previous: Grid?
    private var active = false
    /// The characters one ncurses cell holds (CCHARW_MAX).
    static let scalarsPerCell = Int(pw_ccharw_max())
    /// The terminal's modes before curses changed them (nil when input is not a terminal).
    public let modesBefore: termios?

    /// Starts curses. `useColor` is false for NO_COLOR.
    public init(theme: Theme, useColor: Bool) {
        setlocale(LC_CTYPE, "")
        let utf8 = pw_locale_is_utf8() != 0
        let term = String(cString: getenv("TERM") ?? strdup("")!).lowercased()
        let plainTerminal = term.hasPrefix("vt") || term == "ansi" || term.hasPrefix("linux-m")
        asciiOnly = !utf8
        glyphs = utf8 && !plainTerminal ? .unicode : .ascii
        self.theme = theme
        modesBefore = CrashGuard.currentModes()
        initscr()
        active = true
        raw()
        noecho()
        nonl()
        keypad(pw_stdscr(), true)
        intrflush(pw_stdscr(), false)
        // ncurses waits a whole second after Esc for the rest of an escape sequence; terminals
        // send those at once, so 25 ms is plenty and a key pressed right after Esc is not lost.
        pw_set_escape_delay(25)
        curs_set(0)
        _ = pw_enable_mouse()
        if useColor && has_colors() {
            start_color()
            use_default_colors()
            for role in ColorRole.allCases {
                let (fg, bg) = theme.colors(for: role)
                init_pair(Int16(role.rawValue) + 1, fg, bg)
            }
            colors = true
        } else {
            colors = false
        }
    }

    public var size: (width: Int, height: Int) { (Int(pw_maxx()), Int(pw_maxy())) }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
    }

    /// What puts this terminal back as `shutdown` would, as bytes prepared now so a signal
    /// handler can write them (see `CrashGuard`): the terminal's own strings for leaving the
    /// alternate screen, showing the cursor, plain text and the keypad off, then mouse
    /// reporting off. With `clearing`, the screen and scrollback are cleared first.
    public func resetSequence(clearing: Bool) -> [UInt8] {
        func capability(_ name: String) -> [UInt8] {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
            return CursesTerminal.withoutPadding(Array(String(cString: value).utf8))
        }
        var bytes: [UInt8] = []
        if clearing { bytes += capability("clear") + capability("E3") }
        bytes += capability("sgr0") + capability("cnorm") + capability("rmkx")
        if !capability("kmous").isEmpty { bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) }
        bytes += capability("rmcup")
        return bytes
    }

    /// A terminfo string without its padding marks (`$<50>`, which `putp` would turn into a delay).
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
               let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                i = close + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// Throws away input typed but not yet read (the kiosk's typeahead after a print, or a paste).
    public func discardInput() {
        flushinp()
    }

    public func draw(_ grid: Grid) {
        let diff = FrameDiff(from: previous, to: grid)
        if diff.full { erase() }
        for change in diff.changes { put(change.cell, x: change.x, y: change.y) }
        previous = grid
        refresh()
    }

    /// Clears the terminal completely, scrollback included where the terminal allows, and
    /// forgets the last frame (the kiosk's wipe).
    public func clearCompletely() {
        pw_clear_all()
        invalidate()
    }

    /// Forgets the last frame so the next draw repaints every cell.
    public func invalidate() {
        previous = nil
        clearok(pw_stdscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = theme.adjust(cell.style)
        var attrs = pw_a_normal()
        if style.bold { attrs |= pw_a_bold() }
        if style.reverse { attrs |= pw_a_reverse() }
        if style.underline { attrs |= pw_a_underline() }
        if style.dim { attrs |= pw_a_dim() }
        let pair: Int16 = colors ? Int16(style.role.rawValue) + 1 : 0
        // ncurses holds a base and a few marks per cell: a longer cluster (a family emoji
        // joined with ZWJ) is drawn as its first character, which takes the same two columns.
        // Built on the stack: a full frame puts every cell, and two arrays per cell were most
        // of a first frame's drawing time.
        let scalars = cell.text.unicodeScalars
        let whole = scalars.count <= CursesTerminal.scalarsPerCell
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: CursesTerminal.scalarsPerCell + 1) { chars in
            var count = 0
            for scalar in scalars where whole || count == 0 {
                chars[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                chars[0] = 32
                count = 1
            }
            chars[count] = 0
            _ = pw_put_cell(Int32(y), Int32(x), chars.baseAddress, attrs, pair)
        }
    }

    public func nextAction(timeout ms: Int) -> Action? {
        timeout(Int32(ms))
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == pw_err() { return nil }
        let code = Int32(ch)
        if r == pw_key_code_yes() {
            switch code {
            case pw_key_resize():
                invalidate()
                return .resize(width: size.width, height: size.height)
            case pw_key_mouse():
                var mx: Int32 = 0, my: Int32 = 0
                switch pw_mouse_event(&mx, &my) {
                case 1: return .click(x: Int(mx), y: Int(my), double: false)
                case 2: return .click(x: Int(mx), y: Int(my), double: true)
                case 3: return .scroll(-3)
                case 4: return .scroll(3)
                default: return nil
                }
            case pw_key_up(): return .key(.up)
            case pw_key_down(): return .key(.down)
            case pw_key_left(): return .key(.left)
            case pw_key_right(): return .key(.right)
            case pw_key_home(): return .key(.home)
            case pw_key_end(): return .key(.end)
            case pw_key_ppage(): return .key(.pageUp)
            case pw_key_npage(): return .key(.pageDown)
            case pw_key_enter(): return .key(.enter)
            case pw_key_backspace(): return .key(.backspace)
            case pw_key_dc(): return .key(.delete)
            case pw_key_btab(): return .key(.backTab)
            case pw_key_f(1)...pw_key_f(12): return .key(.function(Int(code - pw_key_f(0))))
            default: return nil
            }
        }
        switch code {
        case 3: return .key(.interrupt)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 96))))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}
