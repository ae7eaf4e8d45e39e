import CorpusModel

/// One pass of the tokenizer over a document's UTF-8 bytes (the algorithm is stated on ``Tokenizer``).
///
/// Positions are UTF-8 offsets into `bytes`; every emitted span starts and ends on a scalar boundary.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The compiled rules, held by reference so that the scanner never copies them.
    let tables: RuleTables
    let style: TokenizerStyle
    /// The byte classes (``ASCII/table``), held here so the hot loop does not touch a global.
    let table: UnsafeBufferPointer<UInt8>
    /// The special cases' occupancy bitmap: most words are ruled out here without a table lookup.
    let special: EntryTable.Filter

    /// Hands every token to `sink`, in order.
    func run<Sink: TokenSink>(into sink: inout Sink) {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return }  // an empty text has no tokens
        let table = self.table
        let tellsDigitsFromLetters = style == .ud  // only style ud reads them, for `375mm`
        var pending: [Span] = []  // suffixes peeled off the current chunk, innermost last
        pending.reserveCapacity(16)
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if table[Int(byte)] == ASCII.space {
                    index += 1
                    continue
                }
            } else {
                let (scalar, length) = bytes.scalar(at: index)
                if scalar.properties.isWhitespace {
                    index += length
                    continue
                }
            }
            // A chunk: the maximal run of non-whitespace scalars from here. `mask` collects the classes
            // of all its bytes but the last punctuation byte seen, which `lastPunctuation` records.
            let start = index
            var mask: UInt8 = 0
            var lastPunctuation = -1
            var spaceAfter = 0  // 1 when the chunk ends at an ASCII whitespace byte, skipped at once
            while index < count {
                if index &+ 8 <= count {  // no overflow: index <= count
                    // Eight bytes at a time over ASCII word characters; stop at the first other byte.
                    let word = WordScan.load(base, index)
                    if word & WordScan.highBits == 0 {
                        let classes = WordScan.classify(word)
                        let run = classes.nonWord.trailingZeroBitCount >> 3  // 8 when all are word bytes
                        if tellsDigitsFromLetters {
                            // The bits below the first non-word byte's high bit (all bits when there is none),
                            // and the classes found there, told without a branch.
                            let before = (classes.nonWord & (0 &- classes.nonWord)) &- 1
                            mask |= (classes.digits & before != 0 ? ASCII.digit : 0)
                                | (classes.letters & before != 0 ? ASCII.lower : 0)
                        }
                        index &+= run
                        if run == 8 { continue }
                        if table[Int(truncatingIfNeeded: word >> UInt64(run * 8)) & 0x7F] == ASCII.space {
                            spaceAfter = 1  // the usual end of a word, told from the bytes already loaded
                            break
                        }
                    }
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    let cls = table[Int(byte)]
                    if cls == ASCII.space {
                        spaceAfter = 1
                        break
                    }
                    if cls == ASCII.punctuation {
                        if lastPunctuation >= 0 { mask |= ASCII.punctuation }
                        lastPunctuation = index
                    } else {
                        mask |= cls
                    }
                    index += 1
                } else {
                    let (scalar, length) = bytes.scalar(at: index)
                    if scalar.properties.isWhitespace { break }
                    mask |= ASCII.nonASCII
                    index += length
                }
            }
            let end = index
            index &+= spaceAfter
            let wordBytesOnly = mask & ~ASCII.word == 0
            let unitGlued = style == .ud && mask & ASCII.digit != 0 && mask & ASCII.letter != 0
            let plain = wordBytesOnly && !unitGlued
            if plain && lastPunctuation < 0 {
                if let pieces = specialCase(start, end) {
                    emitPieces(pieces, from: start) { sink.emit($0) }
                } else {
                    sink.emit(span(start, end))  // the common case: a plain word
                }
                continue
            }
            if wordBytesOnly && unitGlued && lastPunctuation < 0 {
                emitWord(start, end) { sink.emit($0) }  // style ud, letters and digits: `375mm`, `31st`, `mp3`
                continue
            }
            if end - start == 1 {
                sink.emit(span(start, end))  // one ASCII character is one token, whatever it is
                continue
            }
            if plain && lastPunctuation == end - 1 && lastPunctuation > start && isPlainClosing(start, lastPunctuation) {
                sink.emit(span(start, lastPunctuation))  // a plain word and one closing punctuation mark
                sink.emit(span(lastPunctuation, end))
                continue
            }
            if plain && lastPunctuation > start && lastPunctuation < end - 1 {
                switch pairShape(start, lastPunctuation, end) {
                case .whole:
                    sink.emit(span(start, end))  // two words joined by one mark: `1.5`, `10:30`, `10-year` (ptb)
                    continue
                case .split:
                    sink.emit(span(start, lastPunctuation))  // style ud: `and|/|or`, `two|-|state`
                    sink.emit(span(lastPunctuation, lastPunctuation + 1))
                    sink.emit(span(lastPunctuation + 1, end))
                    continue
                case .undecided:
                    break
                }
            }
            chunk(start, end, &pending) { sink.emit($0) }
        }
    }

    /// The span `[start, end)`, made without ``Span``'s range check: the scanner's positions lie inside a
    /// text of fewer than 2^32 bytes (checked once by ``Tokenizer``) and never run backwards.
    @inline(__always) private func span(_ start: Int, _ end: Int) -> Span {
        Span(unchecked: UInt32(truncatingIfNeeded: start), UInt32(truncatingIfNeeded: end))
    }

    /// What the general steps make of two words around one mark, when it can be told at once.
    private enum PairShape {
        case whole, split, undecided
    }

    /// Decides a chunk `[start, end)` of ASCII word characters around one punctuation byte at `mark`
    /// the way steps 2–5 would, for the frequent shapes: a period, comma or colon between digits is
    /// joined; a hyphen or slash between letters or digits is joined in style `ptb` and, in style `ud`,
    /// splits between letters unless the first word is a hyphen prefix. Special cases are left undecided.
    @inline(__always) private func pairShape(_ start: Int, _ mark: Int, _ end: Int) -> PairShape {
        let before = table[Int(bytes[mark - 1])]
        let after = table[Int(bytes[mark + 1])]
        if special.mayContain(first: bytes[start], last: bytes[end - 1], length: end - start) { return .undecided }
        switch bytes[mark] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"):
            return before == ASCII.digit && after == ASCII.digit ? .whole : .undecided
        case UInt8(ascii: "-"), UInt8(ascii: "/"):
            guard before & ASCII.alphanumeric != 0 && after & ASCII.alphanumeric != 0 else { return .undecided }
            if style == .ptb { return .whole }
            if before == ASCII.digit && after == ASCII.digit {  // style ud: all digits (`plain` has no mix)
                let phone = bytes[mark] == UInt8(ascii: "-") && (mark - start == 3 || mark - start == 1) && end - mark == 5
                return phone ? .whole : .split  // `853-3242`, an extension `3-5213`; otherwise `6|-|3`, `24|/|7`
            }
            guard before & ASCII.letter != 0 && after & ASCII.letter != 0 else { return .undecided }
            if bytes[mark] == UInt8(ascii: "-") && tables.rules.hyphenPrefixes.contains(bytes, start, mark) { return .undecided }
            return .split
        default:
            return .undecided
        }
    }

    /// Whether the word `[start, end)` followed by the one punctuation byte at `end` is two tokens as
    /// they stand: the mark is a comma, semicolon, colon, `!`, `?`, `)` or `"`, or a period after a
    /// word that is no abbreviation or initial; and the word is no special case.
    @inline(__always) private func isPlainClosing(_ start: Int, _ end: Int) -> Bool {
        let rules = tables.rules
        if special.mayContain(first: bytes[start], last: bytes[end - 1], length: end - start)
            || special.mayContain(first: bytes[start], last: bytes[end], length: end + 1 - start)
        {
            return false
        }
        switch bytes[end] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: ")"), UInt8(ascii: "\""):
            return true
        case UInt8(ascii: "."):
            if end - start == 1 && table[Int(bytes[start])] == ASCII.upper { return false }  // an initial
            if end - start <= 3 && table[Int(bytes[start])] == ASCII.digit { return false }  // a list number?
            return !rules.abbreviations.mayContain(first: bytes[start], last: bytes[end], length: end + 1 - start)
                && !rules.numberAbbreviations.mayContain(first: bytes[start], last: bytes[end], length: end + 1 - start)
        default:
            return false
        }
    }

    /// Tokenizes one chunk `[start, end)` that holds punctuation, non-ASCII or a possible special case.
    ///
    /// Steps 2–5 of the algorithm: special cases and whole tokens, prefixes, suffixes, infixes.
    private func chunk(_ start: Int, _ end: Int, _ pending: inout [Span], _ emit: (Span) -> Void) {
        var low = start
        var high = end
        while low < high {
            if let pieces = specialCase(low, high) {
                emitPieces(pieces, from: low, emit)
                break
            }
            if isWholeToken(low, high) {
                emit(Span(low, high))
                break
            }
            if let length = prefixLength(low, high) {
                emit(Span(low, low + length))
                low += length
                continue
            }
            if let length = suffixLength(low, high) {
                pending.append(Span(high - length, high))
                high -= length
                continue
            }
            splitInfixes(low, high, emit)
            break
        }
        while let span = pending.popLast() { emit(span) }
    }

    /// The piece lengths of the special case `[low, high)` spells, if any (the bitmap first).
    @inline(__always) func specialCase(_ low: Int, _ high: Int) -> [Int]? {
        // No overflow: low < high, both inside the text.
        guard special.mayContain(first: bytes[low], last: bytes[high &- 1], length: high &- low) else { return nil }
        return tables.rules.specialCase(bytes, low, high)
    }

    /// Emits the pieces of a special case that starts at `start`.
    func emitPieces(_ pieces: [Int], from start: Int, _ emit: (Span) -> Void) {
        var position = start
        for length in pieces {
            emit(Span(position, position + length))
            position += length
        }
    }

    // MARK: Prefixes and suffixes

    /// The length of the punctuation to split off the front of `[low, high)`, if any.
    private func prefixLength(_ low: Int, _ high: Int) -> Int? {
        let byte = bytes[low]
        if byte >= 0x80 {
            let (kind, length) = bytes.kind(at: low)
            return kind == .other ? runEnd(low, high, scalarLength: length) - low : nil
        }
        guard table[Int(byte)] == ASCII.punctuation else { return nil }
        let next: UInt8 = low + 1 < high ? bytes[low + 1] : 0
        let nextIsDigit = table[Int(next)] == ASCII.digit
        switch byte {
        case UInt8(ascii: "-"):
            if nextIsDigit && style == .ptb { return nil }  // a negative number `-5` (style ud splits the sign)
        case UInt8(ascii: "+"), UInt8(ascii: "."):
            if nextIsDigit { return nil }  // `+1`, `.5`
        case UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "["):
            return marksEnd(low + 1, high) - low
        case UInt8(ascii: "#"), UInt8(ascii: "@"):
            // A #tag or @handle followed by punctuation (`#NLProc!`) is a whole token at the front.
            var end = wordEnd(low + 1, high)
            while byte == UInt8(ascii: "@") && end + 1 < high && bytes[end] == UInt8(ascii: ".")
                && table[Int(bytes[end + 1])] & ASCII.word != 0
            {
                end = wordEnd(end + 1, high)  // `@paulhastings.com.`
            }
            if end > low + 1 && end < high && bytes[end] < 0x80 && isWholeToken(low, end) { return end - low }
        case UInt8(ascii: "'"):
            // A clipped form or year followed by punctuation (`'em,`, `'90s.`).
            var end = wordEnd(low + 1, high)
            if end < high && bytes[end] == UInt8(ascii: "'") { end += 1 }  // `'n'`
            if end > low + 1 && end < high && bytes[end] < 0x80
                && (specialCase(low, end) != nil || isWholeToken(low, end))
            {
                return end - low
            }
        default: break
        }
        if let length = prefixEmoticonLength(low, high) { return length }
        return runEnd(low, high, scalarLength: 1) - low
    }

    /// The length of the longest listed emoticon (of up to four bytes) that starts `[low, high)` and is
    /// not followed by a letter or digit (`:-).` but not `:Dog`), if any.
    private func prefixEmoticonLength(_ low: Int, _ high: Int) -> Int? {
        var length = min(4, high - low - 1)
        while length >= 2 {
            let next = bytes[low + length]
            if next < 0x80 && table[Int(next)] & ASCII.alphanumeric == 0 && tables.rules.emoticons.contains(bytes, low, low + length) {
                return length
            }
            length -= 1
        }
        return nil
    }

    /// The length of the punctuation or clitic to split off the end of `[low, high)`, if any.
    private func suffixLength(_ low: Int, _ high: Int) -> Int? {
        if let length = suffixEmoticonLength(low, high) { return length }
        let last = bytes[high - 1]
        if last >= 0x80 {
            let start = bytes.scalarStart(before: high)
            guard start > low else { return nil }
            let (scalar, _) = bytes.scalar(at: start)
            guard ScalarKind.of(scalar) == .other else { return nil }
            return high - runStart(low, start, scalar: scalar)
        }
        let cls = table[Int(last)]
        if cls & ASCII.letter != 0 { return cliticLength(low, high) }
        guard cls == ASCII.punctuation, high - low > 1 else { return nil }
        switch last {
        case UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "]"):
            return 1
        case UInt8(ascii: "-"):
            // Style ptb keeps a hanging hyphen on its word: `multi- and bilateral`, `6- 4`.
            if style == .ptb && table[Int(bytes[high - 2])] & ASCII.alphanumeric != 0 { return nil }
        case UInt8(ascii: "$"):
            if isCurrencyPrefix(low, high - 1) { return nil }  // `US$`
        case UInt8(ascii: "."):
            if bytes[high - 2] != UInt8(ascii: ".") {
                if keepsFinalPeriod(low, high) { return nil }
            } else if high - low > 2 && bytes[high - 3] != UInt8(ascii: ".") && keepsFinalPeriod(low, high - 1) {
                return 1  // an abbreviation, then the sentence's period: `Inc..`
            }
        default: break
        }
        return high - runStart(low, high - 1, scalar: Unicode.Scalar(last))
    }

    /// The end of the run of ASCII letters, digits and `_` starting at `start`.
    private func wordEnd(_ start: Int, _ limit: Int) -> Int {
        var end = start
        while end < limit && table[Int(bytes[end])] & ASCII.word != 0 { end += 1 }
        return end
    }

    /// The end of the punctuation run that starts at `start` with a scalar of `scalarLength` bytes:
    /// a run of the same character (`...`, `--`, `!!!`, `{{`), of mixed `.!?` (`?!`), or of mixed
    /// `-=` (`==----`), plus any combining marks after it.
    func runEnd(_ start: Int, _ limit: Int, scalarLength: Int) -> Int {
        var end = start + scalarLength
        let first = bytes[start]
        if scalarLength == 1 {
            if first != UInt8(ascii: "\"") && first != UInt8(ascii: "(") && first != UInt8(ascii: ")")
                && first != UInt8(ascii: "[") && first != UInt8(ascii: "]")
            {
                while end < limit && Self.sameRun(first, bytes[end]) { end += 1 }
            }
        } else {
            while end + scalarLength <= limit
                && (0..<scalarLength).allSatisfy({ bytes[end + $0] == bytes[start + $0] })
            {
                end += scalarLength
            }
        }
        return marksEnd(end, limit)
    }

    /// The end of the combining marks (and joiners, variation selectors) that start at `start`, if any.
    func marksEnd(_ start: Int, _ limit: Int) -> Int {
        var end = start
        while end < limit && bytes[end] >= 0x80 {
            let (kind, length) = bytes.kind(at: end)
            guard kind == .mark else { break }
            end += length
        }
        return end
    }

    /// The start of the punctuation run that ends with `scalar` at `last` (the mirror of ``runEnd``).
    private func runStart(_ low: Int, _ last: Int, scalar: Unicode.Scalar) -> Int {
        var start = last
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            while start > low && Self.sameRun(byte, bytes[start - 1]) { start -= 1 }
        } else {
            let length = scalar.utf8.count
            while start - length >= low && (0..<length).allSatisfy({ bytes[start - length + $0] == bytes[last + $0] }) {
                start -= length
            }
        }
        return start
    }

    /// Whether `next` continues a punctuation run that `first` started.
    @inline(__always) private static func sameRun(_ first: UInt8, _ next: UInt8) -> Bool {
        if next == first { return true }
        switch (first, next) {
        case (UInt8(ascii: "."), UInt8(ascii: "!")), (UInt8(ascii: "."), UInt8(ascii: "?")),
            (UInt8(ascii: "!"), UInt8(ascii: ".")), (UInt8(ascii: "!"), UInt8(ascii: "?")),
            (UInt8(ascii: "?"), UInt8(ascii: ".")), (UInt8(ascii: "?"), UInt8(ascii: "!")),
            (UInt8(ascii: "-"), UInt8(ascii: "=")), (UInt8(ascii: "="), UInt8(ascii: "-")):
            return true
        default:
            return false
        }
    }

    /// The length of a listed emoticon that starts with punctuation and ends the chunk after a word
    /// (`great:)`), if any.
    private func suffixEmoticonLength(_ low: Int, _ high: Int) -> Int? {
        for emoticon in tables.rules.suffixEmoticons[Int(bytes[high - 1])] where emoticon.count < high - low {
            let start = high - emoticon.count
            guard table[Int(bytes[start - 1])] & ASCII.alphanumeric != 0 else { continue }
            if (0..<emoticon.count).allSatisfy({ bytes[start + $0] == emoticon[$0] }) { return emoticon.count }
        }
        return nil
    }

    /// The length of a clitic (`n't`, `'s`; either apostrophe, any case) ending `[low, high)` after a
    /// non-empty word, if any.
    private func cliticLength(_ low: Int, _ high: Int) -> Int? {
        // Every clitic has an apostrophe (' or the last byte of ’) among its last four bytes.
        var apostrophe = false
        for index in max(low, high - 4)..<high where bytes[index] == UInt8(ascii: "'") || bytes[index] == 0x99 {
            apostrophe = true
        }
        guard apostrophe else { return nil }
        for clitic in tables.rules.clitics {
            guard let start = cliticStart(clitic, low, high), start > low else { continue }
            let before = bytes[start - 1]
            if style == .ud && table[Int(before)] == ASCII.digit { return nil }  // a plural number: `70's`
            if before >= 0x80 || table[Int(before)] & ASCII.alphanumeric != 0 { return high - start }
            if before == UInt8(ascii: ".") && keepsFinalPeriod(low, start) { return high - start }  // `I.B.M.'s`
        }
        return nil
    }

    /// Where `clitic` (lower case, `'` for either apostrophe) starts if it ends `[low, high)`.
    func cliticStart(_ clitic: [UInt8], _ low: Int, _ high: Int) -> Int? {
        var position = high
        for expected in clitic.reversed() {
            if expected == UInt8(ascii: "'") {
                if position - 1 >= low && bytes[position - 1] == UInt8(ascii: "'") {
                    position -= 1
                } else if position - 3 >= low && bytes[position - 3] == 0xE2 && bytes[position - 2] == 0x80
                    && bytes[position - 1] == 0x99
                {
                    position -= 3  // U+2019 RIGHT SINGLE QUOTATION MARK
                } else {
                    return nil
                }
            } else if position - 1 >= low && ASCII.lowercased(bytes[position - 1]) == expected {
                position -= 1
            } else {
                return nil
            }
        }
        return position
    }
}
