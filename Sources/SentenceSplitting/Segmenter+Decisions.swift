/// What the tokens around a gap say about a sentence end there.
enum Evidence {
    /// A sentence ends here.
    case ends
    /// The sentence goes on (an abbreviation before a name, an ellipsis before a lower-case word).
    case continues
    /// Nothing marks an end or a continuation (a word before the gap): a line break's shape decides.
    case none
}

extension Segmenter {
    /// Whether a sentence ends in the gap after token `index` (the token after it has arrived).
    @inline(__always)
    func endsSentence(after index: Int) -> Bool {
        !settlesNoEnd(after: index) && endsOnCloserLook(after: index)
    }

    /// ``endsSentence(after:)`` for a gap that ``settlesNoEnd(after:)`` leaves open.
    func endsOnCloserLook(after index: Int) -> Bool {
        let gap = token(index + 1).gap
        switch gap {
        case .blankLine:
            return true
        case .none:
            return endsIdeographically(after: index)
        case .space where token(index).plain:
            // A plain word ends no sentence before a space, unless a rule or a date-time stamp follows.
            let next = token(index + 1)
            return next.kind == .separator || (next.initial == .digit && !next.plain && bordersStamp(after: index))
        case .space where token(index).kind == .clauseMark:
            // After `,` `;` `:` only a salutation's comma or a rule ends a sentence.
            return token(index + 1).kind == .separator || endsSalutation(at: index)
        case .space, .lineBreak:
            // Layout ends a sentence whatever the punctuation says; both tests only read, so the one that
            // settles most gaps (a full stop, then a line break) goes first.
            let punctuationEnds = gap == .space ? punctuation(after: index) == .ends : lineBreakEnds(after: index)
            return punctuationEnds || bordersLayout(after: index)
        }
    }

    /// Whether the tokens on either side of the gap after token `index` settle that it ends no sentence, as
    /// they do for most gaps (the state machine asks without a call); `false` when the gap needs the closer
    /// look of ``endsOnCloserLook(after:)``:
    /// - tokens that touch end no sentence, unless the first is an ideographic stop;
    /// - before a space, a plain word or an opening bracket or quote ends none, unless a rule follows or a
    ///   number that may start a date-time stamp;
    /// - before a space, a comma, semicolon or colon ends none unless a rule follows or it may end a
    ///   salutation (a few tokens into the sentence).
    @inline(__always)
    func settlesNoEnd(after index: Int) -> Bool {
        let current = token(index)
        let next = token(index &+ 1)  // no overflow: the next token has arrived
        if next.gap == .space {  // tested first, and without a jump table: most gaps are spaces
            guard next.kind != .separator else { return false }
            let opens = current.kind == .opener || current.kind == .openingQuote
            if current.plain || opens { return next.initial != .digit || next.plain }
            return current.kind == .clauseMark && index - sentenceStart > Self.salutationLength
        }
        return next.gap == .none && current.kind != .ideographicTerminal
    }

    /// Whether a single line break after token `index` ends a sentence, under the newline policy.
    private func lineBreakEnds(after index: Int) -> Bool {
        switch policy {
        case .always: return true
        case .never: return punctuation(after: index) == .ends
        case .auto:
            switch punctuation(after: index) {
            case .ends: return true
            case .continues: return startsListItem(at: index + 1)
            case .none: return lineShapeEnds(after: index)
            }
        }
    }

    /// Walks back from `index` over closing brackets and quotes glued to what precedes them, and over
    /// emoticons on the same line (`I love her. :)`).
    /// - Returns: the index of the token they close after, and whether a quote was among them.
    @inline(__always)
    func skippingClosers(from index: Int) -> (index: Int, closedQuote: Bool) {
        var current = index
        var closedQuote = false
        while current > sentenceStart, has(current - 1) {
            let info = token(current)
            let isCloser = info.gap == .none && (info.kind == .closer || info.kind == .quote)
            guard isCloser || (info.kind == .emoticon && info.gap <= .space) else { break }
            closedQuote = closedQuote || info.kind == .quote || bytes[Int(info.start)] >= 0x80
            current -= 1
        }
        return (current, closedQuote)
    }

    /// An ideographic full stop ends a sentence with no space after it.
    private func endsIdeographically(after index: Int) -> Bool {
        let next = token(index + 1)
        if next.kind == .closer || next.kind == .quote || next.kind == .ideographicTerminal
            || next.kind == .terminal || next.kind == .fullStop || next.kind == .ellipsis
        {
            return false
        }
        // Only a bare mark: a quotation closed after it and glued to what follows is part of the sentence
        // (「本当？」と聞いた。).
        return token(index).kind == .ideographicTerminal
    }

    /// What punctuation says about the gap after token `index`: the sentence-end mark it ends with (after
    /// any closing quotes and brackets), weighed against the token that follows the gap.
    func punctuation(after index: Int) -> Evidence {
        if endsSalutation(at: index) { return .ends }
        let (mark, closedQuote) = skippingClosers(from: index)
        let markInfo = token(mark)
        let isMark = markInfo.kind == .fullStop || markInfo.kind == .ellipsis || markInfo.kind == .terminal
            || markInfo.kind == .ideographicTerminal || markInfo.endsWithPeriod
        guard isMark else { return unpunctuatedEnd(after: index) }
        let next = token(index + 1)
        switch next.kind {
        case .clauseMark, .closer, .fullStop, .terminal, .ideographicTerminal, .emoticon:
            return .continues  // nothing starts a sentence with these; an emoticon stays with its sentence
        default:
            break
        }
        switch markInfo.kind {
        case .terminal, .ideographicTerminal:
            return closedQuote && nextInitial(index + 1) == .lower ? .continues : .ends  // “Why?” he asked.
        case .ellipsis:
            return afterEllipsis(index + 1)
        case .fullStop:
            return afterFullStop(mark, next: index + 1)
        default:
            let evidence = afterAbbreviation(mark, next: index + 1)
            // A bracket closed after an abbreviation ends its phrase: `(… Michigan Ave.) Does anyone …`.
            if evidence == .none, mark != index, nextInitial(index + 1) == .upper { return .ends }
            return evidence
        }
    }

    /// An ellipsis ends a sentence before a capitalised word and trails off into one otherwise.
    private func afterEllipsis(_ next: Int) -> Evidence {
        nextInitial(next) == .upper ? .ends : .continues
    }

    /// A full stop ends a sentence unless it belongs to the word before it (an abbreviation or initial the
    /// tokenizer split off), to a list label (`1.` at the start of a sentence), or to a spaced ellipsis.
    private func afterFullStop(_ stop: Int, next: Int) -> Evidence {
        let stopInfo = token(stop)
        if stopInfo.gap == .none, stop > sentenceStart, has(stop - 1), token(stop - 1).kind == .word {
            let word = token(stop - 1)
            if isListLabel(from: sentenceStart, through: stop) { return .continues }
            if let behaviour = rules.abbreviationClass(bytes, start: Int(word.start), end: Int(stopInfo.end)) {
                return apply(behaviour, next: next)
            }
            if isInitialOrAcronym(start: Int(word.start), end: Int(word.end)) {
                return apply(.finalBeforeStarter, next: next)
            }
            return .ends
        }
        let dots = spacedDots(endingAt: stop)
        if dots == 2 || dots == 3 { return afterEllipsis(next) }  // ". . ." (four dots: an ellipsis and a full stop)
        return .ends
    }

    /// A word the tokenizer kept with its final period: an abbreviation, an initial, an acronym or a label.
    private func afterAbbreviation(_ word: Int, next: Int) -> Evidence {
        let info = token(word)
        let start = Int(info.start)
        let end = Int(info.end)
        if word == sentenceStart, isLabel(start: start, end: end - 1) { return .continues }
        if let behaviour = rules.abbreviationClass(bytes, start: start, end: end) {
            return apply(behaviour, next: next)
        }
        if isInitialOrAcronym(start: start, end: end - 1) { return apply(.finalBeforeStarter, next: next) }
        if !containsLetter(start: start, end: end) { return .ends }  // "2019." kept whole: a number and a full stop
        return apply(.finalBeforeCapital, next: next)  // an abbreviation the tokenizer knows and these rules do not
    }

    /// How an abbreviation of the given class behaves before the token `next`.
    private func apply(_ behaviour: SplitterRuleClass, next: Int) -> Evidence {
        switch behaviour {
        case .neverFinal: return .continues
        case .finalBeforeStarter: return isCapitalizedStarter(next) ? .ends : .none
        case .finalBeforeCapital: return nextInitial(next) == .upper ? .ends : .none
        case .starter, .capitalizedStarter, .continuesLine, .greeting, .signOff: return .none  // not abbreviations
        }
    }

    /// How many single `.` tokens, each one space after the last, end at `index` (`. . .` is 3).
    private func spacedDots(endingAt index: Int) -> Int {
        var dots = 1
        var current = index
        while current > sentenceStart, has(current - 1), token(current).gap == .space,
            token(current - 1).kind == .fullStop, token(current - 1).length == 1
        {
            dots += 1
            current -= 1
        }
        return dots
    }

    /// The token at `index`, or the one after it when `index` is an opening quote glued to it (the word a
    /// sentence would start with: `"The` starts with `The`).
    @inline(__always)
    func word(at index: Int) -> TokenInfo {
        let info = token(index)
        if info.kind == .openingQuote || info.kind == .quote, has(index + 1), token(index + 1).gap == .none {
            return token(index + 1)
        }
        return info
    }

    /// The case of the first letter of the word at `index` (looking through a glued opening quote).
    func nextInitial(_ index: Int) -> Initial { word(at: index).initial }

    /// Whether the word at `index` is a capitalised sentence starter (of either starter class).
    private func isCapitalizedStarter(_ index: Int) -> Bool {
        let info = word(at: index)
        guard info.kind == .word, info.initial == .upper else { return false }
        return rules.starterClass(bytes, start: Int(info.start), end: Int(info.end)) != nil
    }

    /// Whether the bracket at `index` closes a bare list label (`2)` in `… ride 2) I would …`).
    private func closesLabel(_ index: Int) -> Bool {
        guard token(index).gap == .none, index > sentenceStart, has(index - 1) else { return false }
        let label = token(index - 1)
        return label.gap != .none && label.kind == .word && isLabel(start: Int(label.start), end: Int(label.end))
    }

    /// A salutation or sign-off has at most this many tokens before its comma (`Dear Dr. Vincent Kaminski,`).
    static let salutationLength = 4

    /// Whether token `index` is the comma of a short greeting or sign-off (`Dear Nina,`, `Best regards,`)
    /// followed by a capitalised word: such a salutation is a sentence of its own.
    @inline(__always)
    func endsSalutation(at index: Int) -> Bool {
        let comma = token(index)
        guard comma.kind == .clauseMark, bytes[Int(comma.start)] == UInt8(ascii: ","),
            index > sentenceStart, index - sentenceStart <= Self.salutationLength, has(sentenceStart),
            nextInitial(index + 1) == .upper
        else { return false }
        let first = token(sentenceStart)
        let last = token(index - 1)
        return rules.isListed(bytes, start: Int(first.start), end: Int(first.end), in: .greetings)
            || rules.isListed(bytes, start: Int(last.start), end: Int(last.end), in: .signOffs)
    }

    /// Without a sentence-end mark, two things still end a sentence before a capitalised word: an emoticon
    /// (web text uses them as full stops: `isn't weak :) Now I have …`), and a closing bracket before a
    /// sentence starter (`… (Jerusalem Post) "We're not happy …`, `(BBC) The militant group …`).
    private func unpunctuatedEnd(after index: Int) -> Evidence {
        let current = token(index)
        switch current.kind {
        case .emoticon:
            return index > sentenceStart && nextInitial(index + 1) == .upper ? .ends : .none
        case .closer where bytes[Int(current.start)] == UInt8(ascii: ")") || bytes[Int(current.start)] == UInt8(ascii: "]"):
            return isCapitalizedStarter(index + 1) && !closesLabel(index) ? .ends : .none
        default:
            return .none
        }
    }
}
