import CorpusModel

/// Step 5 of the algorithm: splitting what is left of a chunk at the punctuation inside it.
extension TokenScanner {
    /// Splits `[low, high)` into words and punctuation tokens. Word characters (letters, digits, `_`,
    /// combining marks) run on; a punctuation character joins the word around it when ``joins(_:_:_:_:)``
    /// says so (`1,000`, `O'Neill`, `alt.animals`, `10-year` in style `ptb`); any other punctuation is
    /// a token of its own, a run of it one token (`...`, `{{`); an emoji sequence or flag is one token.
    func splitInfixes(_ low: Int, _ high: Int, _ emit: (Span) -> Void) {
        var wordStart = low
        var index = low
        while index < high {
            let byte = bytes[index]
            if byte < 0x80 {
                let cls = table[Int(byte)]
                if cls & ASCII.word != 0 {
                    if index == wordStart && index > low, let end = addressEnd(index, high) {
                        emit(Span(index, end))  // an address after punctuation: `<jo...@x.com>`
                        index = end
                        wordStart = end
                        continue
                    }
                    if index == wordStart && style == .ud && cls == ASCII.digit, let end = digitGroupsEnd(index, high) {
                        index = end  // a phone number or slashed date, kept whole
                        continue
                    }
                    index += 1
                    continue
                }
                if joins(byte, index, wordStart, high) {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "$") && isCurrencyPrefix(wordStart, index) {
                    index = marksEnd(index + 1, high)
                    emit(Span(wordStart, index))  // `C$`, `US$`, `HK$` before an amount
                    wordStart = index
                    continue
                }
                if byte == UInt8(ascii: ".") && index > wordStart && index + 1 < high
                    && table[Int(bytes[index + 1])] & ASCII.letter != 0 && isAbbreviation(wordStart, index + 1)
                {
                    emit(Span(wordStart, index + 1))  // an abbreviation glued to the next word: `Mr.Smith`
                    index += 1
                    wordStart = index
                    continue
                }
                emitWord(wordStart, index, emit)
                let end = runEnd(index, high, scalarLength: 1)
                emit(Span(index, end))
                index = end
                wordStart = index
                continue
            }
            let (scalar, length) = bytes.scalar(at: index)
            switch ScalarKind.of(scalar) {
            case .word, .mark, .space:
                index += length
            case .other where scalar == "\u{2019}" && index > wordStart && index + length < high
                && isLetter(before: index) && isLetter(at: index + length):
                index += length  // a typographic apostrophe inside a word: `O’Neill`
            case .other:
                emitWord(wordStart, index, emit)
                let end = runEnd(index, high, scalarLength: length)
                emit(Span(index, end))
                index = end
                wordStart = index
            case .emoji, .regionalIndicator:
                emitWord(wordStart, index, emit)
                let end = emojiSequenceEnd(index, high)
                emit(Span(index, end))
                index = end
                wordStart = index
            }
        }
        emitWord(wordStart, high, emit)
    }

    /// Emits a word unless it is empty; in style `ud` a number glued to a short lower-case unit is two
    /// tokens (`375mm`, `24hrs`), but not an ordinal or a decade (`31st`, `1970s`) nor a code (`3G`).
    func emitWord(_ low: Int, _ high: Int, _ emit: (Span) -> Void) {
        guard low < high else { return }
        if let pieces = specialCase(low, high) {
            emitPieces(pieces, from: low, emit)  // `dont` in `recomend...dont`
            return
        }
        if style == .ud {
            var digitsEnd = low
            while digitsEnd < high && table[Int(bytes[digitsEnd])] == ASCII.digit { digitsEnd += 1 }
            let letters = high - digitsEnd
            if digitsEnd > low && letters >= 1 && letters <= 3
                && (digitsEnd..<high).allSatisfy({ table[Int(bytes[$0])] == ASCII.lower })
                && !isOrdinalOrPluralSuffix(digitsEnd, high)
            {
                emit(Span(low, digitsEnd))
                emit(Span(digitsEnd, high))
                return
            }
        }
        emit(Span(low, high))
    }

    /// `st`, `nd`, `rd`, `th`, `s` (any case).
    private func isOrdinalOrPluralSuffix(_ low: Int, _ high: Int) -> Bool {
        let first = ASCII.lowercased(bytes[low])
        switch high - low {
        case 1:
            return first == UInt8(ascii: "s")
        case 2:
            let pair = (first, ASCII.lowercased(bytes[low + 1]))
            return pair == (UInt8(ascii: "s"), UInt8(ascii: "t")) || pair == (UInt8(ascii: "n"), UInt8(ascii: "d"))
                || pair == (UInt8(ascii: "r"), UInt8(ascii: "d")) || pair == (UInt8(ascii: "t"), UInt8(ascii: "h"))
        default:
            return false
        }
    }

    /// Whether the ASCII punctuation `byte` at `index` joins the word that started at `wordStart`.
    private func joins(_ byte: UInt8, _ index: Int, _ wordStart: Int, _ high: Int) -> Bool {
        let inWord = index > wordStart
        let previous: UInt8 = inWord ? table[Int(bytes[index - 1])] : 0
        let nextByte: UInt8 = index + 1 < high ? bytes[index + 1] : 0
        let next = table[Int(nextByte)]
        let previousAlphanumeric = previous & ASCII.word != 0 || (inWord && bytes[index - 1] >= 0x80)
        let nextAlphanumeric = next & ASCII.word != 0 || nextByte >= 0x80
        switch byte {
        case UInt8(ascii: "."):
            if !inWord { return next == ASCII.digit }  // `.5`
            guard previousAlphanumeric else { return false }
            if index + 1 == high { return true }  // a final period the suffix step kept: `Japan-U.S.`
            if nextByte == UInt8(ascii: "-") { return keepsFinalPeriod(wordStart, index + 1) }  // `U.S.-led`
            return nextAlphanumeric && !isGluedSentence(index, high)
        case UInt8(ascii: "'"):
            guard inWord && next & ASCII.letter != 0 else { return false }
            return previous & ASCII.letter != 0 || (previous == ASCII.digit && nextByte == UInt8(ascii: "s"))  // `70's`
        case UInt8(ascii: "-"):
            if !inWord { return style == .ptb && next == ASCII.digit }  // `-5` (style ud splits the sign)
            if index + 1 == high { return style == .ptb && previousAlphanumeric }  // a hanging hyphen: `multi-`
            let afterAbbreviation = inWord && bytes[index - 1] == UInt8(ascii: ".")  // `Mo.-based`
            guard (previousAlphanumeric || afterAbbreviation) && nextAlphanumeric else { return false }
            return style == .ptb || tables.rules.hyphenPrefixes.contains(bytes, wordStart, index)
                || isDottedName(wordStart, index)
        case UInt8(ascii: "+"):
            return !inWord && next == ASCII.digit  // `+1`
        case UInt8(ascii: ","), UInt8(ascii: ":"):
            return previous == ASCII.digit && next == ASCII.digit  // `1,000`, `10:30`
        case UInt8(ascii: "/"):
            return style == .ptb && previousAlphanumeric && nextAlphanumeric
        case UInt8(ascii: "&"):
            return style == .ptb && previous == ASCII.upper && next == ASCII.upper  // `AT&T`
        case UInt8(ascii: "@"):
            return previousAlphanumeric && nextAlphanumeric
        default:
            return false
        }
    }

    /// Whether the period at `index` glues two words of a UI string or a missing space (`Sketch.Title`):
    /// a lower-case letter before it, an upper-case letter and a lower-case letter after it, and the
    /// word after it is not a listed domain suffix (`Newsfeed.Com` stays whole).
    private func isGluedSentence(_ index: Int, _ high: Int) -> Bool {
        guard table[Int(bytes[index - 1])] == ASCII.lower, index + 2 < high,
            table[Int(bytes[index + 1])] == ASCII.upper, table[Int(bytes[index + 2])] == ASCII.lower
        else { return false }
        var end = index + 1
        while end < high && table[Int(bytes[end])] & ASCII.letter != 0 { end += 1 }
        return !tables.rules.domainSuffixes.contains(bytes, index + 1, end)
    }

    /// The end of an e-mail address or URL that starts at `low` inside a chunk, after punctuation that
    /// was split off (`"Reynolds"<jo...@x.com>`), if one does. The scan stops at the first character
    /// that cannot continue the address, so it costs little where there is none.
    private func addressEnd(_ low: Int, _ high: Int) -> Int? {
        let limit = min(high, low + Self.longestWholeToken)
        var end = low
        if bytes[low] == UInt8(ascii: "h") || bytes[low] == UInt8(ascii: "w") || bytes[low] == UInt8(ascii: "f") {
            // A URL runs to the next bracket, quote or angle bracket; trailing punctuation is not its own.
            while end < limit && !"()[]{}<>\"'".utf8.contains(bytes[end]) && table[Int(bytes[end])] != ASCII.space { end += 1 }
            while end > low && ",.;:!?".utf8.contains(bytes[end - 1]) { end -= 1 }
            if end > low && isWholeToken(low, end) && (end == high || bytes[end] < 0x80) { return end }
            end = low
        }
        // An e-mail address: a local part of at most 64 bytes, `@`, a domain of at most 255 (RFC 5321).
        var sawAt = false
        var partLimit = min(high, low + 64)
        while end < partLimit {
            let byte = bytes[end]
            if table[Int(byte)] & ASCII.word != 0 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
            {
                end += 1
            } else if byte == UInt8(ascii: "@") && !sawAt {
                sawAt = true
                end += 1
                partLimit = min(high, end + 255)
            } else {
                break
            }
        }
        guard sawAt, end == high || bytes[end] < 0x80 else { return nil }  // no mark cut off its base
        while end > low && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return end > low && isWholeToken(low, end) ? end : nil
    }

    /// Whether the word `[low, high)` before a `$` is a currency's country code: one to three capitals.
    func isCurrencyPrefix(_ low: Int, _ high: Int) -> Bool {
        high - low >= 1 && high - low <= 3 && (low..<high).allSatisfy { table[Int(bytes[$0])] == ASCII.upper }
    }

    /// Whether the word `[low, high)` is a dotted name such as a newsgroup or host (`alt.animals`):
    /// a period followed by a lower-case letter. Its hyphens stay (`alt.animals.open-forum`).
    private func isDottedName(_ low: Int, _ high: Int) -> Bool {
        high - low <= Self.longestWholeToken && (low..<high - 1).contains { bytes[$0] == UInt8(ascii: ".") && table[Int(bytes[$0 + 1])] == ASCII.lower }
    }

    /// Style `ud`: the end of a phone number (`713-853-3242`, `853-3242`) or slashed date (`9/30/01`,
    /// `08/16/2000`) starting at `low`, when one ends at a word boundary there.
    private func digitGroupsEnd(_ low: Int, _ high: Int) -> Int? {
        var groups: (count: Int, first: Int, second: Int, last: Int) = (0, 0, 0, 0)  // digits per group
        var separator: UInt8 = 0
        var index = low
        while true {
            let start = index
            while index < high && table[Int(bytes[index])] == ASCII.digit { index += 1 }
            groups.count += 1
            if groups.count == 1 { groups.first = index - start }
            if groups.count == 2 { groups.second = index - start }
            groups.last = index - start
            guard groups.count < 4, index + 1 < high, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/"),
                separator == 0 || bytes[index] == separator, table[Int(bytes[index + 1])] == ASCII.digit
            else { break }
            separator = bytes[index]
            index += 1
        }
        if index < high && (table[Int(bytes[index])] & ASCII.word != 0 || bytes[index] == separator) { return nil }
        switch (separator, groups.count) {
        case (UInt8(ascii: "-"), 2):  // `853-3242`, or an extension `3-5213`
            return (groups.first == 3 || groups.first == 1) && groups.last == 4 ? index : nil
        case (UInt8(ascii: "-"), 3):  // `713-853-3242`
            return groups.first == 3 && groups.second == 3 && groups.last == 4 ? index : nil
        case (UInt8(ascii: "/"), 3):  // `9/30/01`, `08/16/2000`
            return groups.first <= 2 && groups.second <= 2 && (groups.last == 2 || groups.last == 4) ? index : nil
        default:
            return nil
        }
    }

    /// The end of the emoji sequence starting at `low`: a flag (two regional indicators), or an emoji
    /// with its modifiers and variation selectors, continued by ZERO WIDTH JOINER and another emoji.
    private func emojiSequenceEnd(_ low: Int, _ high: Int) -> Int {
        let (first, firstLength) = bytes.scalar(at: low)
        var end = low + firstLength
        if ScalarKind.of(first) == .regionalIndicator {
            if end < high, case (let next, let length) = bytes.scalar(at: end), ScalarKind.of(next) == .regionalIndicator {
                end += length
            }
        }
        while end < high {
            let (scalar, length) = bytes.scalar(at: end)
            if scalar == "\u{200D}" && end + length < high {
                let (joined, joinedLength) = bytes.kind(at: end + length)
                if joined == .emoji {
                    end += length + joinedLength
                    continue
                }
            }
            guard ScalarKind.of(scalar) == .mark else { break }
            end += length
        }
        return end
    }

    private func isLetter(before index: Int) -> Bool {
        bytes.scalar(at: bytes.scalarStart(before: index)).scalar.properties.isAlphabetic
    }

    private func isLetter(at index: Int) -> Bool { bytes.scalar(at: index).scalar.properties.isAlphabetic }
}
