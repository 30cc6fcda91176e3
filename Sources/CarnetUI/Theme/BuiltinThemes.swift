// Generated from Themes/*.theme, which stay the source of truth; a test checks
// that these strings equal the files. Embedded so the app needs no Themes folder.

/// The themes compiled into the app, default first.
enum BuiltinThemes {
    static let all: [(name: String, text: String)] = [
        ("default", defaultText),
        ("light", lightText),
        ("high-contrast", highContrastText),
        ("mono", monoText),
    ]

    static let defaultText = #"""
# Carnet — default theme, for dark terminals.
#
# One line per role:  role = foreground [on background] [bold] [underline] [reverse] [dim]
# Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
# bright-<name>, 0-255 (256-colour palette) or #rrggbb. Terminals with fewer
# colours get the nearest one. See docs/themes.md.

normal             = default
title              = bright-white on blue bold
header             = bright-cyan bold
selection          = black on cyan
selection-inactive = default on 238
dim                = 245
accent             = bright-yellow
due                = yellow bold
overdue            = bright-red bold
cold               = 75                 # steel blue
warm               = 214                # orange
progress           = green
progress-empty     = 240
border             = 244
border-focused     = bright-cyan
tab                = 250
tab-active         = black on bright-cyan bold
status             = white on 236
status-key         = bright-yellow on 236 bold
message            = bright-green
error              = bright-white on red bold
warning            = yellow
success            = bright-green bold
help               = default
key                = bright-yellow bold
input              = bright-white on 237
cursor             = black on white
placeholder        = 242
gave               = green
asked              = magenta
circle             = bright-blue
link               = cyan underline

"""#

    static let lightText = #"""
# Carnet — light theme, for terminals with a light background.
# Format: see docs/themes.md.

normal             = default
title              = white on blue bold
header             = blue bold
selection          = white on blue
selection-inactive = default on 252
dim                = 242
accent             = magenta
due                = 130 bold           # dark orange
overdue            = red bold
cold               = 25                 # deep blue
warm               = 166                # burnt orange
progress           = 28                 # dark green
progress-empty     = 250
border             = 245
border-focused     = blue
tab                = 240
tab-active         = white on blue bold
status             = black on 252
status-key         = blue on 252 bold
message            = 28
error              = white on red bold
warning            = 130
success            = 28 bold
help               = default
key                = blue bold
input              = black on 255
cursor             = white on black
placeholder        = 246
gave               = 28
asked              = 90                 # purple
circle             = 25
link               = blue underline

"""#

    static let highContrastText = #"""
# Carnet — high-contrast theme: bright colours on black, bold where it matters.
# Uses only the 16 ANSI colours so it looks the same on every colour terminal.
# Format: see docs/themes.md.

normal             = bright-white on black
title              = black on bright-yellow bold
header             = bright-yellow on black bold underline
selection          = black on bright-white bold
selection-inactive = bright-white on blue
dim                = white on black
accent             = bright-yellow on black bold
due                = bright-yellow on black bold
overdue            = bright-white on red bold
cold               = bright-cyan on black
warm               = bright-yellow on black
progress           = bright-green on black
progress-empty     = white on black
border             = bright-white on black
border-focused     = bright-yellow on black bold
tab                = bright-white on black
tab-active         = black on bright-yellow bold
status             = black on bright-white
status-key         = black on bright-yellow bold
message            = bright-green on black bold
error              = bright-white on red bold
warning            = black on bright-yellow bold
success            = bright-green on black bold
help               = bright-white on black
key                = bright-yellow on black bold
input              = bright-white on blue
cursor             = black on bright-yellow
placeholder        = white on black
gave               = bright-green on black
asked              = bright-magenta on black
circle             = bright-cyan on black bold
link               = bright-cyan on black underline

"""#

    static let monoText = #"""
# Carnet — mono theme: attributes only, no colour.
# Used for NO_COLOR and for terminals without colour (vt100).
# A line may give attributes alone; colours stay the terminal's own.
# Format: see docs/themes.md.

normal             = default
title              = reverse bold
header             = bold
selection          = reverse
selection-inactive = underline
dim                = dim
accent             = bold
due                = bold
overdue            = bold underline
cold               = dim
warm               = default
progress           = default
progress-empty     = dim
border             = default
border-focused     = bold
tab                = default
tab-active         = reverse
status             = reverse
status-key         = reverse bold
message            = bold
error              = reverse bold
warning            = bold
success            = bold
help               = default
key                = bold
input              = underline
cursor             = reverse
placeholder        = dim
gave               = default
asked              = default
circle             = bold
link               = underline

"""#
}
