/// A small, fast, deterministic random generator for synthetic data: xoshiro256**,
/// seeded through SplitMix64. The same seed gives the same sequence on every platform
/// and every Swift version, which Foundation's and the standard library's generators
/// do not promise.
public struct SyntheticRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A number in `0..<bound` (multiply-high; the bias is below 2⁻³² for the bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True `percent` times in a hundred (fractions of a percent: use `chance(perMille:)`).
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    public mutating func chance(perMille: Int) -> Bool { below(1000) < perMille }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// SplitMix64: tiny and the same on every platform. It spreads a seed over xoshiro's 256
/// bits of state here, and drives the tests' fuzzers and kill loops, so that a seed
/// replays the same inputs.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
