extension Segmenter {
    /// Whether the gap after token `index` borders a date-and-time stamp standing between names, as in
    /// e-mail headers whose line breaks were lost (`Sean Boyle 08/17/2000 11:21 AM I spoke to …`): the
    /// stamp (`MM/DD/YYYY HH:MM[:SS] [AM|PM]`) is a sentence of its own when a name or address stands
    /// before it (not a lower-case word: `on 08/15/2000 06:03 PM` goes on) and a capitalised word after it.
    ///
    /// The first test, which rules out almost every gap, is made where the question is asked; the rest of
    /// the work is out of line.
    @inline(__always)
    func bordersStamp(after index: Int) -> Bool {
        // A date holds `/` and a time `:`, so neither is a plain word; nor is `AM`/`PM` after the time.
        let current = token(index)
        let following = token(index &+ 1)  // no overflow: the next token has arrived
        guard (following.initial == .digit && !following.plain)
            || (!current.plain && (current.initial == .digit || current.length == 2))
        else { return false }
        return bordersStampPastFirstTest(after: index)
    }

    /// ``bordersStamp(after:)`` for a gap its first test leaves open.
    private func bordersStampPastFirstTest(after index: Int) -> Bool {
        let next = index + 1
        if has(next + 1), isDate(next), isTime(next + 1) {
            let before = token(index)
            return before.initial == .upper || (before.kind == .other && before.length > 0)
        }
        var stampEnd = index
        if isMeridiem(index) { stampEnd -= 1 }
        guard stampEnd - 1 > sentenceStart - 1, has(stampEnd - 1), isTime(stampEnd), isDate(stampEnd - 1),
            !isMeridiem(next)
        else { return false }
        return nextInitial(next) == .upper
    }

    /// `M/D/YY` to `MM/DD/YYYY`.
    private func isDate(_ index: Int) -> Bool {
        let info = token(index)
        guard info.initial == .digit, info.length >= 6, info.length <= 10 else { return false }
        return hasDigitGroups(start: Int(info.start), end: Int(info.end), separator: UInt8(ascii: "/"), lengths: Self.dateGroups)
    }

    /// `H:MM`, `HH:MM` or `HH:MM:SS`.
    private func isTime(_ index: Int) -> Bool {
        let info = token(index)
        guard info.initial == .digit, info.length >= 4, info.length <= 8 else { return false }
        let start = Int(info.start)
        let end = Int(info.end)
        let separator = UInt8(ascii: ":")
        return hasDigitGroups(start: start, end: end, separator: separator, lengths: Self.shortTimeGroups)
            || hasDigitGroups(start: start, end: end, separator: separator, lengths: Self.longTimeGroups)
    }

    /// `AM`, `PM`, `am` or `pm`.
    private func isMeridiem(_ index: Int) -> Bool {
        guard has(index) else { return false }
        let info = token(index)
        guard info.length == 2 else { return false }
        let first = bytes[Int(info.start)] | 0x20
        let second = bytes[Int(info.start) + 1]
        return (first == UInt8(ascii: "a") || first == UInt8(ascii: "p"))
            && (second == UInt8(ascii: "M") || second == UInt8(ascii: "m"))
            && (bytes[Int(info.start)] < 0x61) == (second < 0x61)
    }

    /// The digits in each group of a date (`M/D/YY` to `MM/DD/YYYY`) and a time (`H:MM`, `HH:MM:SS`).
    private static let dateGroups = [1...2, 1...2, 2...4]
    private static let shortTimeGroups = [1...2, 2...2]
    private static let longTimeGroups = [1...2, 2...2, 2...2]

    /// Whether `bytes[start..<end]` is groups of ASCII digits of the given lengths joined by `separator`.
    private func hasDigitGroups(start: Int, end: Int, separator: UInt8, lengths: [ClosedRange<Int>]) -> Bool {
        var group = 0
        var length = 0
        for offset in start..<end {
            let byte = bytes[offset]
            if byte == separator {
                guard group < lengths.count, lengths[group].contains(length) else { return false }
                group += 1
                length = 0
            } else if byte >= 0x30, byte <= 0x39 {
                length += 1
            } else {
                return false
            }
        }
        return group == lengths.count - 1 && lengths[group].contains(length)
    }
}
