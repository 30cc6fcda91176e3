import CarnetCore

/// The circle map pane: the network drawn as bubbles, one per circle, so that a person
/// sees at a glance where it is strong and where it is going cold (80×24, cut):
///
///     37 people in 6 circles · 57% warm · 4 going cold
///        ╭───────────╮        ┏━━━━━━━━━━┓       ╭────────────╮
///     ╭──╯           ╰──╮   ┏━┛          ┗━┓   ╭─╯            ╰─╮
///     │Anciens collègues│   ┃ Alumni ESSEC ┃   │ Club de course │
///     │ ● 12 · 83% warm ├─1─┨  ○ 9 · 33%   ┃   │ ● 5 · 80% warm │
///
/// Bubbles are sized by members (log scale), outlined by warmth (● warm, ○ cold, ▼ going
/// cold), joined where neighbours share people; the selection is in heavy lines, the
/// people outside any circle in a dashed box. Under the picture, the selected circle's
/// facts; at 140 columns and more, a panel naming the people who bridge circles. Too many
/// circles for bubbles: one chip per circle.
///
/// Pure drawing: `draw(into:area:state:)` computes the model on each call (one pass over
/// the contacts); `draw(_:into:area:selection:strings:)` takes one kept between frames.
public enum CircleMapView {
    /// Draws the map of `state.network` on `state.today` inside `area`, and nowhere else.
    public static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        let model = state.circleMap ?? CircleMapModel(network: state.network, today: state.today)
        draw(model, into: &canvas, area: area, selection: state.mapSelection, strings: state.strings)
    }

    /// The side panel naming bridge people appears from this pane width.
    static let sidePanelWidth = 140

    /// Draws an already computed model: for a caller that keeps one between frames (it
    /// depends only on the network and the day, not on the selection).
    public static func draw(_ model: CircleMapModel, into canvas: inout Canvas, area: Rect, selection: Int,
                            strings: Strings) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        guard !model.circles.isEmpty else {
            canvas.wrapCentered(strings.noCircles, in: area.inset(dx: min(2, area.width / 4), dy: 0), role: .dim)
            return
        }
        let selection = min(max(0, selection), model.circles.count)

        // Summary on the first row; the legend beside it when it fits, else on the last row.
        var (top, rest) = area.splitTop(1)
        let summary = strings.mapSummary(model.people, model.circles.count, model.warmth, model.goingColdCount)
        canvas.put(summary, x: top.x, y: top.y, clip: top, role: .header)
        let legend = legendPieces(strings)
        let legendWidth = legend.reduce(0) { $0 + $1.text.displayWidth } + 2 * (legend.count - 1)
        if summary.displayWidth + 3 + legendWidth <= top.width {
            drawLegend(legend, x: top.maxX - legendWidth, in: top, into: &canvas)
        } else if rest.height >= 6 {
            let (above, bottom) = rest.splitBottom(1)
            rest = above
            drawLegend(legend, x: bottom.x, in: bottom, into: &canvas)
        }

        // The selected circle's facts under the picture: more rows when the pane is tall.
        let detailRows = rest.height >= 30 ? 3 : rest.height >= 12 ? 2 : rest.height >= 8 ? 1 : 0
        let (field, detail) = rest.splitBottom(detailRows)
        let facts = CircleMapDetail(model: model, selection: selection, strings: strings)
        facts.draw(in: detail, into: &canvas)

        var picture = field
        if area.width >= sidePanelWidth {
            let (left, side) = field.splitRight(min(48, field.width / 4))
            picture = left
            facts.drawBridges(in: side.inset(dx: 1, dy: 0), into: &canvas)
        }
        if let grid = CircleMapGrid.best(count: model.circles.count + 1, in: picture) {
            CircleMapField(model: model, grid: grid, selection: selection, strings: strings).draw(into: &canvas)
        } else {
            CircleMapChips(model: model, selection: selection, strings: strings).draw(in: picture, into: &canvas)
        }
    }

    static func legendPieces(_ strings: Strings) -> [(text: String, role: Role)] {
        [("● " + strings.legendWarm, .warm), ("○ " + strings.legendCold, .cold),
         ("▼ " + strings.goingCold, .overdue), ("↔ " + strings.legendShared, .accent)]
    }

    private static func drawLegend(_ pieces: [(text: String, role: Role)], x: Int, in row: Rect,
                                   into canvas: inout Canvas) {
        var x = x
        for piece in pieces {
            x += canvas.put(piece.text, x: x, y: row.y, clip: row, role: piece.role) + 2
        }
    }
}
