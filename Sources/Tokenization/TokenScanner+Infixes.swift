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

    /// Emits a word unless it is empty; in style `ud` a number glued to a short unit is two tokens
    /// (`375mm`, `24hrs`), but not an ordinal or a decade (`31st`, `1970s`).
    private func emitWord(_ low: Int, _ high: Int, _ emit: (Span) -> Void) {
        guard low < high else { return }
        if style == .ud {
            var digitsEnd = low
            while digitsEnd < high && table[Int(bytes[digitsEnd])] == ASCII.digit { digitsEnd += 1 }
            let letters = high - digitsEnd
            if digitsEnd > low && letters >= 1 && letters <= 3
                && (digitsEnd..<high).allSatisfy({ table[Int(bytes[$0])] & ASCII.letter != 0 })
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
        let suffix = (low..<high).map { ASCII.lowercased(bytes[$0]) }
        return [[0x73, 0x74], [0x6E, 0x64], [0x72, 0x64], [0x74, 0x68], [0x73]].contains(suffix)
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
            return nextAlphanumeric && !isGluedSentence(index, high)
        case UInt8(ascii: "'"):
            return inWord && previous & ASCII.letter != 0 && next & ASCII.letter != 0
        case UInt8(ascii: "-"):
            if !inWord { return next == ASCII.digit }  // `-5`
            guard previousAlphanumeric && nextAlphanumeric else { return false }
            return style == .ptb || tables.rules.hyphenPrefixes.contains(bytes, wordStart, index)
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

    /// Style `ud`: the end of a phone number (`713-853-3242`, `853-3242`) or slashed date (`9/30/01`,
    /// `08/16/2000`) starting at `low`, when one ends at a word boundary there.
    private func digitGroupsEnd(_ low: Int, _ high: Int) -> Int? {
        var groups: [Int] = []
        var separator: UInt8 = 0
        var index = low
        while true {
            let start = index
            while index < high && table[Int(bytes[index])] == ASCII.digit { index += 1 }
            groups.append(index - start)
            guard index + 1 < high, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/"),
                separator == 0 || bytes[index] == separator, table[Int(bytes[index + 1])] == ASCII.digit
            else { break }
            separator = bytes[index]
            index += 1
        }
        if index < high && table[Int(bytes[index])] & ASCII.word != 0 { return nil }
        switch separator {
        case UInt8(ascii: "-"):
            return groups == [3, 4] || groups == [3, 3, 4] ? index : nil
        case UInt8(ascii: "/"):
            return groups.count == 3 && groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4) ? index : nil
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
