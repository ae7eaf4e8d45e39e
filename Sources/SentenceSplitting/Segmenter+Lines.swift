extension Segmenter {
    /// A comma ends a line that may end a sentence only on a short line: a salutation or sign-off
    /// (`Dear Nina,` / `Best regards,`). After this many tokens on the line the comma continues a sentence.
    static let longestSalutation = 6
    /// A line of at most this many tokens, ending in a word, is a heading or title even when the next
    /// line starts in lower case (`love this park⏎this is a great park`); longer lines are wrapped text.
    static let longestHeading = 4

    /// The `auto` policy's decision about a single line break after token `index` that punctuation
    /// left open, from the shape of the two lines:
    /// 1. a next line that starts a list item (`•`, `-`, `1.`, `a)`) starts a sentence;
    /// 2. a line that ends with an emoticon ends a sentence (web text uses them as full stops);
    /// 3. a line that ends mid-phrase (`;`, a comma after a long phrase, an opening bracket or quote, `&`,
    ///    a word broken by a hyphen, a line-continuation word such as `the`) goes on — except a name and
    ///    comma addressing someone before a line starting with a sentence starter (`Traci,⏎I have`);
    /// 4. a next line starting in lower case goes on, unless its first word is a `starter` (`i`, `you`)
    ///    or the line before it is a short heading ending in a word (`wrong location⏎this is not …`);
    /// 5. anything else (a heading, a sign-off, a capitalised next line, a web address) ends the sentence.
    func lineShapeEnds(after index: Int) -> Bool {
        if startsListItem(at: index + 1) { return true }
        let last = token(index)
        let start = Int(last.start)
        let end = Int(last.end)
        let phraseLength = min(Int(last.linePosition), index - sentenceStart) + 1
        switch last.kind {
        case .emoticon:
            return true
        case .clauseMark:
            if bytes[start] == UInt8(ascii: ";") { return false }
            if bytes[start] == UInt8(ascii: ","), phraseLength > Self.longestSalutation, !addressesSomeone(before: index) {
                return false
            }
        case .opener, .openingQuote:
            return false
        case .word:
            if bytes[end - 1] == UInt8(ascii: "-") { return false }
            if rules.isListed(bytes, start: start, end: end, in: .lineContinuations) { return false }
        case .other:
            if end - start == 1, bytes[start] == UInt8(ascii: "&") || bytes[start] == UInt8(ascii: "/") { return false }
        default:
            break
        }
        let next = word(at: index + 1)
        if next.initial == .lower, !isWebAddress(start: Int(next.start), end: Int(next.end)) {
            return isLowercaseStarter(index + 1) || (last.kind == .word && phraseLength <= Self.longestHeading)
        }
        return true
    }

    /// Whether the comma at `index` follows a capitalised name and the next line opens with a capitalised
    /// sentence starter: a line addressing someone (`… Kathleen,⏎You are correct`).
    private func addressesSomeone(before index: Int) -> Bool {
        guard index > sentenceStart, has(index - 1), token(index - 1).kind == .word, token(index - 1).initial == .upper
        else { return false }
        let next = word(at: index + 1)
        return next.initial == .upper && rules.starterClass(bytes, start: Int(next.start), end: Int(next.end)) == .starter
    }

    /// Whether the line starting at token `index` is a list item: a bullet or dash, or a label (`1.`,
    /// `a.`, `iv.`, `1)`, `1.)`, `(a)`) followed by a space.
    func startsListItem(at index: Int) -> Bool {
        guard has(index) else { return false }
        let first = token(index)
        guard first.linePosition == 0 else { return false }
        switch first.kind {
        case .bullet, .dash:
            return true
        case .word where first.endsWithPeriod:
            return isLabel(start: Int(first.start), end: Int(first.end) - 1) && isFollowedBySpace(index)
        case .word:
            guard isLabel(start: Int(first.start), end: Int(first.end)), has(index + 1) else { return false }
            let mark = token(index + 1)
            guard mark.gap == .none else { return false }
            let isParen = mark.kind == .closer && bytes[Int(mark.start)] == UInt8(ascii: ")")
            guard mark.kind == .fullStop || isParen else { return false }
            if has(index + 2), token(index + 2).gap == .none, token(index + 2).kind == .closer {
                return isFollowedBySpace(index + 2)  // 1.)
            }
            return isFollowedBySpace(index + 1)
        case .opener:
            guard has(index + 2), token(index + 1).gap == .none, token(index + 2).gap == .none else { return false }
            let label = token(index + 1)
            return token(index + 2).kind == .closer && isLabel(start: Int(label.start), end: Int(label.end))
                && isFollowedBySpace(index + 2)
        default:
            return false
        }
    }

    /// Whether whitespace (or the end of the tokens seen) follows token `index`.
    private func isFollowedBySpace(_ index: Int) -> Bool {
        !has(index + 1) || token(index + 1).gap != .none
    }

    /// Whether the sentence from token `start` through the full stop at `stop` is only a list label
    /// (`1` `.` or `iv` `.`), which does not end a sentence.
    func isListLabel(from start: Int, through stop: Int) -> Bool {
        guard stop == start + 1, has(start) else { return false }
        let label = token(start)
        return label.kind == .word && isLabel(start: Int(label.start), end: Int(label.end))
    }

    /// Whether `bytes[start..<end]` is a list label: one to three digits, one ASCII letter, or a small
    /// Roman numeral (`i` to `xii`, in one case).
    func isLabel(start: Int, end: Int) -> Bool {
        let length = end - start
        guard length >= 1, length <= 4 else { return false }
        if length <= 3, (start..<end).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) { return true }
        if length == 1 { return Self.isASCIILetter(bytes[start]) }
        var packed: UInt32 = 0  // the letters in lower case, first letter in the lowest byte
        for offset in start..<end {
            guard Self.isASCIILetter(bytes[offset]) else { return false }
            packed |= UInt32(bytes[offset] | 0x20) << (8 * UInt32(offset - start))
        }
        let upper = (start..<end).allSatisfy { bytes[$0] < 0x61 }
        let lower = (start..<end).allSatisfy { bytes[$0] >= 0x61 }
        return (upper || lower) && Self.romanLabels.contains(packed)
    }

    /// Roman numerals used as list labels (lower case; matched in either case), each packed as `isLabel`
    /// packs a word of two to four letters.
    private static let romanLabels: [UInt32] = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"].map { numeral in
        numeral.utf8.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }

    /// Whether `bytes[start..<end]` (without a final period) is an initial (`E`, `Ö`) or a dotted
    /// acronym whose parts are one to three letters (`U.S`, `D.C`, `Ph.D`).
    func isInitialOrAcronym(start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        let (value, length) = UTF8Scalars.decode(bytes, at: start)
        if length == end - start { return Unicode.Scalar(value)?.properties.isAlphabetic ?? false }
        var partLength = 0
        var parts = 1
        for offset in start..<end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ".") {
                guard partLength > 0 else { return false }
                parts += 1
                partLength = 0
            } else if Self.isASCIILetter(byte), partLength < 3 {
                partLength += 1
            } else {
                return false
            }
        }
        return parts >= 2 && partLength > 0
    }

    /// Whether `bytes[start..<end]` holds a letter (any non-ASCII byte counts as one).
    func containsLetter(start: Int, end: Int) -> Bool {
        (start..<end).contains { Self.isASCIILetter(bytes[$0]) || bytes[$0] >= 0x80 }
    }

    /// Whether the word at `index` (or after a glued opening quote) is of class `starter`.
    func isLowercaseStarter(_ index: Int) -> Bool {
        let info = word(at: index)
        return info.kind == .word && rules.starterClass(bytes, start: Int(info.start), end: Int(info.end)) == .starter
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
