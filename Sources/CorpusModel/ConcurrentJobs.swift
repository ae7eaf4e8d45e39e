import Dispatch
import Foundation

/// Runs independent jobs — documents, batches of documents — on several threads and returns their results
/// in job order. Shared by every module that works on documents in parallel.
public enum ConcurrentJobs {
    /// The number of cores: the default number of threads.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Runs `body(0) … body(count - 1)` on up to `threads` threads (each takes the next job when it is free).
    /// - Parameters:
    ///   - count: The number of jobs.
    ///   - threads: The most threads to use (default: one per core).
    ///   - body: One job; called once for each index, from any thread.
    /// - Returns: The jobs' results, in index order.
    public static func map<Result>(count: Int, threads: Int = cores, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1, threads > 1 else { return (0..<count).map(body) }
        let results = Slots<Result>(count: count)
        let next = JobCounter()
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
            while let index = next.take(below: count) { results.set(index, body(index)) }
        }
        return results.values
    }
}

/// Hands out each job index once.
private final class JobCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One slot per job, each written once by the thread that ran the job, read after all jobs ended.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value] { storage.compactMap { $0 } }
}
