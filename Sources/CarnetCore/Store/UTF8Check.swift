/// Finds the first byte that is not valid UTF-8, so the error can name its line.
enum UTF8Check {
    /// Offset of the first invalid sequence, or nil when the whole buffer is valid.
    static func firstInvalid(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer(firstInvalid)
    }

    static func firstInvalid(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = p.count
        let raw = UnsafeRawPointer(p.baseAddress)
        while i < n {
            // ASCII, nearly all of a store, eight bytes at a time.
            if let raw {
                while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                if i >= n { break }
            }
            let c = p[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            switch c {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= n else { return i }
            var scalar = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length {
                let cc = p[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(cc & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            minimum = 0
            i += length
        }
        return nil
    }

    static func line<Bytes: RandomAccessCollection<UInt8>>(of offset: Int, in b: Bytes) -> Int where Bytes.Index == Int {
        1 + b[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
