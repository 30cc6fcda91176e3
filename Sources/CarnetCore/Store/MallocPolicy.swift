#if canImport(Glibc)
import Glibc
#endif

/// How the app asks glibc's malloc to give memory back to the system, so that reading the
/// store again (an outside change) does not leave the app holding more than its start did.
///
/// Neither call is declared by Swift's Glibc module (no `malloc.h`): both are looked up by
/// name. Elsewhere (macOS) they do nothing.
public enum MallocPolicy {
    /// Blocks of 128 KiB and more (the contacts' array, the journal's entries, the id
    /// tables) are always mapped on their own, so that freeing them gives their pages back
    /// at once. By default glibc raises that threshold to the size of the largest mapped
    /// block freed (up to 32 MiB); after the first reload the new network's arrays then
    /// came from the heap and the threads' arenas, where they stayed once freed, in pieces
    /// `malloc_trim` could not give back: at 10,000 people the app held 41.5–43.1 MiB after
    /// five reloads against 33–35 MiB at its start (docs/benchmarks.md, eleventh round).
    public static func mapLargeBlocks() {
        #if canImport(Glibc)
        typealias Option = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in malloc.h
        if let mallopt = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
            _ = unsafeBitCast(mallopt, to: Option.self)(mmapThreshold, 128 * 1024)
        }
        #endif
    }

    /// Gives the free pages of the heap and of every arena back to the system
    /// (`malloc_trim`): after the old network is freed, before the new one is read.
    static func giveBackFreedMemory() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        if let trim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(trim, to: Trim.self)(0)
        }
        #endif
    }
}
