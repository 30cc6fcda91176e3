#ifndef CARNET_NCURSES_SHIM_H
#define CARNET_NCURSES_SHIM_H
// Wide-character ncurses: without these, get_wch, cchar_t and wadd_wch are missing.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects ncurses' mutable globals and cannot import its macros:
// these small functions expose them safely.
static inline WINDOW *carnet_stdscr(void) { return stdscr; }
static inline int carnet_lines(void) { return LINES; }
static inline int carnet_cols(void) { return COLS; }
static inline int carnet_colors(void) { return COLORS; }
static inline int carnet_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t carnet_a_bold(void) { return A_BOLD; }
static inline attr_t carnet_a_dim(void) { return A_DIM; }
static inline attr_t carnet_a_underline(void) { return A_UNDERLINE; }
static inline attr_t carnet_a_reverse(void) { return A_REVERSE; }
static inline attr_t carnet_a_italic(void) { return A_ITALIC; }
static inline attr_t carnet_a_normal(void) { return A_NORMAL; }
static inline attr_t carnet_color_pair(int n) { return COLOR_PAIR(n); }
static inline int carnet_key_code_yes(void) { return KEY_CODE_YES; }
// Keeps `stdout`/`stdin` (mutable globals Swift 6 rejects) out of Swift.
// newterm, unlike initscr, returns NULL instead of exiting when TERM is unusable.
static inline SCREEN *carnet_newterm(void) { return newterm(NULL, stdout, stdin); }
// Bracketed paste: the terminal's marks around pasted text, read as two key codes of
// our own past ncurses' last.
static inline int carnet_key_paste_begin(void) { return KEY_MAX + 1; }
static inline int carnet_key_paste_end(void) { return KEY_MAX + 2; }
static inline void carnet_define_paste_keys(void) {
    define_key("\033[200~", KEY_MAX + 1);
    define_key("\033[201~", KEY_MAX + 2);
}
// Turns the terminal's bracketed paste mode on or off, through ncurses' own output stream.
static inline void carnet_bracket_pastes(int on) {
    fputs(on ? "\033[?2004h" : "\033[?2004l", stdout);
    fflush(stdout);
}
// Whether the terminal can place the cursor (terminfo's `cup`): `dumb` cannot, and a
// full-screen app on it draws nothing usable.
static inline int carnet_can_place_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline WINDOW *carnet_curscr(void) { return curscr; }
static inline int carnet_key_f0(void) { return KEY_F0; }
static inline int carnet_err(void) { return ERR; }
static inline int carnet_ok(void) { return OK; }
static inline int carnet_wcwidth(wchar_t c) { return wcwidth(c); }

// True when the locale's character set is UTF-8: otherwise only ASCII is safe to draw.
static inline int carnet_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Signals that end or resume the session. The handler only sets bits in a
// sig_atomic_t, with a lock-free atomic or (async-signal-safe); the run loop takes them
// between reads. Atomic both ways: the thread that reads keys while the store loads
// (`EarlyKeys`) takes them while the handler may run on the loading thread.
enum { CARNET_SIG_HUP = 1, CARNET_SIG_TERM = 2, CARNET_SIG_INT = 4, CARNET_SIG_CONT = 8 };
static volatile sig_atomic_t carnet_pending_signals = 0;

static inline void carnet_on_signal(int sig) {
    int bit = 0;
    switch (sig) {
    case SIGHUP: bit = CARNET_SIG_HUP; break;
    case SIGTERM: bit = CARNET_SIG_TERM; break;
    case SIGINT: bit = CARNET_SIG_INT; break;
    case SIGCONT: bit = CARNET_SIG_CONT; break;
    }
    __atomic_fetch_or(&carnet_pending_signals, bit, __ATOMIC_SEQ_CST);
}

static inline void carnet_signal_set(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGCONT);
}

// Installs the handler for SIGHUP, SIGTERM, SIGINT and SIGCONT. Without
// SA_RESTART, so a blocking read returns and the run loop sees the signal.
// Call before newterm: ncurses then leaves SIGINT and SIGTERM to us.
static inline int carnet_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = carnet_on_signal;
    carnet_signal_set(&action.sa_mask);  // one handler at a time: |= stays consistent
    action.sa_flags = 0;
    int sigs[] = { SIGHUP, SIGTERM, SIGINT, SIGCONT };
    for (int i = 0; i < 4; i++) {
        if (sigaction(sigs[i], &action, NULL) != 0) return -1;
    }
    return 0;
}

// Returns and clears the pending signal bits, in one atomic exchange: a signal handled on
// another thread meanwhile is never lost.
static inline int carnet_take_signals(void) {
    return __atomic_exchange_n(&carnet_pending_signals, 0, __ATOMIC_SEQ_CST);
}

// Blocks (or, with `block` 0, unblocks) the signals ncurses handles itself, SIGTSTP and
// SIGWINCH, on the calling thread only: while the store loads, they then go to the thread
// that alone uses ncurses meanwhile (`EarlyKeys`).
static inline void carnet_block_ncurses_signals(int block) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGWINCH);
    pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}
#endif
