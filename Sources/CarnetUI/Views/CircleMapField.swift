/// The picture itself: one bubble per circle (and a dashed box for the people outside
/// any circle), sized by members, outlined by warmth, joined where circles share people.
struct CircleMapField {
    let model: CircleMapModel
    let grid: CircleMapGrid
    /// Index into the groups; `model.circles.count` is the outside box.
    let selection: Int
    let strings: Strings

    /// The circles, then the people outside any circle: the order of `AppState.mapSelection`.
    var groups: [CircleMapModel.Group] { model.circles + [model.outside] }

    func draw(into canvas: inout Canvas) {
        let groups = groups
        let largest = groups.map(\.members).max() ?? 0
        var bubbles: [CircleMapBubble] = []
        for (i, group) in groups.enumerated() {
            let isOutside = i == model.circles.count
            let label = label(for: i)
            let need = (label.name.variants.first?.displayWidth ?? 0) + 4
            let rect = grid.bubble(i, scale: CircleMapGrid.scale(members: group.members, largest: largest),
                                   minimumWidth: min(need, 24))
            let bubble = CircleMapBubble(rect: rect, flat: isOutside)
            bubbles.append(bubble)
            let selected = i == selection
            let glyphs: CircleMapBubble.Glyphs = selected ? .heavy : (isOutside ? .dashed : .light)
            bubble.drawOutline(into: &canvas, glyphs: glyphs, role: selected ? .borderFocused : Self.role(of: group),
                               emphasis: selected ? .bold : [])
            label.draw(in: bubble, into: &canvas)
        }
        drawConnectors(bubbles, into: &canvas)
    }

    /// The border's role: warm, cold, or `.overdue` while warm but cooling fast.
    static func role(of group: CircleMapModel.Group) -> Role {
        if group.members == 0 { return .dim }
        if group.isCold { return .cold }
        return group.isGoingCold ? .overdue : .warm
    }

    /// ● for a circle mostly within cadence, ○ for a cold one.
    static func glyph(of group: CircleMapModel.Group) -> String {
        group.warmth == nil ? "" : (group.isCold ? "○ " : "● ")
    }

    // MARK: - Text inside a bubble

    typealias Line = CircleMapLabel.Line

    /// What a bubble would like to show; `CircleMapLabel` picks what fits.
    func label(for index: Int) -> CircleMapLabel {
        let isOutside = index == model.circles.count
        let group = isOutside ? model.outside : model.circles[index]
        let selected = index == selection
        let name = isOutside
            ? Line(variants: [strings.outsideCount(group.members), strings.outsideCircles, strings.outsideShort(group.members)],
                   role: selected ? .selection : .header, emphasis: .bold)
            : Line(variants: [group.name], role: selected ? .selection : .circle, emphasis: .bold)
        let glyph = Self.glyph(of: group)
        let stats = isOutside && group.warmth != nil
            ? [glyph + strings.warmth(group.warmth!)]
            : strings.circleStats(group.members, group.warmth).map { glyph + $0 }
        var label = CircleMapLabel(name: name, stats: Line(variants: stats, role: group.isCold ? .cold : (group.members == 0 ? .dim : .warm)))
        if group.isGoingCold { label.goingCold = Line(variants: ["▼ " + strings.goingCold, "▼"], role: .overdue) }
        if !group.links.isEmpty {
            let partners = group.links.map { "\(model.circles[$0.circle].name) \($0.people)" }
            label.links = Line(variants: ["↔ " + partners.joined(separator: " · ")], role: .accent, mayCut: true)
        }
        // The coldest members by name, for bubbles with room to spare: who to reconnect with here.
        label.names = group.coldest.map {
            Line(variants: [($0.isWarm ? "● " : "○ ") + $0.name], role: $0.isWarm ? .normal : .dim, mayCut: true)
        }
        label.members = group.members
        label.more = strings.moreCount
        return label
    }

    // MARK: - Connectors

    /// Circles that share people and sit side by side (or one above the other) are
    /// joined by a line carrying how many people they share; links between circles
    /// apart are written inside the bubbles and in the detail lines.
    private func drawConnectors(_ bubbles: [CircleMapBubble], into canvas: inout Canvas) {
        let circles = model.circles.count
        for (i, circle) in model.circles.enumerated() {
            for link in circle.links where link.circle > i {
                let j = link.circle
                if j == i + 1, i / grid.columns == j / grid.columns {
                    joinSideBySide(bubbles[i], bubbles[j], people: link.people,
                                   selected: (i == selection, j == selection), into: &canvas)
                } else if j == i + grid.columns, j < circles {
                    joinAbove(bubbles[i], bubbles[j], people: link.people,
                              selected: (i == selection, j == selection), into: &canvas)
                }
            }
        }
    }

    private func joinSideBySide(_ left: CircleMapBubble, _ right: CircleMapBubble, people: Int,
                                selected: (Bool, Bool), into canvas: inout Canvas) {
        let candidates = [left.rect.y + left.rect.height / 2, right.rect.y + right.rect.height / 2]
        for y in candidates {
            guard let a = left.straightEdges(row: y - left.rect.y)?.right,
                  let b = right.straightEdges(row: y - right.rect.y)?.left else { continue }
            let gap = b - a - 1
            let label = String(people)
            guard gap >= label.count + 2 else { return }
            let clip = Rect(x: a, y: y, width: b - a + 1, height: 1)
            canvas.put(String(repeating: "─", count: gap), x: a + 1, y: y, clip: clip, role: .accent)
            canvas.put(label, x: a + 1 + (gap - label.count) / 2, y: y, clip: clip, role: .accent, emphasis: .bold)
            canvas.put(selected.0 ? "┠" : "├", x: a, y: y, clip: clip, role: selected.0 ? .borderFocused : .accent)
            canvas.put(selected.1 ? "┨" : "┤", x: b, y: y, clip: clip, role: selected.1 ? .borderFocused : .accent)
            return
        }
    }

    private func joinAbove(_ upper: CircleMapBubble, _ lower: CircleMapBubble, people: Int,
                           selected: (Bool, Bool), into canvas: inout Canvas) {
        let x = upper.middleX
        let bottom = upper.rect.maxY - 1, top = lower.rect.y
        // The joint must land on the lower bubble's top line, not on its corner.
        let lowerTop = lower.rect.x + lower.indent[0]
        guard top - bottom >= 2, x > lowerTop, x < lower.rect.maxX - 1 - lower.indent[0] else { return }
        let clip = Rect(x: x, y: bottom, width: 1 + String(people).count + 1, height: top - bottom + 1)
        for y in (bottom + 1)..<top { canvas.put("│", x: x, y: y, clip: clip, role: .accent) }
        canvas.put(String(people), x: x + 1, y: bottom + (top - bottom) / 2, clip: clip, role: .accent, emphasis: .bold)
        canvas.put(selected.0 ? "┯" : "┬", x: x, y: bottom, clip: clip, role: selected.0 ? .borderFocused : .accent)
        canvas.put(selected.1 ? "┷" : "┴", x: x, y: top, clip: clip, role: selected.1 ? .borderFocused : .accent)
    }
}
