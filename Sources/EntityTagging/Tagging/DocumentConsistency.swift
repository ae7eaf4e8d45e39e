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
    let view: TokenView
    /// The label of every entity string of the document, by ``PhraseHash``.
    private(set) var knownLabels = HashMap64<EntityLabel>(capacity: 64)
    /// Words of persons' names.
    private var personWords = HashMap64<Bool>(capacity: 64)
    /// The first or last word of a place's or organisation's name of several words, when no list knows it
    /// (`Futenma` of `Air Station Futenma`, `Fuji` of `Fuji Bank`), with that label.
    private var placeOrOrganizationWords = HashMap64<EntityLabel>(capacity: 64)
    /// The folded hash (``PhraseHash``, capitals) of each string above, and the longest string in tokens.
    private var foldedHashes = HashMap64<UInt64>(capacity: 64)
    private var longestString = 1

    init(view: TokenView) { self.view = view }

    /// The consistent entities, sorted by start.
    /// - Parameters:
    ///   - ruled: The candidates chosen from gazetteers and pattern rules (blocks included).
    ///   - guesses: The name guesser's candidates, on tokens the ruled ones left free.
    mutating func apply(ruled: [Candidate], guesses: [Candidate]) -> [Candidate] {
        let candidates = ruled + guesses
        let keys = candidates.map { $0.label == nil ? 0 : key($0.start..<$0.end) }
        vote(candidates, keys: keys)
        var entities: [Candidate] = []
        entities.reserveCapacity(candidates.count)
        var occupied = [Bool](repeating: false, count: view.count)
        for (position, var candidate) in candidates.enumerated() {
            if candidate.label != nil { candidate.label = consistentLabel(of: candidate, key: keys[position]) }
            for index in candidate.start..<candidate.end { occupied[index] = true }
            entities.append(candidate)
        }
        entities += fill(occupied: occupied)
        return entities.sorted { $0.start < $1.start }
    }

    /// Votes per label (PER, LOC, ORG, MISC) from rules and from guesses.
    private struct Tally {
        var rules: SIMD4<Int32> = .zero
        var guesses: SIMD4<Int32> = .zero
    }

    /// Steps 1 and 2; `keys` are the candidates' hashes.
    private mutating func vote(_ candidates: [Candidate], keys: [UInt64]) {
        var votes = HashMap64<Tally>(capacity: candidates.count)
        var shapeGuesses = HashMap64<Int>()
        for (position, candidate) in candidates.enumerated() {
            guard let label = candidate.label else { continue }
            let key = keys[position]
            if candidate.origin != .guess {
                var tally = votes[key] ?? Tally()
                tally.rules[label.index] += 1
                votes[key] = tally
            } else {
                var tally = votes[key] ?? Tally()
                tally.guesses[label.index] += candidate.priority == Priority.informedGuess ? 3 : 1
                votes[key] = tally
                if candidate.length == 1 && candidate.priority == Priority.guess && label == .person {
                    shapeGuesses[key] = (shapeGuesses[key] ?? 0) + 1
                }
            }
        }
        for (key, tally) in votes.entries {
            let counts = tally.rules != .zero ? tally.rules : tally.guesses
            // Ties go to the first label in PER, LOC, ORG, MISC order.
            var best = 0
            for index in 1..<4 where counts[index] > counts[best] { best = index }
            knownLabels[key] = EntityLabel.allCases[best]
        }
        for (position, candidate) in candidates.enumerated() where candidate.label != nil && candidate.length >= 2 {
            switch knownLabels[keys[position]] {
            case .person:
                for index in candidate.start..<candidate.end where view.shapes[index].isCapitalised {
                    if view.singleTokenInfo(index).map({ $0.cues.contains(.common) || $0.cues.contains(.title) }) == true {
                        continue
                    }
                    personWords[key(index..<(index + 1))] = true
                }
            case .location, .organization:
                guard candidate.origin != .guess, let label = candidate.label, label != .person, label != .miscellaneous
                else { continue }
                // The first and the last word (the candidate has two words or more).
                let last = candidate.end - 1
                for index in stride(from: candidate.start, through: last, by: last - candidate.start) where isDistinctiveWord(index) {
                    let word = key(index..<(index + 1))
                    if placeOrOrganizationWords[word] == nil { placeOrOrganizationWords[word] = label }
                }
            default:
                continue
            }
        }
        for (word, count) in shapeGuesses.entries where count >= 2 && personWords[word] == nil && knownLabels[word] == .person {
            knownLabels[word] = .organization
        }
    }

    /// A capitalised word that is no cue (head, title, common word, given name) and no listed place,
    /// organisation or other name (a listed person's name may well name a company: `Ford Motor Co.`).
    private func isDistinctiveWord(_ index: Int) -> Bool {
        guard view.shapes[index].isCapitalised else { return false }
        guard let info = view.singleTokenInfo(index) else { return true }
        return info.cues.isEmpty && (info.label == nil || info.label == .person)
    }

    /// Step 3.
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

    /// Step 4: known strings (and persons' words) on free tokens, longest first; in capitals too.
    private func fill(occupied: [Bool]) -> [Candidate] {
        var exact = HashMap64<EntityLabel>(capacity: knownLabels.count + personWords.count)
        var folded = HashMap64<EntityLabel>(capacity: knownLabels.count + personWords.count)
        for (hash, label) in knownLabels.entries { exact[hash] = label }
        for (word, _) in personWords.entries where exact[word] == nil { exact[word] = .person }
        for (word, label) in placeOrOrganizationWords.entries where exact[word] == nil { exact[word] = label }
        var filter = HashFilter()
        for (hash, label) in exact.entries {
            filter.insert(hash)
            if let foldedHash = foldedHashes[hash], folded[foldedHash] == nil {
                folded[foldedHash] = label
                filter.insert(foldedHash)
            }
        }
        let longest = longestString
        var filled: [Candidate] = []
        for sentence in 0..<view.sentenceCount {
            let range = view.sentenceRange(sentence)
            var index = range.lowerBound
            while index < range.upperBound {
                guard !occupied[index], view.shapes[index].isNameLike else {
                    index += 1
                    continue
                }
                var best: (end: Int, label: EntityLabel)?
                var exactHash = PhraseHash.seed
                var foldedHash = PhraseHash.seed
                var end = index
                while end < range.upperBound, end - index < longest, !occupied[end] {
                    PhraseHash.add(token: end, first: index, in: view, folded: false, to: &exactHash)
                    PhraseHash.add(token: end, first: index, in: view, folded: true, to: &foldedHash)
                    end += 1
                    if filter.mayContain(exactHash), let label = exact[exactHash] {
                        best = (end, label)
                    } else if view.inCapsSentence(index), filter.mayContain(foldedHash), let label = folded[foldedHash] {
                        best = (end, label)
                    }
                }
                guard let found = best else {
                    index += 1
                    continue
                }
                filled.append(
                    Candidate(start: index, end: found.end, label: found.label, priority: Priority.guess, origin: .guess))
                index = found.end
            }
        }
        return filled
    }

    /// The hash of tokens `range`, remembering its folded hash.
    private mutating func key(_ range: Range<Int>) -> UInt64 {
        let hash = PhraseHash.of(range, in: view)
        if foldedHashes[hash] == nil {
            foldedHashes[hash] = PhraseHash.of(range, in: view, folded: true)
            longestString = max(longestString, range.count)
        }
        return hash
    }
}
