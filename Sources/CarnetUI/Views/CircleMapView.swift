/// Placeholder until the circle map lands.
enum CircleMapView {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {}
}
