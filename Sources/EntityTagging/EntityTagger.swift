import CorpusModel

/// The rule-based named-entity tagger: adds the `entity` layer (PER, LOC, ORG, MISC) to a document whose
/// tokens and sentences are given.
///
/// The algorithm, per document:
/// 1. Compute each token's shape (capitalised, all capitals, initial, digits, punctuation) from its UTF-8
///    bytes, and mark headline sentences set in capitals, where capitalisation is no evidence.
/// 2. Look up every gazetteer phrase starting at each token in one byte trie (phrases match whole tokens,
///    case-sensitively, or in capitals); a phrase with an entity label is a candidate.
/// 3. Match the pattern rules (titles, given names, organisation and location heads, datelines); their
///    `[LABEL …]` groups are candidates, `[O …]` groups block their tokens.
/// 4. Resolve: the longest candidate wins, then the higher priority; entities never overlap.
/// 5. Guess unknown capitalised sequences left over (not sentence-initial common words, not in headlines)
///    from their words and context (see ``NameGuesser``).
/// 6. Make the document consistent, as GATE's orthomatcher does: a string labelled once gets that label
///    everywhere (headlines in capitals included), a word of a known person's name is that person, and
///    guesses give way to rules.
/// 7. Label hyphenated compounds of names (`Japan-U.S.`, `Trump-Kim`) MISC.
///
/// Guarantees: entity spans are whole tokens inside one sentence, sorted, non-overlapping; the text is
/// never edited; tagging never throws (the rules were validated when they loaded). The tagger is an
/// immutable value, safe to share across threads.
public struct EntityTagger: Sendable {
    /// The rules it applies.
    public let rules: TaggerRules

    /// Creates a tagger.
    /// - Parameter rules: The rules; the built-in ones by default.
    public init(rules: TaggerRules = .builtin) {
        self.rules = rules
    }

    /// The producer recorded for the `entity` layer.
    public var producer: Producer { Producer(tool: "corpuskit-tagger", version: CorpusKitVersion.current) }

    /// Tags a document.
    /// - Parameters:
    ///   - document: The document.
    ///   - tokens: Its tokens: UTF-8 spans (half-open), sorted, non-overlapping.
    ///   - sentences: Its sentences: UTF-8 spans (half-open), sorted; entities never cross one.
    /// - Returns: The entities: UTF-8 spans (half-open) labelled `PER`, `LOC`, `ORG` or `MISC`, sorted,
    ///   non-overlapping, each a run of whole tokens.
    public func tag(_ document: Document, tokens: [Span], sentences: [Span]) -> [Annotation] {
        document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                let entities = entities(bytes: bytes, tokens: tokenBuffer, sentences: sentences)
                var annotations: [Annotation] = []
                annotations.reserveCapacity(entities.count)
                for candidate in entities {
                    guard let label = candidate.label else { continue }  // a block
                    annotations.append(
                        Annotation(
                            Span(tokenBuffer[candidate.start].start, tokenBuffer[candidate.end - 1].end),
                            label: label.rawValue))
                }
                return annotations
            }
        }
    }

    /// Tags a document and returns its `entity` layer.
    /// - Parameters: See ``tag(_:tokens:sentences:)``.
    /// - Returns: The `entity` layer, with this tagger as its producer.
    public func entityLayer(_ document: Document, tokens: [Span], sentences: [Span]) -> AnnotationLayer {
        AnnotationLayer(.entity, annotations: tag(document, tokens: tokens, sentences: sentences), producer: producer)
    }

    /// Steps 1–7 over token indices, blocks (unlabelled) included. Steps 1–4 run sentence by sentence in
    /// reused scratch space; the document-wide state is four bytes per token (``TokenTable``) and the candidates.
    private func entities(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, sentences: [Span])
        -> [Candidate]
    {
        guard !tokens.isEmpty else { return [] }
        var table = TokenTable(bytes: bytes, tokens: tokens, sentences: sentences, lexicon: rules.lexicon)
        var lexis = SentenceLexis(tokens: tokens.count)
        var scratch = rules.matcher.makeScratch()
        var candidates: [Candidate] = []
        var order: [UInt64] = []
        var ruled: [Candidate] = []
        for sentence in 0..<table.sentenceCount {
            let range = table.sentenceRange(sentence)
            // Emptied once in a while, not every sentence: emptying costs more than most sentences' candidates.
            if candidates.count > 4096 { candidates.removeAll(keepingCapacity: true) }
            let first = candidates.count
            lexis.scan(range, into: &table, candidates: &candidates)
            rules.matcher.candidates(in: lexis, scratch: &scratch, into: &candidates)
            candidates.withUnsafeBufferPointer { candidates in
                let proposed = UnsafeBufferPointer(rebasing: candidates[first...])
                Resolution.resolve(proposed, in: range, order: &order, table: &table, into: &ruled)
            }
        }
        let guesses = NameGuesser(table: table).guesses()
        var consistency = DocumentConsistency(table: table)
        var entities = consistency.apply(ruled: ruled, guesses: guesses)
        HyphenCompounds(table: table, known: consistency.knownLabels).relabel(&entities)
        return entities
    }
}

/// Priorities of the candidates that do not come from pattern rules (pattern rules give their own, 0–1000).
enum Priority {
    /// A built-in gazetteer entry: below the specific pattern rules (60–90), above the name guesser.
    static let builtinGazetteer = 50
    /// A user's gazetteer entry: above the generic pattern rules.
    static let userGazetteer = 70
    /// An all-capitals form of a gazetteer entry (`WASHINGTON`) stands this much below the entry.
    static let capsVariantPenalty = 5
    /// A guess from the shape of a sequence alone.
    static let guess = 10
    /// A guess from a clue: a given name, a preposition of place, a following score, an acronym.
    static let informedGuess = 12

    /// The priority of a gazetteer entry's candidate.
    static func gazetteer(_ info: PhraseInfo) -> Int {
        let priority = info.isUserEntry ? userGazetteer : builtinGazetteer
        return info.isCapsVariant ? priority - capsVariantPenalty : priority
    }
}
