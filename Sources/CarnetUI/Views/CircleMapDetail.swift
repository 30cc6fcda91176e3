/// What the picture cannot say in a bubble, for the selected circle: its breakdown, the
/// circles it shares people with, and who to reconnect with first. At large sizes, a side
/// panel names the people who bridge circles.
struct CircleMapDetail {
    let model: CircleMapModel
    let selection: Int
    let strings: Strings

    var isOutside: Bool { selection >= model.circles.count }
    var group: CircleMapModel.Group { isOutside ? model.outside : model.circles[selection] }

    /// The selected group's facts, flowed over the rows of `rect`.
    func draw(in rect: Rect, into canvas: inout Canvas) {
        let group = group
        // Most telling first: what does not fit on a small screen is what matters least.
        var pieces: [(text: String, role: Role, emphasis: Emphasis)] = []
        pieces.append((isOutside ? strings.outsideCircles : group.name, isOutside ? .header : .circle, .bold))
        pieces.append((CircleMapField.glyph(of: group)
                       + strings.circleBreakdown(group.members, group.warm, group.overdue, group.neverInTouch),
                       CircleMapField.role(of: group), []))
        if group.isGoingCold { pieces.append(("▼ " + strings.goingCold, .overdue, .bold)) }
        if !isOutside {
            if group.links.isEmpty {
                pieces.append((strings.noBridges, .dim, []))
            } else {
                let partners = group.links.map { "\(model.circles[$0.circle].name) \($0.people)" }
                pieces.append(("↔ " + strings.sharedWith + " " + partners.joined(separator: ", "), .accent, []))
            }
        }
        let cold = group.coldest.filter { !$0.isWarm }.prefix(5).map(\.name)
        if !cold.isEmpty { pieces.append((strings.reconnectFirst + ": " + cold.joined(separator: ", "), .normal, [])) }
        if let average = group.averageDaysSince { pieces.append((strings.averageSince(average), .dim, [])) }
        if let kind = group.kind, !kind.isEmpty { pieces.append((kind, .dim, [])) }
        canvas.flow(pieces, in: rect)
    }

    /// A box listing the people who bridge circles: those of the selected circle, or
    /// everyone's when the outside box (which has none) is selected.
    func drawBridges(in rect: Rect, into canvas: inout Canvas) {
        guard rect.width >= 12, rect.height >= 3 else { return }
        let bridges = isOutside ? model.bridges : model.bridges.filter { $0.circles.contains(selection) }
        let title = isOutside ? strings.bridges : strings.bridges + " · " + group.name
        canvas.box(rect, role: .border, title: title + " (\(bridges.count))")
        let inside = rect.inset(dx: 2, dy: 1)
        guard inside.width > 0 else { return }
        if bridges.isEmpty {
            canvas.put(strings.noBridges, x: inside.x, y: inside.y, clip: inside, role: .dim)
            return
        }
        // Two rows per person: the name, then the circles they join.
        let fits = inside.height / 2
        let shown = bridges.count > fits ? max(0, fits - 1) : bridges.count
        for (i, bridge) in bridges.prefix(shown).enumerated() {
            let y = inside.y + 2 * i
            canvas.put(bridge.name, x: inside.x, y: y, clip: inside, role: .normal, emphasis: .bold)
            let names = bridge.circles.map { model.circles[$0].name }.joined(separator: " ↔ ")
            canvas.put("  " + names, x: inside.x, y: y + 1, clip: inside, role: .accent)
        }
        if shown < bridges.count {
            canvas.put(strings.moreCount(bridges.count - shown), x: inside.x, y: inside.y + 2 * shown,
                       clip: inside, role: .dim)
        }
    }
}
