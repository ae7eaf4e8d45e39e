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
    let view: TokenView

    /// Guesses for the runs left free.
    /// - Parameter occupied: Per token, whether a rule already took it.
    func guesses(occupied: [Bool]) -> [Candidate] {
        var occupied = occupied
        markTitles(&occupied)
        let runs = findRuns(occupied: occupied)
        guard !runs.isEmpty else { return [] }
        let evidence = WordEvidence(view: view, words: runs.flatMap { Array($0.run) })
        var guesses: [Candidate] = []
        for (run, isInitial) in runs {
            if !isInitial {
                if let guess = guess(run) { guesses.append(guess) }
                continue
            }
            // Step 2: at a sentence start a capital is no evidence.
            let word = run.lowerBound
            if evidence.seenInLowerCase(word) || isCommon(word) {
                if run.count > 1, let guess = guess((run.lowerBound + 1)..<run.upperBound) { guesses.append(guess) }
            } else if run.count > 1 || evidence.seenCapitalisedMidSentence(word) || isAcronym(run)
                || (followedByNumber(run) && isTableRow(run.lowerBound))
            {
                if let guess = guess(run) { guesses.append(guess) }
            }
        }
        // Shape guesses ending in a common word (`Sponsored Content` beside `this content`) or of more than
        // six words go.
        return guesses.filter { guess in
            guard guess.priority == Priority.guess else { return true }
            return guess.length <= 6 && !evidence.seenInLowerCase(guess.end - 1)
        }
    }

    /// A lone word in capitals (`NAR`, `NATO`): capitals a sentence start does not explain.
    private func isAcronym(_ run: Range<Int>) -> Bool {
        run.count == 1 && view.shapes[run.lowerBound].contains(.allCaps)
    }

    /// A sentence of names and numbers with at most one lower-case word: a result or a table row.
    private func isTableRow(_ index: Int) -> Bool {
        view.sentenceRange(ofToken: index).filter { view.shapes[$0].contains(.lowerInitial) }.count <= 1
    }

    /// Step 1: the runs, each with whether it starts where a capital is no evidence.
    private func findRuns(occupied: [Bool]) -> [(run: Range<Int>, isInitial: Bool)] {
        var runs: [(run: Range<Int>, isInitial: Bool)] = []
        for sentence in 0..<view.sentenceCount where !view.isCapsSentence[sentence] {
            let range = view.sentenceRange(sentence)
            var index = range.lowerBound
            while index < range.upperBound {
                guard startsRun(index, occupied: occupied) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < range.upperBound {
                    if continuesRun(end, occupied: occupied) {
                        end += 1
                    } else if end + 1 < range.upperBound, isJoiner(end), continuesRun(end + 1, occupied: occupied) {
                        end += 2
                    } else {
                        break
                    }
                }
                runs.append((index..<end, isInitialPosition(index, sentenceStart: range.lowerBound)))
                index = end
            }
        }
        return runs
    }

    /// Tokens of titles of several words (`Secretary of State`) are no part of a name.
    private func markTitles(_ occupied: inout [Bool]) {
        for index in 0..<view.count {
            for slot in view.phrases(at: index) where view.lexicon.infos[Int(view.phrasePayloads[slot])].cues.contains(.title) {
                for covered in index..<Int(view.phraseEnds[slot]) { occupied[covered] = true }
            }
        }
    }

    /// Step 3: the label of a run (`nil` for a lone initial, as in `N / A`).
    private func guess(_ run: Range<Int>) -> Candidate? {
        var run = run
        while run.count > 1, isJoiner(run.upperBound - 1) { run = run.lowerBound..<(run.upperBound - 1) }
        var label: EntityLabel
        var informed = true
        let first = run.lowerBound
        if run.count == 1 && view.shapes[first].contains(.initial) { return nil }
        if view.singleTokenInfo(first)?.cues.contains(.givenName) == true {
            label = .person
        } else if run.count == 1 && view.shapes[first].contains(.allCaps) {
            label = .organization
        } else if followedByNumber(run) {
            label = .organization
        } else if first > 0, view.sentenceOf[first - 1] == view.sentenceOf[first], isLocationPreposition(first - 1) {
            label = .location
        } else {
            label = run.count <= 3 ? .person : .organization
            informed = false
        }
        let priority = informed ? Priority.informedGuess : Priority.guess
        return Candidate(start: run.lowerBound, end: run.upperBound, label: label, priority: priority, origin: .guess)
    }

    /// A name followed by a number in the same sentence: a team in a result or a table row.
    private func followedByNumber(_ run: Range<Int>) -> Bool {
        run.upperBound < view.sentenceRange(ofToken: run.lowerBound).upperBound
            && view.shapes[run.upperBound].contains(.digitInitial)
    }

    private func startsRun(_ index: Int, occupied: [Bool]) -> Bool {
        continuesRun(index, occupied: occupied) && !isCommon(index)
    }

    private func continuesRun(_ index: Int, occupied: [Bool]) -> Bool {
        guard !occupied[index], view.shapes[index].isNameLike else { return false }
        guard let info = view.singleTokenInfo(index) else { return true }
        return !info.cues.contains(.title) && !info.cues.contains(.common)
    }

    private func isCommon(_ index: Int) -> Bool { view.singleTokenInfo(index)?.cues.contains(.common) == true }

    /// A particle or `&` between two capitalised words of one name.
    private func isJoiner(_ index: Int) -> Bool {
        view.token(index, isByte: 0x26) || view.singleTokenInfo(index)?.cues.contains(.nameParticle) == true
    }

    /// At a sentence's start, or after an opening quote, bracket, colon or dash at which a quoted or
    /// listed sentence may start.
    private func isInitialPosition(_ index: Int, sentenceStart: Int) -> Bool {
        if index == sentenceStart { return true }
        let previous = index - 1
        guard view.shapes[previous].contains(.punctuation) else { return false }
        let token = view.tokens[previous]
        let first = view.bytes[token.start]
        // " ` ' ( [ : - and the curly quotes (which start with 0xE2).
        return [0x22, 0x60, 0x27, 0x28, 0x5B, 0x3A, 0x2D, 0xE2].contains(first)
    }

    private static let locationPrepositions: [[UInt8]] = ["in", "at", "from", "near", "to", "into", "outside"].map {
        Array($0.utf8)
    }

    private func isLocationPreposition(_ index: Int) -> Bool {
        Self.locationPrepositions.contains { view.text(of: index, equals: $0) }
    }
}

/// What the rest of a document says about some words: whether each occurs in lower case, and whether it
/// occurs capitalised away from a sentence start. Words are compared case-insensitively (ASCII) by a
/// 64-bit hash of their bytes; one pass over the tokens, no allocation per token.
private struct WordEvidence {
    /// Per group of words spelled alike: whether the group occurs in lower case, and capitalised mid-sentence.
    private var lowerCase: [Bool] = []
    private var midSentence: [Bool] = []
    /// The group of each word asked about, by token index.
    private var groupOf: [Int: Int] = [:]

    init(view: TokenView, words: [Int]) {
        var groups = HashMap64<Int>(capacity: words.count)
        var filter = HashFilter()
        var lengths: UInt64 = 0  // bit n: some word has n bytes (n < 63), bit 63: longer
        for word in words {
            let hash = Self.hash(view, word)
            let group = groups[hash] ?? {
                groups[hash] = lowerCase.count
                lowerCase.append(false)
                midSentence.append(false)
                return lowerCase.count - 1
            }()
            groupOf[word] = group
            filter.insert(hash)
            lengths |= 1 << UInt64(min(view.tokens[word].length, 63))
        }
        for index in 0..<view.count where lengths & 1 << UInt64(min(view.tokens[index].length, 63)) != 0 {
            let hash = Self.hash(view, index)
            guard filter.mayContain(hash), let group = groups[hash] else { continue }
            let shape = view.shapes[index]
            if shape.contains(.lowerInitial) {
                lowerCase[group] = true
            } else if shape.isNameLike, index > 0, view.sentenceOf[index - 1] == view.sentenceOf[index],
                !view.shapes[index - 1].contains(.punctuation), !view.inCapsSentence(index)
            {
                midSentence[group] = true
            }
        }
    }

    func seenInLowerCase(_ word: Int) -> Bool { groupOf[word].map { lowerCase[$0] } ?? false }
    func seenCapitalisedMidSentence(_ word: Int) -> Bool { groupOf[word].map { midSentence[$0] } ?? false }

    /// FNV-1a over the token's bytes with ASCII capitals lowered.
    private static func hash(_ view: TokenView, _ index: Int) -> UInt64 {
        let token = view.tokens[index]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in token.start..<token.end {
            let byte = view.bytes[offset]
            hash = (hash ^ UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
