#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>

// Swift cannot import macros, and Swift 6 rejects touching C globals: wrap them here.

static inline WINDOW *pw_stdscr(void) { return stdscr; }
static inline int pw_lines(void) { return LINES; }
static inline int pw_cols(void) { return COLS; }
static inline int pw_maxy(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int pw_maxx(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int pw_colors(void) { return COLORS; }

static inline attr_t pw_a_normal(void) { return A_NORMAL; }
static inline attr_t pw_a_bold(void) { return A_BOLD; }
static inline attr_t pw_a_reverse(void) { return A_REVERSE; }
static inline attr_t pw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pw_a_dim(void) { return A_DIM; }

static inline int pw_key_resize(void) { return KEY_RESIZE; }
static inline int pw_key_mouse(void) { return KEY_MOUSE; }
static inline int pw_key_up(void) { return KEY_UP; }
static inline int pw_key_down(void) { return KEY_DOWN; }
static inline int pw_key_left(void) { return KEY_LEFT; }
static inline int pw_key_right(void) { return KEY_RIGHT; }
static inline int pw_key_home(void) { return KEY_HOME; }
static inline int pw_key_end(void) { return KEY_END; }
static inline int pw_key_ppage(void) { return KEY_PPAGE; }
static inline int pw_key_npage(void) { return KEY_NPAGE; }
static inline int pw_key_enter(void) { return KEY_ENTER; }
static inline int pw_key_backspace(void) { return KEY_BACKSPACE; }
static inline int pw_key_dc(void) { return KEY_DC; }
static inline int pw_key_btab(void) { return KEY_BTAB; }
static inline int pw_ok(void) { return OK; }
static inline int pw_err(void) { return ERR; }

/// Turns on mouse reporting for clicks, double clicks and the wheel; returns the mask granted.
static inline mmask_t pw_enable_mouse(void) {
    mouseinterval(250);
    return mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_DOUBLE_CLICKED
#ifdef BUTTON4_PRESSED
        | BUTTON4_PRESSED
#endif
#ifdef BUTTON5_PRESSED
        | BUTTON5_PRESSED
#endif
        , NULL);
}

/// Reads the pending mouse event. kind: 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 other.
static inline int pw_mouse_event(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) return 2;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
#ifdef BUTTON4_PRESSED
    if (event.bstate & BUTTON4_PRESSED) return 3;
#endif
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 4;
#endif
    return 0;
}

/// Draws one cell: up to four wide characters (a base and combining marks) with attributes and a colour pair.
static inline int pw_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// True when the current locale's character set is UTF-8 (call after setlocale).
static inline int pw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (!codeset) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
        && (codeset[2] == 'F' || codeset[2] == 'f');
}

/// Makes a lone Esc arrive after `ms` milliseconds instead of ncurses's default second, so a
/// key pressed just after Esc is read as its own key. Call after initscr.
static inline void pw_set_escape_delay(int ms) { set_escdelay(ms); }

/// How many wide characters one cell holds: a base and its combining marks (CCHARW_MAX).
static inline int pw_ccharw_max(void) { return CCHARW_MAX; }

static inline int pw_key_code_yes(void) { return KEY_CODE_YES; }

/// The key code of function key Fn.
static inline int pw_key_f(int n) { return KEY_F(n); }

/// Clears the whole screen now and, where the terminal can (the E3 capability, e.g. xterm and
/// tmux), its scrollback too: the kiosk wipes a visitor's session this way.
static inline void pw_clear_all(void) {
    clear();
    refresh();
    char *e3 = tigetstr("E3");
    if (e3 != NULL && e3 != (char *)-1) { putp(e3); fflush(stdout); }
}
