/// Labels capitalised sequences that no gazetteer or pattern rule covered (step 5 of ``EntityTagger``).
///
/// 1. A run is a maximal sequence of free capitalised tokens in a sentence that is not a headline set in
///    capitals; a name particle (`of`, `de`, `bin`) or `&` continues it when a capitalised token follows.
///    Titles and common words (`The`, `Monday`) end a run and do not start one.
/// 2. At the start of a sentence (or after an opening quote, bracket or colon) a capitalised word is no
///    evidence: a run starting there loses its first word when that word is common or occurs in lower
///    case elsewhere in the document, and a single such word is kept only when it occurs capitalised
///    elsewhere in the document away from a sentence start, when it is in capitals (an acronym), or when a
///    number follows it in a sentence of names and numbers (a table row).
/// 3. The label comes from the words and their neighbours: a given name first → PER; an acronym → ORG;
///    followed by a number (a team in a result or table) → ORG; after `in`, `at`, `from`, `near` … → LOC;
///    otherwise PER for up to three capitalised words (mostly surnames and full names in news) and ORG
///    for longer runs.
/// 4. A guess from shape alone whose last word occurs in lower case elsewhere in the document
///    (`Sponsored Content` beside `this content`), or of more than six words, is dropped.
///
/// Guesses are the weakest evidence: document consistency relabels them after what the rules found.
struct NameGuesser {
    let table: TokenTable

    /// A run of step 1: its tokens, its sentence, whether it starts where a capital is no evidence, and the
    /// place of its first token among the words ``WordEvidence`` is asked about (the tokens of all runs, in order).
    private struct Run {
        var tokens: Range<Int>
        var sentence: Int
        var isInitial: Bool
        var firstAsked: Int

        /// The place of token `token` of the run among the words asked about.
        func asked(_ token: Int) -> Int { firstAsked + token - tokens.lowerBound }
    }

    /// Guesses for the runs of tokens no rule took (``TokenTraits/isRuled``) outside titles.
    func guesses() -> [Candidate] {
        let runs = findRuns()
        guard !runs.isEmpty else { return [] }
        let evidence = WordEvidence(table: table, words: runs.lazy.flatMap(\.tokens))
        var tableRows = TableRows()
        var guesses: [Candidate] = []
        for run in runs {
            let sentence = table.sentenceRange(run.sentence)
            var guess: Candidate?
            let word = run.tokens.lowerBound
            if !run.isInitial {
                guess = self.guess(run.tokens, in: sentence)
            } else if evidence.seenInLowerCase(run.asked(word)) || isCommon(word) {
                // Step 2: at a sentence start a capital is no evidence.
                if run.tokens.count > 1 { guess = self.guess((word + 1)..<run.tokens.upperBound, in: sentence) }
            } else if run.tokens.count > 1 || evidence.seenCapitalisedMidSentence(run.asked(word)) || isAcronym(run.tokens)
                || (followedByNumber(run.tokens, in: sentence) && tableRows.isTableRow(run.sentence, table))
            {
                guess = self.guess(run.tokens, in: sentence)
            }
            guard let guess else { continue }
            // Shape guesses ending in a common word (`Sponsored Content` beside `this content`) or of more than
            // six words go.
            if guess.priority == Priority.guess && (guess.length > 6 || evidence.seenInLowerCase(run.asked(guess.end - 1))) {
                continue
            }
            guesses.append(guess)
        }
        return guesses
    }

    /// A lone word in capitals (`NAR`, `NATO`): capitals a sentence start does not explain.
    private func isAcronym(_ run: Range<Int>) -> Bool {
        run.count == 1 && table.shape(run.lowerBound).contains(.allCaps)
    }

    /// Step 1: the runs.
    private func findRuns() -> [Run] {
        var runs: [Run] = []
        var asked = 0
        table.traits.withUnsafeBufferPointer { traits in
            for sentence in 0..<table.sentenceCount {
                let range = table.sentenceRange(sentence)
                guard !traits[range.lowerBound].inCapsSentence else { continue }
                var index = range.lowerBound
                while index < range.upperBound {
                    guard Self.continuesRun(traits[index]) else {
                        index += 1
                        continue
                    }
                    var end = index + 1
                    while end < range.upperBound {
                        if Self.continuesRun(traits[end]) {
                            end += 1
                        } else if end + 1 < range.upperBound, isJoiner(end), Self.continuesRun(traits[end + 1]) {
                            end += 2
                        } else {
                            break
                        }
                    }
                    runs.append(
                        Run(
                            tokens: index..<end, sentence: sentence,
                            isInitial: isInitialPosition(index, sentenceStart: range.lowerBound), firstAsked: asked))
                    asked += end - index
                    index = end
                }
            }
        }
        return runs
    }

    /// Step 3: the label of a run (`nil` for a lone initial, as in `N / A`) in sentence `sentence`.
    private func guess(_ run: Range<Int>, in sentence: Range<Int>) -> Candidate? {
        var run = run
        while run.count > 1, isJoiner(run.upperBound - 1) { run = run.lowerBound..<(run.upperBound - 1) }
        var label: EntityLabel
        var informed = true
        let first = run.lowerBound
        if run.count == 1 && table.shape(first).contains(.initial) { return nil }
        if table.traits[first].cues.contains(.givenName) {
            label = .person
        } else if isAcronym(run) {
            label = .organization
        } else if followedByNumber(run, in: sentence) {
            label = .organization
        } else if table.continuesSentence(first), isLocationPreposition(first - 1) {
            label = .location
        } else {
            label = run.count <= 3 ? .person : .organization
            informed = false
        }
        let priority = informed ? Priority.informedGuess : Priority.guess
        return Candidate(start: run.lowerBound, end: run.upperBound, label: label, priority: priority, origin: .guess)
    }

    /// A name followed by a number in the same sentence: a team in a result or a table row.
    private func followedByNumber(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
        run.upperBound < sentence.upperBound && table.shape(run.upperBound).contains(.digitInitial)
    }

    /// A capitalised token no rule took, outside titles, that is no title or common word by itself.
    @inline(__always)
    private static func continuesRun(_ traits: TokenTraits) -> Bool {
        guard !traits.isRuled, !traits.inTitle, traits.shape.isNameLike else { return false }
        return !traits.cues.contains(.title) && !traits.cues.contains(.common)
    }

    private func isCommon(_ index: Int) -> Bool { table.traits[index].cues.contains(.common) }

    /// A particle or `&` between two capitalised words of one name.
    private func isJoiner(_ index: Int) -> Bool {
        table.token(index, isByte: 0x26) || table.traits[index].cues.contains(.nameParticle)
    }

    /// At a sentence's start, or after an opening quote, bracket, colon or dash at which a quoted or
    /// listed sentence may start.
    private func isInitialPosition(_ index: Int, sentenceStart: Int) -> Bool {
        if index == sentenceStart { return true }
        let previous = index - 1
        guard table.shape(previous).contains(.punctuation) else { return false }
        let token = table.tokens[previous]
        let first = table.bytes[token.start]
        // " ` ' ( [ : - and the curly quotes (which start with 0xE2).
        return [0x22, 0x60, 0x27, 0x28, 0x5B, 0x3A, 0x2D, 0xE2].contains(first)
    }

    /// `in`, `at`, `from`, `near`, `to`, `into`, `outside`: each as its bytes in one word (``WordHash/word(_:_:_:)``,
    /// at most seven bytes) with its length in the top byte.
    private static let locationPrepositions: [UInt64] =
        ["in", "at", "from", "near", "to", "into", "outside"].map { preposition in
            let bytes = Array(preposition.utf8)
            return bytes.withUnsafeBufferPointer { WordHash.word($0, 0, bytes.count) } | UInt64(bytes.count) << 56
        }

    private func isLocationPreposition(_ index: Int) -> Bool {
        let token = table.tokens[index]
        guard token.length <= 7 else { return false }
        let word = WordHash.word(table.bytes, token.start, token.length) | UInt64(token.length) << 56
        return Self.locationPrepositions.contains(word)
    }
}

/// Whether a sentence is a result or a table row: names and numbers with at most one lower-case word.
/// Counted once per sentence asked about.
private struct TableRows {
    private var sentence = -1
    private var isRow = false

    mutating func isTableRow(_ sentence: Int, _ table: TokenTable) -> Bool {
        if sentence != self.sentence {
            self.sentence = sentence
            isRow = table.sentenceRange(sentence).filter { table.shape($0).contains(.lowerInitial) }.count <= 1
        }
        return isRow
    }
}
