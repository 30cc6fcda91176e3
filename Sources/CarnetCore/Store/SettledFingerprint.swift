#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem.Fingerprint {
    /// Whether no change made to the file after `time` can leave this fingerprint as it is,
    /// so that a later start finding the same fingerprint may trust that the bytes are the
    /// same without reading them (the snapshot's sources, `StoreSnapshot`). Any write sets
    /// the change time to the clock's time as it begins, and no program can set it back; a
    /// change in the same step of the file system's clock as the last one, though, could keep
    /// it (and the size). So the last change must be older than `time` by more than a step:
    /// 50 ms (the kernel's coarse clock, which file times follow, moves every 1–10 ms), or 2 s
    /// when the times have no fraction of a second (file systems that keep whole or even
    /// seconds). As git's index does with "racily clean" files, a file changed just before is
    /// read. What this cannot see (a long write still going on, a shared mapping, a clock set
    /// back) is in docs/store-format.md, "The snapshot".
    func isSettled(at time: timespec) -> Bool {
        let wholeSeconds = changedNanoseconds == 0 && modifiedNanoseconds == 0
        let margin: Int64 = wholeSeconds ? 2_000_000_000 : 50_000_000
        let now = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        let changed = max(changedSeconds * 1_000_000_000 + changedNanoseconds,
                          modifiedSeconds * 1_000_000_000 + modifiedNanoseconds)
        return changed <= now - margin
    }

    /// This fingerprint if it is settled at `time` (see `isSettled`), else nil.
    func settled(at time: timespec) -> Self? {
        isSettled(at: time) ? self : nil
    }
}
