#if os(Linux)
import CMalloc
#endif

/// How the app asks glibc's malloc to give memory back to the system, so that reading the
/// store again (an outside change) does not leave the app holding more than its start did.
///
/// Both calls are glibc's, declared through `CMalloc` (Swift's Glibc module has no
/// `malloc.h`); elsewhere (macOS) they do nothing.
public enum MallocPolicy {
    /// Blocks of 128 KiB and more (the contacts' array, the journal's entries, the id
    /// tables) are always mapped on their own, so that freeing them gives their pages back
    /// at once. By default glibc raises that threshold to the size of the largest mapped
    /// block freed (up to 32 MiB); after the first reload the new network's arrays then
    /// came from the heap and the threads' arenas, where they stayed once freed, in pieces
    /// `malloc_trim` could not give back: at 10,000 people the app held 41.5–43.1 MiB after
    /// five reloads against 33–35 MiB at its start (docs/benchmarks-history.md, eleventh round).
    public static func mapLargeBlocks() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
    }

    /// Gives the free pages of the heap and of every arena back to the system
    /// (`malloc_trim`): after the old network is freed, before the new one is read.
    static func giveBackFreedMemory() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
