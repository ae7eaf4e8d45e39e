/// A small open-addressing hash map from 64-bit phrase hashes (``PhraseHash``) to values.
///
/// The keys are already well-mixed hashes, so the map uses their bits directly (no rehashing through
/// `Hasher`), probes linearly, and grows at half load. The key `0` is stored as `1`.
struct HashMap64<Value> {
    /// A key (`0` for an empty slot) and its value, side by side: a lookup reads one place in memory.
    fileprivate struct Slot {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private(set) var count = 0

    /// Creates an empty map with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        slots = Array(repeating: Slot(key: 0, value: nil), count: Self.tableSize(capacity: capacity))
    }

    subscript(key: UInt64) -> Value? {
        @inline(__always)
        get {
            let key = key == 0 ? 1 : key
            return slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1  // slots are masked to the table
                var slot = Int(truncatingIfNeeded: key) & mask
                while slots[slot].key != 0 {
                    if slots[slot].key == key { return slots[slot].value }
                    slot = (slot &+ 1) & mask
                }
                return nil
            }
        }
        @inline(__always)
        set {
            guard let newValue else { return }  // removal is never needed here
            let key = key == 0 ? 1 : key
            if (count + 1) * 2 > slots.count { grow() }
            slots.withUnsafeMutableBufferPointer { slots in
                let mask = slots.count - 1  // slots are masked to the table
                var slot = Int(truncatingIfNeeded: key) & mask
                while slots[slot].key != 0 && slots[slot].key != key { slot = (slot &+ 1) & mask }
                if slots[slot].key == 0 { count += 1 }
                slots[slot] = Slot(key: key, value: newValue)
            }
        }
    }

    /// The order in which a map made with `capacity`, given `keys` (distinct, in this order) and never
    /// grown, lists them in ``entries``: the positions into `keys`, by slot. Worked out on a bitset of the
    /// slots taken and each slot's position, read back in slot order from the bitset's set bits (no sort).
    static func slotOrder(of keys: [UInt64], capacity: Int) -> [Int] {
        let size = tableSize(capacity: capacity)
        precondition(keys.count * 2 <= size, "the map would have grown")
        let mask = size - 1
        var taken = [UInt64](repeating: 0, count: (size + 63) / 64)  // one bit per slot
        var positions = [Int32](repeating: 0, count: size)  // the position into `keys` of each slot taken
        for (position, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key == 0 ? 1 : key) & mask
            while taken[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { slot = (slot + 1) & mask }
            taken[slot >> 6] |= 1 << UInt64(slot & 63)
            positions[slot] = Int32(truncatingIfNeeded: position)
        }
        var order: [Int] = []
        order.reserveCapacity(keys.count)
        for (word, var bits) in taken.enumerated() {
            while bits != 0 {
                order.append(Int(positions[word << 6 | bits.trailingZeroBitCount]))
                bits &= bits - 1
            }
        }
        return order
    }

    /// The number of slots of a map made with `capacity`: a power of two, at least 16, at most half full.
    private static func tableSize(capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        return size
    }

    /// `key` with its bits mixed (a bijection that keeps `0` alone at `0`), for keys that are not hashes.
    static func mixed(_ key: UInt64) -> UInt64 {
        var mixed = key ^ key >> 33
        mixed = mixed &* 0xff51_afd7_ed55_8ccd
        return mixed ^ mixed >> 33
    }

    /// Every key and value, in slot order (which the keys and the order they came in decide).
    var entries: Entries { Entries(slots: slots) }

    /// The keys and values of a map, read from its slots without copying them.
    struct Entries: Sequence, IteratorProtocol {
        fileprivate let slots: [Slot]
        private var position = 0

        fileprivate init(slots: [Slot]) { self.slots = slots }

        mutating func next() -> (key: UInt64, value: Value)? {
            while position < slots.count {
                let slot = slots[position]
                position += 1
                if let value = slot.value { return (slot.key, value) }
            }
            return nil
        }
    }

    /// Doubles the table and enters the keys again in their old slot order (as setting each would).
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: nil), count: old.count * 2)
        let mask = slots.count - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for entry in old where entry.key != 0 {
                var slot = Int(truncatingIfNeeded: entry.key) & mask
                while slots[slot].key != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }
}
