#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer at a time, across processes: an `flock` on `.lock` in the store folder.
///
/// The kernel drops an flock when its process dies, so a lock left by a crashed or killed
/// Carnet never blocks the next start; the pid written inside only serves the message.
final class StoreLock {
    private let path: String
    private var fd: Int32 = -1

    init(directory: String) {
        path = directory + "/.lock"
    }

    var isHeld: Bool { fd >= 0 }

    /// Waits up to `timeoutMilliseconds` for the lock, then throws `StoreError.locked`.
    func acquire(timeoutMilliseconds: Int = 5000) throws {
        guard fd < 0 else { return }
        let handle = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard handle >= 0 else { throw StoreError.io(path: path, operation: "open the lock", errno: errno) }
        fchmod(handle, 0o600)
        var waited = 0
        while flock(handle, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, waited < timeoutMilliseconds else {
                let holder = StoreLock.holder(handle)
                close(handle)
                throw StoreError.locked(byPID: holder)
            }
            usleep(10_000)
            waited += 10
        }
        fd = handle
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    func release() {
        guard fd >= 0 else { return }
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<n], as: UTF8.self).trimmingSpaces)
    }
}
