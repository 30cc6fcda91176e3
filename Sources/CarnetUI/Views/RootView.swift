/// The whole screen for a state: title and tabs, the pane or view in front, the message
/// line and the key hints; overlays on top. Views only draw; they never change state.
public enum RootView {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        canvas.put(state.strings.appName, x: 0, y: 0, role: .title)
        return canvas
    }
}
