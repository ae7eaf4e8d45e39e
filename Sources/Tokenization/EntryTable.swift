/// A set of short byte strings, each with an integer value, looked up straight from a text's UTF-8
/// bytes without building a `String`.
///
/// Entries are bucketed by a hash of their first byte, last byte and length (letters lower-cased when
/// the table ignores case); a bitmap of occupied buckets rules out almost every lookup before any
/// entry is compared. The bitmap is keyed on the bytes as they appear in the text: when the table ignores
/// case, an entry marks the buckets of every case of its first and last letters, so that the test needs
/// no case folding.
struct EntryTable: Sendable {
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var value: Int
    }

    private static let bucketCount = 4096

    /// Whether ASCII letters match in either case (entries are stored lower-cased).
    let ignoresCase: Bool
    private var buckets: [[Entry]] = Array(repeating: [], count: bucketCount)
    /// One bit per bucket of the bytes as written: set when an entry may be spelled with them.
    private var occupied = [UInt64](repeating: 0, count: bucketCount / 64)

    init(ignoresCase: Bool) { self.ignoresCase = ignoresCase }

    /// The bucket of an entry of this first byte, last byte and length; with `lowering`, ASCII
    /// letters are lower-cased first.
    @inline(__always) fileprivate static func bucket(first: UInt8, last: UInt8, length: Int, lowering: Bool = false) -> Int {
        let (first, last) = lowering ? (ASCII.lowercased(first), ASCII.lowercased(last)) : (first, last)
        return (Int(first) &* 131 ^ Int(last) &* 31 ^ length) & (bucketCount - 1)
    }

    /// Whether the bitmap marks `bucket` as occupied.
    @inline(__always) fileprivate static func isOccupied(_ bucket: Int, in bits: UnsafeBufferPointer<UInt64>) -> Bool {
        bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    /// Adds an entry (lower-cased first when the table ignores case), replacing the value of an equal one.
    mutating func insert(_ entry: String, value: Int = 0) {
        insert(bytes: ignoresCase ? entry.utf8.map(ASCII.lowercased) : Array(entry.utf8), value: value)
    }

    private mutating func insert(bytes: [UInt8], value: Int) {
        guard let first = bytes.first, let last = bytes.last else { return }
        let bucket = Self.bucket(first: first, last: last, length: bytes.count)
        if let index = buckets[bucket].firstIndex(where: { $0.bytes == bytes }) {
            buckets[bucket][index].value = value
        } else {
            buckets[bucket].append(Entry(bytes: bytes, value: value))
            for first in spellings(of: first) {
                for last in spellings(of: last) {
                    let written = Self.bucket(first: first, last: last, length: bytes.count)
                    occupied[written >> 6] |= 1 << UInt64(written & 63)
                }
            }
        }
    }

    /// The bytes a stored byte matches in a text: a lower-case letter in either case when the table ignores
    /// case, any other byte itself.
    private func spellings(of byte: UInt8) -> [UInt8] {
        ignoresCase && byte &- 0x61 < 26 ? [byte, byte - 0x20] : [byte]
    }

    /// Adds every entry of another table (with the same case rule), its values shifted by `valueOffset`.
    mutating func formUnion(_ other: EntryTable, valueOffset: Int = 0) {
        for bucket in other.buckets {
            for entry in bucket { insert(bytes: entry.bytes, value: entry.value + valueOffset) }
        }
    }

    /// Whether an entry of this first byte, last byte and length (as written in the text) may exist (a
    /// quick test that never says no wrongly).
    @inline(__always) func mayContain(first: UInt8, last: UInt8, length: Int) -> Bool {
        withFilter { $0.mayContain(first: first, last: last, length: length) }
    }

    /// Calls `body` with a view of the occupancy bitmap that answers ``mayContain(first:last:length:)``
    /// without going through the table (for the scanner's hot loop).
    func withFilter<Result>(_ body: (Filter) -> Result) -> Result {
        occupied.withUnsafeBufferPointer { body(Filter(occupied: $0)) }
    }

    /// The occupancy bitmap of a table, valid inside ``withFilter(_:)``.
    struct Filter {
        let occupied: UnsafeBufferPointer<UInt64>

        /// Whether an entry of this first byte, last byte and length (as written in the text) may exist.
        @inline(__always) func mayContain(first: UInt8, last: UInt8, length: Int) -> Bool {
            EntryTable.isOccupied(EntryTable.bucket(first: first, last: last, length: length), in: occupied)
        }
    }

    /// The value of the entry `[low, high)` of `bytes` spells, if any.
    @inline(__always) func value(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Int? {
        let count = high - low
        guard count > 0, mayContain(first: bytes[low], last: bytes[high - 1], length: count) else { return nil }
        let bucket = Self.bucket(first: bytes[low], last: bytes[high - 1], length: count, lowering: ignoresCase)
        for entry in buckets[bucket] where entry.bytes.count == count {
            var index = 0
            while index < count {
                let byte = ignoresCase ? ASCII.lowercased(bytes[low + index]) : bytes[low + index]
                if byte != entry.bytes[index] { break }
                index += 1
            }
            if index == count { return entry.value }
        }
        return nil
    }

    /// Whether `[low, high)` of `bytes` is an entry.
    @inline(__always) func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Bool {
        value(bytes, low, high) != nil
    }
}
