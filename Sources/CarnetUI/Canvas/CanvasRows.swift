/// A canvas told as the rows in which it differs from another of its size, and made again
/// from those: a frame kept beside the first screen (`FirstKeys`) is a few rows of it.
extension Canvas {
    /// The numbers of the rows where `self` differs from `base`, and a canvas of those rows
    /// alone, in order; nil when the two are not the same size.
    public func rows(differingFrom base: Canvas) -> (numbers: [Int], rows: Canvas)? {
        guard width == base.width, height == base.height else { return nil }
        var numbers: [Int] = []
        var picked: [Cell] = []
        for y in 0..<height where row(y) != base.row(y) {
            numbers.append(y)
            picked += row(y)
        }
        return (numbers, Canvas(width: width, height: numbers.count, cells: picked))
    }

    /// `self` with the rows numbered `numbers` replaced by those of `rows`, in order; nil
    /// when they do not fit (another width, a number out of range, as many rows as numbers).
    public func replacing(rows numbers: [Int], with rows: Canvas) -> Canvas? {
        guard rows.width == width, rows.height == numbers.count,
              numbers.allSatisfy({ $0 >= 0 && $0 < height }) else { return nil }
        var cells = self.cells
        for (k, y) in numbers.enumerated() {
            cells.replaceSubrange((y * width)..<((y + 1) * width), with: rows.row(k))
        }
        return Canvas(width: width, height: height, cells: cells)
    }

    private func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }
}
