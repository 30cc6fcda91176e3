/// A rectangle of cells on the screen, in columns (`x`, `width`) and rows (`y`, `height`).
///
/// Layout is done by cutting rectangles, so code reads like the screen:
///
///     let (header, rest) = screen.splitTop(1)
///     let (body, footer) = rest.splitBottom(1)
///     let panes = body.columns([.fixed(30), .fill(1)])
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// A rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The first column right of the rectangle.
    public var maxX: Int { x + width }
    /// The first row below the rectangle.
    public var maxY: Int { y + height }
    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    public var description: String { "Rect(x: \(x), y: \(y), w: \(width), h: \(height))" }

    /// True when the cell at (`x`, `y`) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The part of both rectangles; empty (at `self`'s origin) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        if right <= left || bottom <= top { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    // MARK: - Insets

    /// Shrinks by `amount` on every side (a bordered box's inside is `inset(1)`).
    public func inset(_ amount: Int) -> Rect {
        inset(dx: amount, dy: amount)
    }

    /// Shrinks by `dx` columns left and right and `dy` rows top and bottom.
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    // MARK: - Splits

    /// The top `rows` rows, and what is left below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: n),
                Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// The bottom `rows` rows, and what is left above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - n),
                Rect(x: x, y: maxY - n, width: width, height: n))
    }

    /// The left `columns` columns, and what is left on their right.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let n = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: n, height: height),
                Rect(x: x + n, y: y, width: width - n, height: height))
    }

    /// The right `columns` columns, and what is left on their left.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let n = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: width - n, height: height),
                Rect(x: maxX - n, y: y, width: n, height: height))
    }

    /// Cuts the rectangle into horizontal bands, top to bottom.
    public func rows(_ sizes: [Size]) -> [Rect] {
        Size.distribute(sizes, over: height).map { offset, length in
            Rect(x: x, y: y + offset, width: width, height: length)
        }
    }

    /// Cuts the rectangle into vertical strips, left to right.
    public func columns(_ sizes: [Size]) -> [Rect] {
        Size.distribute(sizes, over: width).map { offset, length in
            Rect(x: x + offset, y: y, width: length, height: height)
        }
    }

    /// A rectangle of at most `width` × `height` centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

extension Rect {
    /// How much of a split a band takes.
    public enum Size: Equatable, Sendable {
        /// Exactly this many cells (less if the space runs out).
        case fixed(Int)
        /// This share of the whole, 0–100.
        case percent(Int)
        /// A share of what the fixed and percent sizes leave, by weight.
        case fill(Int)

        /// Offsets and lengths, in order; never more than `total` in all.
        static func distribute(_ sizes: [Size], over total: Int) -> [(Int, Int)] {
            var lengths = [Int](repeating: 0, count: sizes.count)
            var remaining = total
            var weights = 0
            for (i, size) in sizes.enumerated() {
                switch size {
                case .fixed(let n):
                    lengths[i] = min(max(0, n), remaining)
                case .percent(let p):
                    lengths[i] = min(total * min(max(0, p), 100) / 100, remaining)
                case .fill(let w):
                    weights += max(0, w)
                    continue
                }
                remaining -= lengths[i]
            }
            if weights > 0 {
                let share = remaining
                var given = 0
                var lastFill: Int?
                for (i, size) in sizes.enumerated() {
                    guard case .fill(let w) = size else { continue }
                    lengths[i] = share * max(0, w) / weights
                    given += lengths[i]
                    lastFill = i
                }
                // Rounding leftovers go to the last fill so the bands cover the whole.
                if let last = lastFill { lengths[last] += share - given }
            }
            var offset = 0
            return lengths.map { length in
                defer { offset += length }
                return (offset, length)
            }
        }
    }
}
