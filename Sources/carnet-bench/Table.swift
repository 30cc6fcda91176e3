/// The plain-text table the benchmark prints, one per size.
struct Table {
    var title: String
    var rows: [(String, String, String, String, String)] = []

    init(_ title: String) { self.title = title }

    mutating func time(_ name: String, _ t: Timing, note: String = "") {
        rows.append((name, ms(t.median), ms(t.min), ms(t.max), "\(t.seconds.count)" + (note.isEmpty ? "" : "  " + note)))
    }

    mutating func value(_ name: String, _ value: String, note: String = "") {
        rows.append((name, value, "", "", note))
    }

    func render() -> String {
        let header = ("measure", "median", "min", "max", "runs")
        let all = [header] + rows
        let w0 = all.map { $0.0.count }.max()!, w1 = all.map { $0.1.count }.max()!
        let w2 = all.map { $0.2.count }.max()!, w3 = all.map { $0.3.count }.max()!
        var out = "\n\(title)\n"
        for (i, r) in all.enumerated() {
            out += pad(r.0, w0) + "  " + left(r.1, w1) + "  " + left(r.2, w2) + "  " + left(r.3, w3) + "  " + r.4 + "\n"
            if i == 0 { out += String(repeating: "-", count: w0 + w1 + w2 + w3 + 12) + "\n" }
        }
        return out
    }

    private func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: Swift.max(0, w - s.count)) }
    private func left(_ s: String, _ w: Int) -> String { String(repeating: " ", count: Swift.max(0, w - s.count)) + s }
}

func ms(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "—" }
    let v = seconds * 1000
    if v >= 100 { return fixed(v, 0) + " ms" }
    if v >= 10 { return fixed(v, 1) + " ms" }
    if v >= 0.1 { return fixed(v, 2) + " ms" }
    return fixed(v * 1000, 1) + " µs"
}

func mb(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) + " MiB" }

/// `value` with `digits` decimals, without Foundation's formatters.
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((value * scale).rounded())
    let whole = n / Int(scale), frac = abs(n % Int(scale))
    guard digits > 0 else { return String(whole) }
    let f = String(frac)
    return (n < 0 && whole == 0 ? "-" : "") + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
}

func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return out
}
