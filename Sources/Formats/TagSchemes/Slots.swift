/// One slot per job, each written once, by the one thread that ran the job; read after all jobs ended.
final class Slots<Value>: @unchecked Sendable {
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

    /// The values, in order (every slot has been set once `concurrentPerform` returns).
    var values: [Value] { storage.compactMap { $0 } }
}
