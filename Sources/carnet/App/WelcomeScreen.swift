import CarnetTerminal
import CarnetUI

/// What a first run shows when there is no store yet: where Carnet looked, and three keys.
struct WelcomeScreen {
    enum Choice: Equatable {
        case create, demo, quit
        /// The terminal went away or a signal asked to stop.
        case ended
    }

    let screen: Screen
    let path: String

    /// Waits for a choice; `problem` (a store that could not be created, a theme that
    /// did not load) is shown on the bottom line.
    func run(problem: String?) -> Choice {
        while true {
            screen.draw(render(problem: problem))
            switch screen.nextEvent(timeoutMs: nil) {
            case .key(.char("c")), .key(.char("C")): return .create
            case .key(.char("d")), .key(.char("D")): return .demo
            case .key(.char("q")), .key(.char("Q")), .key(.escape): return .quit
            case .hangup, .terminate: return .ended
            case .key, .resize, .timeout: continue
            }
        }
    }

    private func render(problem: String?) -> Canvas {
        var canvas = screen.makeCanvas()
        // Each paragraph wrapped to the terminal's width, so that a narrow one keeps the keys.
        var lines: [(text: String, title: Bool)] = []
        for (i, paragraph) in [LauncherText.welcome(path: path), "", LauncherText.welcomeKeys, "", LauncherText.welcomeAbout].enumerated() {
            // The keys break between choices, never inside one (`q: quit`).
            let separator = paragraph == LauncherText.welcomeKeys ? " · " : " "
            lines += paragraph.wrapped(toWidth: canvas.width, breakingAt: separator).map { ($0, i == 0) }
        }
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (canvas.width - line.text.displayWidth) / 2)
            canvas.put(line.text, x: x, y: top + i, role: line.title ? .title : .normal)
        }
        if let problem, canvas.height > 0 {
            canvas.put(problem, x: 0, y: canvas.height - 1, role: .error)
        }
        return canvas
    }
}
