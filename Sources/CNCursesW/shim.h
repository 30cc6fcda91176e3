#ifndef CARNET_NCURSES_SHIM_H
#define CARNET_NCURSES_SHIM_H
// Wide-character ncurses: without these, get_wch, cchar_t and wadd_wch are missing.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
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
#endif
