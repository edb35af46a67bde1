import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps recursive evaluation clear of the end of the thread's stack. Evaluation recurses
/// with the instance and the schema; a 512-deep instance under a recursive schema needs
/// megabytes of stack in a debug build. The evaluator stops when the stack pointer nears the
/// limit, and `CompiledSchema` then starts over on a thread with a large stack.
enum StackGuard {
    /// The stack size of the thread used when the caller's stack runs short.
    static let largeStackSize = 512 << 20

    /// The lowest address evaluation may reach on this thread: its stack's end plus a margin
    /// for what runs without checking (error reporting, regular expressions); nil when the
    /// platform does not say.
    static func limit() -> UInt? {
        // Asking the system can be slow (glibc reads /proc/self/maps for the main thread):
        // the answer is kept per thread.
        if let cached = pthread_getspecific(cacheKey) {
            let value = UInt(bitPattern: cached)
            return value == 1 ? nil : value
        }
        var result: UInt? = nil
        if let (low, size) = bounds() {
            let margin = max(256 << 10, size / 2)
            result = low + UInt(min(margin, size - (64 << 10)))
        }
        pthread_setspecific(cacheKey, UnsafeRawPointer(bitPattern: result ?? 1))
        return result
    }

    /// The thread-specific slot of `limit()`'s answer (1 for "unknown").
    private static let cacheKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The current stack address (a local variable's).
    @inline(never)
    static func here() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    private static func bounds() -> (low: UInt, size: Int)? {
        #if canImport(Glibc)
        guard let getAttributes = threadAttributes else { return nil }
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer? = nil
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address, size > 128 << 10 else { return nil }
        return (UInt(bitPattern: address), size)
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = pthread_get_stacksize_np(pthread_self())
        guard size > 128 << 10 else { return nil }
        return (top - UInt(size), size)
        #else
        return nil
        #endif
    }

    #if canImport(Glibc)
    typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32

    /// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not declare).
    static let threadAttributes: GetAttributes? = {
        guard let symbol = dlsym(nil, "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    /// Runs `body` on a new thread with a `largeStackSize` stack and waits for it.
    static func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T? {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = largeStackSize
        thread.start()
        done.wait()
        return box.value
    }

    /// Carries the result across threads; written once before the semaphore is signalled,
    /// read once after it was waited for.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
