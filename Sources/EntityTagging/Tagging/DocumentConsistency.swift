/// Makes a document's entities consistent (step 6 of ``EntityTagger``), after GATE's orthomatcher.
///
/// 1. Every entity string votes for its label; rule votes (gazetteer, pattern) outweigh guesses. A string's
///    label is its rules' majority, or failing any, its guesses' majority (a guess from a clue counting
///    three times a guess from shape alone).
/// 2. Each capitalised word of a person's name of two or more words is a name of that person (`Kim` after
///    `Kim Jong Un`, `Simmons` after `Phil Simmons`), unless it is a common word. A single word guessed a
///    person from its shape alone, more than once, yet never part of a person's full name, is taken for an
///    organisation instead: news introduces persons by their full names (`Pirelli`, `Ruch`).
/// 3. Guesses take the label their string has in the document; a one-word guess or a one-word gazetteer
///    match that is a word of a person's name becomes PER; a one-word guess that is the unlisted first or
///    last word of a place's or organisation's name takes that label (`Futenma` after `Air Station Futenma`),
///    as does a one-word gazetteer match listed as a person (`Ruch` after `Ruch SA`).
/// 4. Free tokens spelling a known string (or the capitals of one, in headlines) become entities too.
struct DocumentConsistency {
    let table: TokenTable
    /// The label of every entity string of the document, by ``PhraseHash``.
    private(set) var knownLabels = HashMap64<EntityLabel>(capacity: 64)
    /// Words of persons' names.
    private var personWords = HashMap64<Bool>(capacity: 64)
    /// The first or last word of a place's or organisation's name of several words, when no list knows it
    /// (`Futenma` of `Air Station Futenma`, `Fuji` of `Fuji Bank`), with that label.
    private var placeOrOrganizationWords = HashMap64<EntityLabel>(capacity: 64)
    /// Every string above (and every other entity string) by its number, given in order of first sight.
    private var numbers = HashMap64<Int32>(capacity: 64)
    /// By number: each string's hash (``PhraseHash``) and folded hash (capitals).
    private var hashes: [UInt64] = []
    private var foldedHashes: [UInt64] = []
    /// The longest string in tokens.
    private var longestString = 1
    /// The length of the longest string above in bytes, as hashed (single spaces between tokens).
    private var longestBytes = 0
    /// The hashes of the strings' first words, first two words … (as is and folded): step 4 stops extending
    /// a run of tokens at whitespace when no known string starts with the words so far.
    private var wordPrefixes: [UInt64] = []

    init(table: TokenTable) { self.table = table }

    /// The consistent entities, sorted by start.
    /// - Parameters:
    ///   - ruled: The candidates chosen from gazetteers and pattern rules (blocks included).
    ///   - guesses: The name guesser's candidates, on tokens the ruled ones left free.
    mutating func apply(ruled: [Candidate], guesses: [Candidate]) -> [Candidate] {
        var candidates = ruled + guesses
        // The labelled candidates' strings are numbered 0, 1 … in order of first sight; blocks get -1.
        numbers = HashMap64(capacity: candidates.count / 4)  // a string recurs about five times in news
        let strings = candidates.map { $0.label == nil ? -1 : number($0.start..<$0.end) }
        vote(candidates, strings: strings)
        relabel(&candidates, strings: strings)
        // Both lists are sorted and leave each other's tokens free: merged, they are the tokens taken.
        let taken = Candidate.merged(candidates[..<ruled.count], candidates[ruled.count...])
        return Candidate.merged(taken[...], fill(around: taken)[...])
    }

    /// Votes per label (PER, LOC, ORG, MISC) from rules and from guesses.
    private struct Tally {
        var rules: SIMD4<Int32> = .zero
        var guesses: SIMD4<Int32> = .zero
    }

    /// Steps 1 and 2; `strings` are the candidates' string numbers (``number(_:)``), -1 for blocks.
    private mutating func vote(_ candidates: [Candidate], strings: [Int]) {
        // Each string's tally, by its number (the labelled candidates' strings are numbered 0..<count). The
        // strings are then labelled in the order a vote table of one slot pair per candidate lists them (as
        // the labels are read in that order later on), worked out without such a table.
        let count = hashes.count
        var tallies = [Tally](repeating: Tally(), count: count)
        var shapeGuesses = [Int32](repeating: 0, count: count)
        for (position, candidate) in candidates.enumerated() {
            guard let label = candidate.label else { continue }
            let string = strings[position]
            if candidate.origin != .guess {
                tallies[string].rules[label.index] += 1
            } else {
                tallies[string].guesses[label.index] += candidate.priority == Priority.informedGuess ? 3 : 1
                if candidate.length == 1 && candidate.priority == Priority.guess && label == .person {
                    shapeGuesses[string] += 1
                }
            }
        }
        var labels = [EntityLabel](repeating: .person, count: count)
        for string in HashMap64<Int32>.slotOrder(of: hashes, capacity: candidates.count) {
            let tally = tallies[string]
            let counts = tally.rules != .zero ? tally.rules : tally.guesses
            // Ties go to the first label in PER, LOC, ORG, MISC order.
            var best = 0
            for index in 1..<4 where counts[index] > counts[best] { best = index }
            labels[string] = EntityLabel.allCases[best]
            knownLabels[hashes[string]] = labels[string]
        }
        // A person's name met again in the same tokens adds no words: the first of its occurrences whose words
        // were added, by string number (-1: none yet).
        var wordsAdded = [Int32](repeating: -1, count: count)
        for (position, candidate) in candidates.enumerated() where candidate.label != nil && candidate.length >= 2 {
            let string = strings[position]
            switch labels[string] {
            case .person:
                if wordsAdded[string] >= 0 && table.sameTokens(at: Int(wordsAdded[string]), as: candidate.tokens) { continue }
                wordsAdded[string] = Int32(candidate.start)
                for index in candidate.tokens where table.shape(index).isCapitalised {
                    let cues = table.traits[index].cues
                    if cues.contains(.common) || cues.contains(.title) { continue }
                    personWords[hashes[number(index..<(index + 1))]] = true
                }
            case .location, .organization:
                guard candidate.origin != .guess, let label = candidate.label, label != .person, label != .miscellaneous
                else { continue }
                // The first and the last word (the candidate has two words or more).
                let last = candidate.end - 1
                for index in stride(from: candidate.start, through: last, by: last - candidate.start) where isDistinctiveWord(index) {
                    let word = hashes[number(index..<(index + 1))]
                    if placeOrOrganizationWords[word] == nil { placeOrOrganizationWords[word] = label }
                }
            default:
                continue
            }
        }
        for (string, count) in shapeGuesses.enumerated() where count >= 2 && labels[string] == .person {
            let word = hashes[string]
            if personWords[word] == nil { knownLabels[word] = .organization }
        }
    }

    /// A capitalised word that is no cue (head, title, common word, given name) and no listed place,
    /// organisation or other name (a listed person's name may well name a company: `Ford Motor Co.`).
    private func isDistinctiveWord(_ index: Int) -> Bool {
        let traits = table.traits[index]
        guard traits.shape.isCapitalised else { return false }
        return traits.cues.isEmpty && (traits.label == nil || traits.label == .person)
    }

    /// Step 3 for every labelled candidate; `strings` are their string numbers.
    private func relabel(_ candidates: inout [Candidate], strings: [Int]) {
        candidates.withUnsafeMutableBufferPointer { candidates in
            for position in candidates.indices where strings[position] >= 0 {
                candidates[position].label = consistentLabel(of: candidates[position], key: hashes[strings[position]])
            }
        }
    }

    /// Step 3.
    @inline(__always)
    private func consistentLabel(of candidate: Candidate, key: UInt64) -> EntityLabel? {
        let isSingleWord = candidate.length == 1
        switch candidate.origin {
        case .guess:
            if isSingleWord && personWords[key] != nil { return .person }
            if isSingleWord, knownLabels[key] == nil || candidate.priority == Priority.guess,
                let label = placeOrOrganizationWords[key]
            {
                return label
            }
            return knownLabels[key] ?? candidate.label
        case .gazetteer:
            if isSingleWord && personWords[key] != nil { return .person }
            if isSingleWord, candidate.label == .person, let label = placeOrOrganizationWords[key] { return label }
            return candidate.label
        case .pattern:
            return candidate.label
        }
    }

    /// Step 4: known strings (and persons' words) on the tokens `taken` (sorted by start, non-overlapping)
    /// leaves free, longest first; in capitals too.
    private func fill(around taken: [Candidate]) -> [Candidate] {
        let known = knownStrings()
        var filled: [Candidate] = []
        var next = 0  // the first of `taken` not ending before `index`
        var sentence = 0  // the sentence of `index`
        var index = 0
        // Each token that starts with a capital, unless taken, starts a search.
        while case let nameLike = table.firstToken(from: index, with: .upperInitial), nameLike < table.count {
            index = nameLike
            while next < taken.count && taken[next].end <= index { next += 1 }
            if next < taken.count && taken[next].start <= index {
                index = taken[next].end
                continue
            }
            while table.sentenceBounds[sentence + 1] <= index { sentence += 1 }
            let sentenceEnd = Int(table.sentenceBounds[sentence + 1])
            let free = next < taken.count ? min(taken[next].start, sentenceEnd) : sentenceEnd
            guard let found = known.longest(at: index, before: free, sentenceEnd: sentenceEnd, in: table) else {
                index += 1
                continue
            }
            filled.append(Candidate(start: index, end: found.end, label: found.label, priority: Priority.guess, origin: .guess))
            index = found.end
        }
        return filled
    }

    /// The strings step 4 looks for: every string labelled in the document, persons' words, and the words
    /// of places' and organisations' names, as is and in capitals.
    private func knownStrings() -> KnownStrings {
        var exact = HashMap64<EntityLabel>(capacity: knownLabels.count + personWords.count)
        var folded = HashMap64<EntityLabel>(capacity: knownLabels.count + personWords.count)
        for (hash, label) in knownLabels.entries { exact[hash] = label }
        for (word, _) in personWords.entries where exact[word] == nil { exact[word] = .person }
        for (word, label) in placeOrOrganizationWords.entries where exact[word] == nil { exact[word] = label }
        var filter = HashFilter(capacity: 2 * exact.count)
        var prefixes = HashFilter(capacity: wordPrefixes.count)
        for hash in wordPrefixes { prefixes.insert(hash) }
        // Where several strings have one folded form, the first in `exact`'s slot order gives its label.
        for (hash, label) in exact.entries {
            filter.insert(hash)
            if let string = numbers[hash], case let foldedHash = foldedHashes[Int(string)], folded[foldedHash] == nil {
                folded[foldedHash] = label
                filter.insert(foldedHash)
            }
        }
        return KnownStrings(
            exact: exact, folded: folded, filter: filter, prefixes: prefixes, longestString: longestString,
            longestBytes: longestBytes)
    }

    /// The known strings as step 4 looks for them in a run of free tokens.
    private struct KnownStrings {
        let exact: HashMap64<EntityLabel>
        /// By folded hash (capitals), for headlines in capitals.
        let folded: HashMap64<EntityLabel>
        /// Every hash in `exact` and `folded`.
        let filter: HashFilter
        /// The hashes of the strings' first words, first two words … (as is and folded).
        let prefixes: HashFilter
        /// The longest string in tokens, and in bytes as hashed (single spaces between tokens).
        let longestString, longestBytes: Int

        /// The longest known string of free tokens `start..<end` (`end` at most `free`), and its label.
        /// - Parameter sentenceEnd: One past the sentence's last token (at least `free`).
        @inline(__always)
        func longest(at start: Int, before free: Int, sentenceEnd: Int, in table: TokenTable) -> (end: Int, label: EntityLabel)? {
            var best: (end: Int, label: EntityLabel)?
            var exactHash = PhraseHash.seed
            var foldedHash = PhraseHash.seed
            let inCapsSentence = table.traits[start].inCapsSentence
            var end = start
            var bytes = 0  // as hashed; no known string is longer than `longestBytes`
            while end < free, end - start < longestString {
                bytes += PhraseHash.length(token: end, first: start, in: table)
                guard bytes <= longestBytes else { break }
                PhraseHash.add(token: end, first: start, in: table, folded: false, to: &exactHash)
                if inCapsSentence { PhraseHash.add(token: end, first: start, in: table, folded: true, to: &foldedHash) }
                end += 1
                if filter.mayContain(exactHash), let label = exact[exactHash] {
                    best = (end, label)
                } else if inCapsSentence, filter.mayContain(foldedHash), let label = folded[foldedHash] {
                    best = (end, label)
                }
                if end < sentenceEnd, table.tokens[end - 1].end != table.tokens[end].start,
                    !prefixes.mayContain(exactHash), !inCapsSentence || !prefixes.mayContain(foldedHash)
                {
                    break  // no known string goes on past this word
                }
            }
            return best
        }
    }

    /// The number of the string of tokens `range`, numbering it (and remembering its hashes) if new.
    @inline(__always)
    private mutating func number(_ range: Range<Int>) -> Int {
        let hash = PhraseHash.of(range, in: table)
        if let number = numbers[hash] { return Int(number) }
        let number = hashes.count
        numbers[hash] = Int32(number)
        hashes.append(hash)
        let folded = PhraseHash.folded(range, in: table, wordPrefixes: &wordPrefixes)
        foldedHashes.append(folded.hash)
        longestString = max(longestString, range.count)
        longestBytes = max(longestBytes, folded.bytes)
        return number
    }
}

extension TokenTable {
    /// Whether the tokens from `start` on have the lengths of tokens `tokens`: for two runs of tokens that
    /// hash alike, whether they are the same tokens.
    fileprivate func sameTokens(at start: Int, as tokens: Range<Int>) -> Bool {
        tokens.allSatisfy { self.tokens[start + $0 - tokens.lowerBound].length == self.tokens[$0].length }
    }
}
