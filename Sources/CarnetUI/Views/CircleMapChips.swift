/// The map when bubbles no longer fit (many circles in a small pane): each circle a chip
/// on a line, `● Name 12·71%`, still warm or cold at a glance, the selection in brackets.
/// A page at a time, the page that holds the selection.
struct CircleMapChips {
    let model: CircleMapModel
    let selection: Int
    let strings: Strings

    struct Chip {
        let text: String
        let role: Role
    }

    func chips(nameWidth: Int) -> [Chip] {
        var chips = model.circles.map { group -> Chip in
            let warmth = group.warmth.map { "·\($0)%" } ?? ""
            let name = group.name.truncated(toWidth: nameWidth)
            return Chip(text: CircleMapField.glyph(of: group) + name + " \(group.members)" + warmth
                            + (group.isGoingCold ? " ▼" : ""),
                        role: CircleMapField.role(of: group))
        }
        chips.append(Chip(text: "┆" + strings.outsideCount(model.outside.members) + "┆", role: .header))
        return chips
    }

    func draw(in field: Rect, into canvas: inout Canvas) {
        guard field.height > 0, field.width > 4 else { return }
        let chips = chips(nameWidth: min(24, max(4, field.width - 16)))
        // Each chip is framed by one column on each side: brackets when selected, else spaces.
        var rows: [[Int]] = [[]]
        var x = 0
        for (i, chip) in chips.enumerated() {
            let w = min(chip.text.displayWidth + 2, field.width)
            if x + w > field.width, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append(i)
            x += w + 1
        }
        let selectedRow = rows.firstIndex { $0.contains(selection) } ?? 0
        let paged = rows.count > field.height
        let perPage = paged ? max(1, field.height - 1) : field.height
        let page = selectedRow / perPage
        for (r, row) in rows.dropFirst(page * perPage).prefix(perPage).enumerated() {
            let y = field.y + r
            var x = field.x
            for i in row {
                let selected = i == selection
                let text = (selected ? "[" : " ") + chips[i].text.truncated(toWidth: field.width - 2) + (selected ? "]" : " ")
                let w = canvas.put(text, x: x, y: y, clip: field, role: selected ? .selection : chips[i].role,
                                   emphasis: selected ? .bold : [])
                x += w + 1
            }
        }
        if paged {
            let pages = (rows.count + perPage - 1) / perPage
            let note = strings.mapPage(page + 1, pages)
            canvas.put(note, x: field.maxX - note.displayWidth, y: field.maxY - 1, clip: field, role: .dim)
        }
    }
}
