/// Temp file and folder names filled in by mkstemps/mkdtemp, which work on C strings.
enum TempName {
    /// The path in a NUL-terminated template, as Swift text.
    static func path(_ template: [CChar]) -> String {
        String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
