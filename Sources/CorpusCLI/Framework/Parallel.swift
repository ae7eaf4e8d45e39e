import Dispatch
import Foundation

/// Runs independent jobs on several threads and returns their results in input order.
enum Parallel {
    /// `body(0) … body(count - 1)` on up to `jobs` threads; results come back in index order.
    static func map<Result>(count: Int, jobs: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            while let index = next.take(below: count) { results.set(index, body(index)) }
        }
        return results.values()
    }

    /// The number of cores, the default for `--jobs`.
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// A shared counter handing out each index once.
private final class Counter: @unchecked Sendable {
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

/// One slot per job, each written once by the thread that ran the job.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Result] { slots.compactMap { $0 } }
}
