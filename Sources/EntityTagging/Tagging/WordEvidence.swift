/// What the rest of a document says about some words (the name guesser's, ``NameGuesser``): whether each
/// occurs in lower case, and whether it occurs capitalised away from a sentence start. Words are compared
/// case-insensitively (ASCII) by their folded 64-bit ``WordHash`` (a collision among a document's words is
/// not a practical concern).
///
/// One pass over the document's words, no allocation per token. Only a lower-case word, or a capitalised
/// one away from a sentence start, is evidence. A token of up to eight bytes finds its group of words
/// (or that it has none) in a cache per spelling, as the same few hundred words make most of a text; a
/// longer token is first tested against a filter (``HashFilter``) of the longer words asked about, by its
/// first eight bytes and its length, which most long words fail.
struct WordEvidence {
    /// Per word asked about (in the order given), its group of words spelled alike.
    private var groupOfWord: [Int32] = []
    /// Per group: ``lowerCaseBit`` when the group occurs in lower case, ``midSentenceBit`` when it occurs
    /// capitalised mid-sentence.
    private var evidence: [UInt8] = []
    private static let lowerCaseBit: UInt8 = 1
    private static let midSentenceBit: UInt8 = 2

    /// Gathers the evidence on `words` (token indices).
    init(table: TokenTable, words: some Sequence<Int>) {
        var groups = HashMap64<Int32>(capacity: 64)
        var longWordKeys: [UInt64] = []
        for word in words {
            let token = table.tokens[word]
            let hash = WordHash.of(table.bytes, token.start, token.end, folded: true)
            let group = groups[hash] ?? {
                groups[hash] = Int32(evidence.count)
                evidence.append(0)
                return Int32(evidence.count - 1)
            }()
            groupOfWord.append(group)
            if token.length > SpellingCache.longest {
                longWordKeys.append(Self.longWordKey(WordHash.word(table.bytes, token.start, 8), length: token.length))
            }
        }
        var longWords = HashFilter(capacity: longWordKeys.count)
        for key in longWordKeys { longWords.insert(key) }
        var filter = HashFilter(capacity: groups.count)
        for (hash, _) in groups.entries { filter.insert(hash) }
        var cache = SpellingCache(tokens: table.count)
        let tokens = table.tokens
        let bytes = table.bytes
        table.traits.withUnsafeBufferPointer { traits in
            evidence.withUnsafeMutableBufferPointer { evidence in
                do {
                    for index in traits.indices {
                        let bit: UInt8
                        let shape = traits[index].shape
                        if shape.contains(.lowerInitial) {
                            bit = Self.lowerCaseBit
                        } else if shape.isNameLike, index > 0, !traits[index].startsSentence,
                            !traits[index - 1].shape.contains(.punctuation), !traits[index].inCapsSentence
                        {
                            bit = Self.midSentenceBit
                        } else {
                            continue
                        }
                        let token = tokens[index]
                        let length = token.length
                        let group: Int32
                        if length <= SpellingCache.longest {
                            let word = WordHash.word(bytes, token.start, length)
                            if let known = cache.value(of: word, length: length) {
                                group = known
                            } else {
                                group = Self.group(of: WordHash.of(word: WordHash.foldASCII(word), length: length), groups, filter)
                                cache.remember(group, of: word, length: length)
                            }
                        } else {
                            guard longWords.mayContain(Self.longWordKey(WordHash.word(bytes, token.start, 8), length: length))
                            else { continue }
                            group = Self.group(of: WordHash.of(bytes, token.start, token.end, folded: true), groups, filter)
                        }
                        if group >= 0 { evidence[Int(group)] |= bit }
                    }
                }
            }
        }
    }

    /// Whether the word asked about at place `asked` (in the order of `words`) occurs in lower case.
    func seenInLowerCase(_ asked: Int) -> Bool { evidence[Int(groupOfWord[asked])] & Self.lowerCaseBit != 0 }

    /// Whether the word asked about at place `asked` occurs capitalised away from a sentence start.
    func seenCapitalisedMidSentence(_ asked: Int) -> Bool { evidence[Int(groupOfWord[asked])] & Self.midSentenceBit != 0 }

    /// The key of a word of more than eight bytes in the filter of the long words asked about: its first
    /// eight bytes (`first`, ASCII capitals folded) and its length.
    @inline(__always)
    private static func longWordKey(_ first: UInt64, length: Int) -> UInt64 {
        WordHash.of(word: WordHash.foldASCII(first), length: length)
    }

    /// The group of the spelling whose folded hash is `hash`, or `-1`.
    @inline(__always)
    private static func group(of hash: UInt64, _ groups: HashMap64<Int32>, _ filter: HashFilter) -> Int32 {
        guard filter.mayContain(hash), let group = groups[hash] else { return -1 }
        return group
    }
}
