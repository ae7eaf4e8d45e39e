/// Matches compiled pattern rules on a sentence's tokens (step 3 of ``EntityTagger``).
///
/// The rules are flattened once into plain arrays: each token test is a pair of bit masks over a token's
/// ``LexisBuffers/features(_:)`` plus comparisons of the token's literal number (every literal of every rule is
/// numbered, and the lexicon's trie numbers each token while it looks for phrases), so matching allocates
/// and retains nothing. Per sentence and start token:
/// 1. A rule needing a class or feature the sentence lacks sits the sentence out.
/// 2. Rules are filed by what their first token needs (a literal, a capital or a gazetteer phrase, or
///    anything), so each token only tries the rules that can start there; the start token must pass the
///    first required element (or an optional one before it).
/// 3. Each rule has an *anchor*: its most telling required element after the first (`@org-head` in
///    `Name+ @org-head`, `"of"` in `@loc-head "of" Name+`). A start is tried only when the anchor's test
///    holds at a token the elements before it can reach: no nearer than their fewest tokens, no farther
///    than their most, and, when they test single tokens, across tokens that pass one of their tests.
/// 4. From a start, a rule's elements are matched left to right, greedily, with backtracking (as a regular
///    expression over tokens); the first match found yields the rule's captures.
///
/// Steps 1–3 only skip starts where no match exists, so the matches are those of trying every rule at
/// every token. Matches never cross a sentence boundary.
struct PatternMatcher: Sendable {
    struct Rule: Sendable {
        var elements: Range<Int>
        var captures: Range<Int>
        var priority: Int
        var anchoredAtStart: Bool
        var anchoredAtEnd: Bool
        /// Class bits some phrase starting in the sentence must have, and feature bits some token of the
        /// sentence must have, for the rule to match there (from its required one-alternative elements).
        var sentencePhraseClasses: UInt32
        var sentenceFeatures: UInt32
        var anchor: Anchor?
    }

    /// A required element of one alternative that every match passes, and what lies before it.
    struct Anchor: Sendable {
        /// The element (an index into ``elements``) and its one alternative.
        var element: Int
        var alternative: Int
        /// The fewest and most tokens the elements before it cover (`Int.max`: unbounded).
        var minimumBefore: Int
        var maximumBefore: Int
        /// Whether every element before it tests single tokens: then each token before it passes one of
        /// their alternatives, `alternativesBefore`.
        var singleTokensBefore: Bool
        var alternativesBefore: Range<Int>
    }

    struct Element: Sendable {
        var alternatives: Range<Int>
        var minimum: Int
        var maximum: Int
    }

    struct Alternative: Sendable {
        /// A whole gazetteer phrase rather than one token.
        var isPhrase: Bool
        /// Feature bits (class bits, for a phrase) the token or phrase must all have, and bits it must
        /// have none of.
        var required: UInt32
        var forbidden: UInt32
        /// The literal the token must be (its number), or `-1`; and literals it must not be.
        var literal: Int32
        var excludedLiterals: Range<Int>
    }

    struct Capture: Sendable {
        var label: EntityLabel?
        var elements: Range<Int>
    }

    var rules: [Rule] = []
    var elements: [Element] = []
    var alternatives: [Alternative] = []
    var excludedLiterals: [Int32] = []
    var captures: [Capture] = []
    var longestRule = 0
    /// The literals of all rules, numbered.
    var literalNumbers: [[UInt8]: Int32] = [:]
    /// Rules by what their first token needs: the rules starting with literal `n`, those needing a
    /// capitalised token or a gazetteer phrase, and those that may start anywhere.
    var rulesByLiteral: [[Int]] = []
    var markedRules: [Int] = []
    var otherRules: [Int] = []
    /// Per literal: whether some rule starts with it.
    var literalStartsRule: [Bool] = []

    /// The literal tokens of all rules and their numbers, for ``Lexicon``.
    var literals: [(bytes: [UInt8], number: Int32)] { literalNumbers.map { ($0.key, $0.value) } }

    /// Scratch space for matching, reused across sentences.
    struct Scratch {
        fileprivate var boundaries: [Int]
        /// The rules that may start at a token, by the token's features, literal, phrase classes and
        /// capital: ranges of `startingRules`.
        fileprivate var startingRanges = HashMap64<UInt64>(capacity: 256)
        fileprivate var startingRules: [Int32] = []
        /// Per rule, how far its anchor was looked for (``RuleState``).
        fileprivate var ruleStates: [RuleState]
        fileprivate var sentenceStamp: UInt32 = 0
    }

    /// Per rule: the first token at or after the last asked position where its anchor's test holds, and
    /// the first token at or after the last start that passes none of the tests before the anchor; valid
    /// in the sentence whose stamp `stamp` holds.
    fileprivate struct RuleState {
        var anchorAt = -1
        var reachEnd = -1
        var stamp: UInt32 = 0
    }

    /// Scratch space for ``candidates(in:table:scratch:into:)``.
    func makeScratch() -> Scratch {
        Scratch(
            boundaries: Array(repeating: 0, count: longestRule + 1),
            ruleStates: Array(repeating: RuleState(), count: rules.count))
    }

    /// Appends a candidate for every capture of every match in the sentence of `lexis`.
    func candidates(in lexis: SentenceLexis, table: TokenTable, scratch: inout Scratch, into candidates: inout [Candidate]) {
        // Lent out while the rest of the scratch space is in use.
        var boundaries: [Int] = []
        var ruleStates: [RuleState] = []
        swap(&boundaries, &scratch.boundaries)
        swap(&ruleStates, &scratch.ruleStates)
        defer {
            swap(&boundaries, &scratch.boundaries)
            swap(&ruleStates, &scratch.ruleStates)
        }
        lexis.withBuffers { sentence in
            boundaries.withUnsafeMutableBufferPointer { boundaries in
                ruleStates.withUnsafeMutableBufferPointer { ruleStates in
                    self.candidates(
                        in: sentence, table: table, scratch: &scratch, boundaries: boundaries, ruleStates: ruleStates,
                        into: &candidates)
                }
            }
        }
    }

    private func candidates(
        in sentence: LexisBuffers, table: TokenTable, scratch: inout Scratch, boundaries: UnsafeMutableBufferPointer<Int>,
        ruleStates: UnsafeMutableBufferPointer<RuleState>, into candidates: inout [Candidate]
    ) {
        // Step 1: what the sentence has. Per-rule state from earlier sentences is stale from here on.
        let sentenceClasses = sentence.sentenceClasses
        let sentenceFeatures = sentence.sentenceFeatures
        scratch.sentenceStamp &+= 1
        let stamp = scratch.sentenceStamp
        // Step 2: the rules each start may begin, worked out once per kind of start token.
        let someRuleStartsAnywhere = !otherRules.isEmpty
        table.traits.withUnsafeBufferPointer { traits in
            let sentenceTraits = UnsafeBufferPointer(rebasing: traits[sentence.lower..<(sentence.lower + sentence.count)])
            for start in 0..<sentence.count {
                let literal = sentence.literal(start)
                let marked = sentenceTraits[start].shape.isNameLike || sentence.startClasses(start) != 0
                    || sentence.hasPhrases(start)
                // Most tokens (lower-case words, punctuation) start no rule.
                guard marked || someRuleStartsAnywhere || (literal >= 0 && literalStartsRule[Int(literal)]) else {
                    continue
                }
                for position in rules(startingAt: start, marked: marked, sentence, &scratch) {
                    let ruleIndex = Int(scratch.startingRules[position])
                    guard ruleAt(ruleIndex).sentencePhraseClasses & ~sentenceClasses == 0,
                        ruleAt(ruleIndex).sentenceFeatures & ~sentenceFeatures == 0
                    else { continue }
                    tryRule(ruleIndex, at: start, sentence, ruleStates, stamp, boundaries, &candidates)
                }
            }
        }
    }

    /// The rules that may start at token `start` (a range of ``Scratch/startingRules``), in the order
    /// they are tried: those that may start anywhere, those needing a capital or a phrase, those starting
    /// with the token's literal; each passing ``mayStart(_:_:_:_:)``. These depend only on the token's
    /// features, literal, phrase classes and capital, so they are remembered per such combination.
    private func rules(startingAt start: Int, marked: Bool, _ sentence: LexisBuffers, _ scratch: inout Scratch)
        -> Range<Int>
    {
        let features = sentence.features(start)
        let literal = sentence.literal(start)
        let startClasses = sentence.startClasses(start)
        // Features use bits 0-19, phrase classes bits 8-19; the literal is -1 or below 2^30.
        var key = UInt64(features) | UInt64(startClasses >> 8) << 20 | UInt64(UInt32(bitPattern: literal + 1)) << 32
        if marked { key |= 1 << 63 }
        key = HashMap64<UInt64>.mixed(key)
        if let known = scratch.startingRanges[key] { return Int(known >> 32)..<Int(known & 0xFFFF_FFFF) }
        let first = scratch.startingRules.count
        let literalRules = literal >= 0 ? rulesByLiteral[Int(literal)] : []
        for ruleIndex in otherRules + (marked ? markedRules : []) + literalRules
        where mayStart(rules[ruleIndex], features, literal, startClasses) {
            scratch.startingRules.append(Int32(ruleIndex))
        }
        let range = first..<scratch.startingRules.count
        scratch.startingRanges[key] = UInt64(range.lowerBound) << 32 | UInt64(range.upperBound)
        return range
    }

    @inline(__always)
    private func tryRule(
        _ ruleIndex: Int, at start: Int, _ sentence: LexisBuffers, _ ruleStates: UnsafeMutableBufferPointer<RuleState>,
        _ stamp: UInt32, _ boundaries: UnsafeMutableBufferPointer<Int>, _ candidates: inout [Candidate]
    ) {
        let rule = ruleAt(ruleIndex)
        if rule.anchoredAtStart && start != 0 { return }
        guard anchorIsReachable(rule, from: start, sentence, &ruleStates[ruleIndex], stamp),
            match(rule, element: rule.elements.lowerBound, at: start, repetitions: 0, sentence, boundaries)
        else { return }
        for captureIndex in rule.captures {
            let capture = captures[captureIndex]
            let from = boundaries[capture.elements.lowerBound]
            let to = boundaries[capture.elements.upperBound]
            guard from < to else { continue }
            candidates.append(
                Candidate(
                    start: sentence.lower + from, end: sentence.lower + to, label: capture.label, priority: rule.priority,
                    origin: .pattern))
        }
    }

    /// A quick necessary condition: the rule's first element, if required, can match a token with these
    /// features and literal number, at which phrases of `startClasses` start.
    /// Optional leading elements count too: the start token must fit one of them or the first required one.
    @inline(__always)
    private func mayStart(_ rule: Rule, _ features: UInt32, _ literal: Int32, _ startClasses: UInt32) -> Bool {
        for element in rule.elements {
            for index in elements[element].alternatives
            where holds(alternatives[index], features: features, literal: literal, startClasses: startClasses) {
                return true
            }
            if elements[element].minimum > 0 { return false }
        }
        return true
    }

    /// Step 3: whether the rule's anchor holds at a token that a match from `start` can reach.
    @inline(__always)
    private func anchorIsReachable(
        _ rule: Rule, from start: Int, _ sentence: LexisBuffers, _ state: inout RuleState, _ stamp: UInt32
    ) -> Bool {
        guard let anchor = rule.anchor else { return true }
        let nearest = start + anchor.minimumBefore
        guard nearest < sentence.count else { return false }
        if state.stamp != stamp { state = RuleState(stamp: stamp) }
        var at = state.anchorAt
        if at < nearest {
            at = nearest
            let test = alternativeAt(anchor.alternative)
            while at < sentence.count && !holds(test, at: at, sentence) { at += 1 }
            state.anchorAt = at
        }
        guard at < sentence.count, at - start <= anchor.maximumBefore else { return false }
        guard anchor.singleTokensBefore else { return true }
        var end = state.reachEnd
        if end < start {
            end = start
            while end < sentence.count && passesAny(anchor.alternativesBefore, at: end, sentence) { end += 1 }
            state.reachEnd = end
        }
        return at <= end
    }

    /// Whether an alternative can match at token `local`: a token test passes, or a phrase of its
    /// classes starts there.
    @inline(__always)
    private func holds(_ alternative: Alternative, at local: Int, _ sentence: LexisBuffers) -> Bool {
        holds(alternative, features: sentence.features(local), literal: sentence.literal(local), startClasses: sentence.startClasses(local))
    }

    /// Whether an alternative can match a token with these features and literal number, at which phrases
    /// of `startClasses` start.
    @inline(__always)
    private func holds(_ alternative: Alternative, features: UInt32, literal: Int32, startClasses: UInt32) -> Bool {
        alternative.isPhrase ? startClasses & alternative.required == alternative.required : passes(alternative, features, literal)
    }

    /// Whether token `local` passes one of the (single-token) alternatives `range`.
    @inline(__always)
    private func passesAny(_ range: Range<Int>, at local: Int, _ sentence: LexisBuffers) -> Bool {
        for index in range where passes(alternativeAt(index), sentence.features(local), sentence.literal(local)) {
            return true
        }
        return false
    }

    /// Step 4: matches `rule`'s elements from `element` on, at token `position` (counted from the
    /// sentence's start), the current element having matched `repetitions` times already. On success
    /// `boundaries[e]` is the first token of the rule's element `e` and `boundaries[count]` the end of the match.
    private func match(
        _ rule: Rule, element: Int, at position: Int, repetitions: Int, _ sentence: LexisBuffers,
        _ boundaries: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        let relative = element - rule.elements.lowerBound
        if element == rule.elements.upperBound {
            boundaries[relative] = position
            return !rule.anchoredAtEnd || position == sentence.count
        }
        if repetitions == 0 { boundaries[relative] = position }
        let current = elementAt(element)
        if repetitions < current.maximum && position < sentence.count {
            for index in current.alternatives {
                let alternative = alternativeAt(index)
                if alternative.isPhrase {
                    for slot in sentence.phrases(position).reversed() {
                        let end = sentence.phraseEnd(slot) - sentence.lower
                        let classes = sentence.phraseClasses(slot)
                        guard end <= sentence.count, classes & alternative.required == alternative.required,
                            classes & alternative.forbidden == 0
                        else { continue }
                        if match(rule, element: element, at: end, repetitions: repetitions + 1, sentence, boundaries) {
                            return true
                        }
                    }
                } else if passes(alternative, sentence.features(position), sentence.literal(position)),
                    match(rule, element: element, at: position + 1, repetitions: repetitions + 1, sentence, boundaries)
                {
                    return true
                }
            }
        }
        if repetitions >= current.minimum {
            return match(rule, element: element + 1, at: position, repetitions: 0, sentence, boundaries)
        }
        return false
    }

    @inline(__always)
    private func passes(_ alternative: Alternative, _ features: UInt32, _ literal: Int32) -> Bool {
        guard features & alternative.required == alternative.required, features & alternative.forbidden == 0 else {
            return false
        }
        if alternative.literal >= 0 && alternative.literal != literal { return false }
        return excludedLiterals.withUnsafeBufferPointer { excluded in
            !alternative.excludedLiterals.contains { excluded[$0] == literal }
        }
    }

    // The compiled tables read unchecked in the matching loops: every index into them comes from the
    // tables themselves (a rule's element range, an element's alternative range), built together.

    @inline(__always)
    private func ruleAt(_ index: Int) -> Rule { rules.withUnsafeBufferPointer { $0[index] } }

    @inline(__always)
    private func elementAt(_ index: Int) -> Element { elements.withUnsafeBufferPointer { $0[index] } }

    @inline(__always)
    private func alternativeAt(_ index: Int) -> Alternative { alternatives.withUnsafeBufferPointer { $0[index] } }
}
