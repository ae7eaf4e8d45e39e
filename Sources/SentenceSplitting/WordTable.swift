/// One rule list compiled for look-ups straight from a text's UTF-8 bytes: an open-addressing hash table
/// of the list's ASCII entries, so that a look-up neither builds a `String` nor hashes one.
///
/// It answers exactly as the list's `[String: Rule]` dictionary does. Entries holding non-ASCII text are
/// not in the table: a token with a byte ≥ 0x80 goes through the dictionary (``RuleIndex``'s slow path),
/// and so does an ASCII token the table lacks when an entry could still equal it under Unicode canonical
/// equivalence, which Swift's `String` comparison applies (``needsDictionary``).
final class WordTable: @unchecked Sendable {  // immutable after `init`; the buffers are never written again
    /// One occupied or empty place of the table.
    struct Slot {
        /// Where the entry's bytes start in ``keys``.
        var offset: UInt32 = 0
        /// The entry's length in bytes; 0 marks an empty slot.
        var length: UInt32 = 0
        var ruleClass: SplitterRuleClass = .starter
    }

    /// Whether ASCII capitals in a token are folded to lower case before matching (the word lists; their
    /// entries are lower case). Abbreviations match as written.
    let folding: Bool
    /// Whether an entry that is not in the table could equal an ASCII token: it holds one of the three
    /// scalars whose canonical decomposition is ASCII (U+037E GREEK QUESTION MARK is `;`, U+1FEF GREEK VARIA
    /// is `` ` ``, U+212A KELVIN SIGN is `K`), so `String` equality may match it.
    let needsDictionary: Bool
    /// No ASCII entry is longer than this many bytes.
    let longest: Int
    /// The prefilter of ``mayHold(_:start:end:)``: bit `b % 64` of word `b / 64` is set when an entry
    /// (ASCII or not) starts with byte `b`, and no entry is longer than `longestEntry` bytes.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    private let longestEntry: Int
    private let slots: UnsafeMutableBufferPointer<Slot>
    private let keys: UnsafeMutableBufferPointer<UInt8>

    /// Compiles a list.
    init(_ list: RuleList, folding: Bool) {
        self.folding = folding
        let ascii = list.entries.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        needsDictionary = list.entries.keys.contains { entry in
            entry.unicodeScalars.contains { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }
        }
        longest = ascii.keys.map(\.utf8.count).max() ?? 0
        longestEntry = list.entries.keys.map(\.utf8.count).max() ?? 0
        var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for first in list.entries.keys.compactMap(\.utf8.first) {
            let bit = UInt64(1) << UInt64(first & 63)
            switch first >> 6 {
            case 0: firstBytes.0 |= bit
            case 1: firstBytes.1 |= bit
            case 2: firstBytes.2 |= bit
            default: firstBytes.3 |= bit
            }
        }
        self.firstBytes = firstBytes
        var capacity = 16
        while capacity < ascii.count * 2 { capacity *= 2 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot())
        keys = .allocate(capacity: max(1, ascii.keys.reduce(0) { $0 + $1.utf8.count }))
        var offset = 0
        for (entry, rule) in ascii {
            let bytes = Array(entry.utf8)
            _ = keys[offset..<offset + bytes.count].initialize(from: bytes)
            var index = Self.hash(bytes.withUnsafeBufferPointer { $0 }, 0, bytes.count, folding: false) & (capacity - 1)
            while slots[index].length != 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = Slot(offset: UInt32(offset), length: UInt32(bytes.count), ruleClass: rule.ruleClass)
            offset += bytes.count
        }
    }

    deinit {
        slots.deallocate()
        keys.deallocate()
    }

    /// Whether an entry could be `bytes[start..<end]`: a cheap test with false positives only, made before
    /// ``match(_:start:end:)`` or a dictionary look-up (which would build a `String` and hash it). When
    /// ``folding``, an ASCII capital first byte is folded to lower case, and a non-ASCII first byte always
    /// passes (its lower case may start with another byte).
    @inline(__always)
    func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        var first = bytes[start]
        if folding {
            if first >= 0x80 { return true }
            if first >= 0x41, first <= 0x5A { first |= 0x20 }
        }
        guard end - start <= longestEntry else { return false }
        let bit = UInt64(1) << UInt64(first & 63)
        switch first >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }

    /// The result of a look-up in the table alone.
    enum Match {
        /// The entry and its class.
        case found(SplitterRuleClass)
        /// No entry equals the text.
        case absent
        /// The table cannot tell: ask the dictionary.
        case unknown
    }

    /// Looks up `bytes[start..<end]` (non-empty).
    @inline(__always)
    func match(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Match {
        let length = end - start
        guard length <= longest else { return absent(bytes, start: start, end: end) }
        var index = Self.hash(bytes, start, end, folding: folding) & (slots.count - 1)
        while true {
            let slot = slots[index]
            if slot.length == 0 { return absent(bytes, start: start, end: end) }
            if Int(slot.length) == length, equals(slot, bytes, start) { return .found(slot.ruleClass) }
            index = (index + 1) & (slots.count - 1)
        }
    }

    /// What a miss means: ``Match/absent`` unless the text is not ASCII or ``needsDictionary``.
    private func absent(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Match {
        if needsDictionary { return .unknown }
        var index = start
        while index < end {
            if bytes[index] >= 0x80 { return .unknown }
            index += 1
        }
        return .absent
    }

    /// Whether the entry in `slot` equals the text starting at `start` (folded when ``folding``).
    @inline(__always)
    private func equals(_ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let key = Int(slot.offset)
        for offset in 0..<Int(slot.length) {
            var byte = bytes[start + offset]
            if folding, byte &- 0x41 < 26 { byte |= 0x20 }
            if byte != keys[key + offset] { return false }
        }
        return true
    }

    /// A hash of the bytes, ASCII capitals folded when `folding` (FNV-1a).
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, folding: Bool) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        var index = start
        while index < end {
            var byte = bytes[index]
            if folding, byte &- 0x41 < 26 { byte |= 0x20 }
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
            index += 1
        }
        return Int(hash ^ hash >> 15)
    }
}
