/// The splitter's rules compiled once for the state machine's look-ups, which read a token's UTF-8 bytes
/// and build no `String` on the common path. Held by reference, so that a ``Segmenter`` is small and never
/// copies the rules.
final class RuleIndex: Sendable {
    /// The rules, for the look-ups a ``WordTable`` leaves to their dictionaries.
    let rules: SplitterRules
    private let abbreviations: WordTable
    private let starters: WordTable
    private let lineContinuations: WordTable
    private let greetings: WordTable
    private let signOffs: WordTable

    /// The word lists that ``isListed(_:start:end:in:)`` consults.
    enum WordList {
        case lineContinuations, greetings, signOffs
    }

    /// The built-in rules, compiled once per process.
    static let builtin = RuleIndex(.builtin)

    init(_ rules: SplitterRules) {
        self.rules = rules
        abbreviations = WordTable(rules.abbreviations, folding: false)
        starters = WordTable(rules.starters, folding: true)
        lineContinuations = WordTable(rules.lineContinuations, folding: true)
        greetings = WordTable(rules.greetings, folding: true)
        signOffs = WordTable(rules.signOffs, folding: true)
    }

    /// The abbreviation class of the text `bytes[start..<end]` (matched exactly, case included).
    func abbreviationClass(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> SplitterRuleClass? {
        guard abbreviations.mayHold(bytes, start: start, end: end) else { return nil }
        switch abbreviations.match(bytes, start: start, end: end) {
        case .found(let ruleClass): return ruleClass
        case .absent: return nil
        case .unknown:
            return rules.abbreviations[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)]?
                .ruleClass
        }
    }

    /// The starter class of the word `bytes[start..<end]`, in any case.
    func starterClass(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> SplitterRuleClass? {
        wordClass(bytes, start: start, end: end, rules.starters, starters)
    }

    /// Whether the word `bytes[start..<end]`, in any case, is listed in the given word list.
    func isListed(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, in list: WordList) -> Bool {
        switch list {
        case .lineContinuations: return wordClass(bytes, start: start, end: end, rules.lineContinuations, lineContinuations) != nil
        case .greetings: return wordClass(bytes, start: start, end: end, rules.greetings, greetings) != nil
        case .signOffs: return wordClass(bytes, start: start, end: end, rules.signOffs, signOffs) != nil
        }
    }

    /// The class a word list gives the word `bytes[start..<end]`, in any case.
    private func wordClass(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ list: RuleList, _ table: WordTable
    ) -> SplitterRuleClass? {
        guard table.mayHold(bytes, start: start, end: end) else { return nil }
        switch table.match(bytes, start: start, end: end) {
        case .found(let ruleClass): return ruleClass
        case .absent: return nil
        case .unknown: return list[Self.lowercased(bytes, start: start, end: end)]?.ruleClass
        }
    }

    /// The text in lower case: ASCII letters folded byte by byte, anything else through `lowercased()`.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if slice.contains(where: { $0 >= 0x80 }) { return String(decoding: slice, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return slice.count
        }
    }
}
