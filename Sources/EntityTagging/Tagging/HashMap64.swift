/// A small open-addressing hash map from 64-bit phrase hashes (``PhraseHash``) to values.
///
/// The keys are already well-mixed hashes, so the map uses their bits directly (no rehashing through
/// `Hasher`), probes linearly, and grows at half load. The key `0` is stored as `1`.
struct HashMap64<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private(set) var count = 0

    /// Creates an empty map with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
    }

    subscript(key: UInt64) -> Value? {
        get {
            let key = key == 0 ? 1 : key
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // removal is never needed here
            let key = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    /// Every key and value, in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        zip(keys, values).compactMap { key, value in value.map { (key, $0) } }
    }

    private mutating func grow() {
        let old = entries
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: nil, count: keys.count)
        count = 0
        for (key, value) in old { self[key] = value }
    }
}
