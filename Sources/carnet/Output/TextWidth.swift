/// Display columns of a text, for aligned tables. Stand-in until the UI's width table lands.
enum TextWidth {
    static func of(_ s: String) -> Int { s.count }
}
