#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The circle map's packing: a grid of slots, one bubble per slot, in selection order
/// (row by row), so that moving the selection moves through the picture in reading order.
struct CircleMapGrid: Equatable {
    let field: Rect
    let columns: Int
    let rows: Int
    let count: Int

    /// The smallest slot a bubble still reads in: a name and a line of numbers inside.
    static let minimumSlot = (width: 16, height: 5)

    /// The grid whose bubbles can be the biggest and roundest, or nil when `count`
    /// slots of the minimum size do not fit (the map then falls back to chips).
    static func best(count: Int, in field: Rect) -> CircleMapGrid? {
        guard count > 0 else { return nil }
        var best: (grid: CircleMapGrid, size: Double, empty: Int)?
        for columns in 1...count {
            let rows = (count + columns - 1) / columns
            let slotWidth = field.width / columns, slotHeight = field.height / rows
            guard slotWidth >= minimumSlot.width, slotHeight >= minimumSlot.height else { continue }
            // How wide the biggest round bubble can be.
            let size = min(Double(slotWidth - 3), Double(slotHeight - 1) * CircleMapBubble.aspect)
            let empty = rows * columns - count
            if best == nil || size > best!.size + 0.5 || (abs(size - best!.size) <= 0.5 && empty < best!.empty) {
                best = (CircleMapGrid(field: field, columns: columns, rows: rows, count: count), size, empty)
            }
        }
        return best?.grid
    }

    /// The slot of entry `index`, row by row.
    func slot(_ index: Int) -> Rect {
        let column = field.columns([Rect.Size](repeating: .fill(1), count: columns))[index % columns]
        let row = field.rows([Rect.Size](repeating: .fill(1), count: rows))[index / columns]
        return Rect(x: column.x, y: row.y, width: column.width, height: row.height)
    }

    /// The bubble of entry `index` in its slot: `scale` (0…1) of the biggest round bubble
    /// the slot holds with room for connectors around it, but never narrower than
    /// `minimumWidth` (its name) while the slot allows: a readable name matters more than
    /// a connector. Centred, with at least a column and a row to spare.
    func bubble(_ index: Int, scale: Double, minimumWidth: Int) -> Rect {
        let slot = slot(index)
        let maxHeight = slot.height - 1
        let roundWidth = min(slot.width - 3, Int(Double(maxHeight) * 3))
        let roundHeight = min(maxHeight, Int(Double(roundWidth) / 2))
        let width = min(slot.width - 1, max(Int((Double(roundWidth) * scale).rounded()), minimumWidth, 8))
        let height = min(maxHeight, max(Int((Double(roundHeight) * scale).rounded()), 4))
        return Rect(x: slot.x + (slot.width - width) / 2, y: slot.y + (maxHeight - height) / 2,
                    width: width, height: height)
    }

    /// How big a group of `members` is drawn next to the biggest (`largest`): a log scale,
    /// so that a 500-person import does not swallow the family circle, from half size up.
    static func scale(members: Int, largest: Int) -> Double {
        guard largest > 0 else { return 0.5 }
        return 0.5 + 0.5 * log(Double(1 + members)) / log(Double(1 + largest))
    }
}
