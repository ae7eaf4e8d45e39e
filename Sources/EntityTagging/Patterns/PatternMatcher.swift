/// Matches compiled pattern rules on a sentence's tokens (step 3 of ``EntityTagger``).
///
/// The rules are flattened once into plain arrays: each token test is a pair of bit masks over a token's
/// ``LexisBuffers/features(_:)`` plus comparisons of the token's literal number (every literal of every rule is
/// numbered, and the lexicon's trie numbers each token while it looks for phrases), so matching allocates
/// and retains nothing. Per sentence and start token:
/// 1. A rule needing a class or feature the sentence lacks sits the sentence out.
/// 2. Which rules may start at a token (the start token must pass the first required element or an optional
///    one before it) depends only on the token's features, literal and phrase classes: a bit set of rules
///    worked out once per such kind of token and remembered, intersected with the rules of step 1. A token
///    with no capital, no phrase and no literal some rule starts with (most tokens) starts none and is
///    passed over at once.
/// 3. Each rule has an *anchor*: its most telling required element after the first (`@org-head` in
///    `Name+ @org-head`, `"of"` in `@loc-head "of" Name+`). A start is tried only when the anchor's test
///    holds at a token the elements before it can reach: no nearer than their fewest tokens, no farther
///    than their most, and, when they test single tokens, across tokens that pass one of their tests.
/// 4. From a start, a rule's elements are matched left to right, greedily, with backtracking (as a regular
///    expression over tokens); the first match found yields the rule's captures. An element of single-token
///    tests repeats by counting the tokens that pass, then gives them back one at a time.
///
/// Steps 1–3 only skip starts where no match exists, so the matches are those of trying every rule at
/// every token. The rules that may start at a token are tried in one fixed order (``startOrder``): those
/// that may start anywhere, those needing a capital or a phrase, those starting with a literal, each in
/// file order. Matches never cross a sentence boundary.
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
        /// Some alternative is a whole gazetteer phrase (else each repetition is one token).
        var hasPhrase: Bool
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
    /// The rules in the order they are tried at a token: those that may start anywhere, those needing a
    /// capital or a gazetteer phrase, those starting with a literal. A rule's place here is its bit in the
    /// rule sets of ``Scratch`` (bit `p % 64` of word `p / 64`).
    var startOrder: [Int32] = []
    /// Words of 64 bits per rule set.
    var ruleSetWords = 0
    /// The rule set of the rules anchored at the sentence's start (`^`).
    var anchoredAtStartRules: [UInt64] = []
    /// The phrase classes and token features some rule asks the sentence for (``Rule/sentencePhraseClasses``,
    /// ``Rule/sentenceFeatures``).
    var sentenceClassesAsked: UInt32 = 0
    var sentenceFeaturesAsked: UInt32 = 0
    /// Per place in ``startOrder``: what a token must have for the rule to start there, unless it starts
    /// with a literal — feature bits of which it needs one (low half: the capitals its first token tests
    /// ask for, or ``ShapeName/any`` when it may start anywhere) or phrase classes of which it needs one
    /// (high half). A rule starting with a literal needs nothing here (``literalStartsRule``).
    var startNeeds: [UInt64] = []
    /// Per literal: whether some rule starts with it.
    var literalStartsRule: [Bool] = []

    /// The literal tokens of all rules and their numbers, for ``Lexicon``.
    var literals: [(bytes: [UInt8], number: Int32)] { literalNumbers.map { ($0.key, $0.value) } }

    /// Scratch space for matching, reused across sentences.
    struct Scratch {
        fileprivate var boundaries: [Int]
        /// Per rule, how far its anchor was looked for (``RuleState``).
        fileprivate var ruleStates: [RuleState]
        fileprivate var sentenceStamp: UInt32 = 0
        /// The rules that may start at a kind of token (``RuleSets``).
        fileprivate var startSets: RuleSets
        /// The rules a kind of sentence leaves in play (``RuleSets``).
        fileprivate var sentenceSets: RuleSets
    }

    /// Per rule: the first token at or after the last asked position where its anchor's test holds, and
    /// the first token at or after the last start that passes none of the tests before the anchor; valid
    /// in the sentence whose stamp `stamp` holds.
    fileprivate struct RuleState {
        var anchorAt = -1
        var reachEnd = -1
        var stamp: UInt32 = 0
    }

    /// Scratch space for ``candidates(in:scratch:into:)``.
    func makeScratch() -> Scratch {
        Scratch(
            boundaries: Array(repeating: 0, count: longestRule + 1),
            ruleStates: Array(repeating: RuleState(), count: rules.count),
            startSets: RuleSets(slotBits: 10, words: ruleSetWords), sentenceSets: RuleSets(slotBits: 8, words: ruleSetWords))
    }

    /// Appends a candidate for every capture of every match in the sentence of `lexis`.
    func candidates(in lexis: SentenceLexis, scratch: inout Scratch, into candidates: inout [Candidate]) {
        scratch.sentenceStamp &+= 1
        let stamp = scratch.sentenceStamp
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
                        in: sentence, scratch: &scratch, stamp: stamp, boundaries: boundaries, ruleStates: ruleStates,
                        into: &candidates)
                }
            }
        }
    }

    private func candidates(
        in sentence: LexisBuffers, scratch: inout Scratch, stamp: UInt32, boundaries: UnsafeMutableBufferPointer<Int>,
        ruleStates: UnsafeMutableBufferPointer<RuleState>, into candidates: inout [Candidate]
    ) {
        // Step 1: the rules the sentence leaves in play (keyed by the bits some rule asks about). Per-rule
        // state from earlier sentences is stale from here on.
        let classes = sentence.sentenceClasses & sentenceClassesAsked
        let features = sentence.sentenceFeatures & sentenceFeaturesAsked
        let inPlay = scratch.sentenceSets.set(for: UInt64(classes) << 32 | UInt64(features), count: startOrder.count) { rank in
            let rule = ruleAt(Int(startOrder[rank]))
            return rule.sentencePhraseClasses & ~classes == 0 && rule.sentenceFeatures & ~features == 0
        } summary: { rank in
            startNeeds[rank]
        }
        // What a token must have for a rule in play to start there, unless it is a literal some rule starts with.
        let needs = scratch.sentenceSets.summary(inPlay)
        let featuresNeeded = UInt32(truncatingIfNeeded: needs)
        let classesNeeded = UInt32(truncatingIfNeeded: needs >> 32)
        literalStartsRule.withUnsafeBufferPointer { literalStartsRule in
            for start in 0..<sentence.count {
                // Step 2. Most tokens (lower-case words, punctuation) start no rule.
                let literal = sentence.literal(start)
                guard sentence.features(start) & featuresNeeded | sentence.startClasses(start) & classesNeeded != 0
                    || (literal >= 0 && literalStartsRule[Int(literal)])  // the literal numbers the rules' literals
                else { continue }
                tryRules(at: start, inPlay: inPlay, sentence, &scratch, stamp, boundaries, ruleStates, &candidates)
            }
        }
    }

    /// Steps 2–4 at token `start`, with the rules of set `inPlay` of ``Scratch/sentenceSets``. Kept out of
    /// the loop over the sentence's tokens, which most tokens leave at once.
    @inline(never)
    private func tryRules(
        at start: Int, inPlay: Int, _ sentence: LexisBuffers, _ scratch: inout Scratch, _ stamp: UInt32,
        _ boundaries: UnsafeMutableBufferPointer<Int>, _ ruleStates: UnsafeMutableBufferPointer<RuleState>,
        _ candidates: inout [Candidate]
    ) {
        let features = sentence.features(start)
        let literal = sentence.literal(start)
        let startClasses = sentence.startClasses(start)
        // Features use bits 0-19, phrase classes bits 8-19; the literal is -1 or below 2^30.
        let key = UInt64(features) | UInt64(startClasses >> 8) << 20 | UInt64(UInt32(bitPattern: literal &+ 1)) << 32
        let starting = scratch.startSets.set(for: key, count: startOrder.count) { rank in
            mayStart(ruleAt(Int(startOrder[rank])), features, literal, startClasses)
        } summary: { _ in 0 }
        for word in 0..<ruleSetWords {
            var bits = scratch.startSets[starting, word] & scratch.sentenceSets[inPlay, word]
            if start != 0 { bits &= ~anchoredAtStartRules[word] }
            while bits != 0 {
                let rank = word << 6 | bits.trailingZeroBitCount
                bits &= bits &- 1
                tryRule(Int(startOrder[rank]), at: start, sentence, ruleStates, stamp, boundaries, &candidates)
            }
        }
    }

    @inline(__always)
    private func tryRule(
        _ ruleIndex: Int, at start: Int, _ sentence: LexisBuffers, _ ruleStates: UnsafeMutableBufferPointer<RuleState>,
        _ stamp: UInt32, _ boundaries: UnsafeMutableBufferPointer<Int>, _ candidates: inout [Candidate]
    ) {
        let rule = ruleAt(ruleIndex)
        guard anchorIsReachable(rule, from: start, sentence, &ruleStates[ruleIndex], stamp),
            match(Elements(rule), element: rule.elements.lowerBound, at: start, sentence, boundaries)
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
            if test.isPhrase {
                while at < sentence.count && sentence.startClasses(at) & test.required != test.required { at += 1 }
            } else {
                while at < sentence.count && !passes(test, sentence.features(at), sentence.literal(at)) { at += 1 }
            }
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

    /// What ``match(_:element:at:_:_:)`` needs of a rule: its elements `first..<end`, and whether a match
    /// must end at the sentence's end.
    private struct Elements {
        var first: Int
        var end: Int
        var anchoredAtEnd: Bool

        init(_ rule: Rule) {
            first = rule.elements.lowerBound
            end = rule.elements.upperBound
            anchoredAtEnd = rule.anchoredAtEnd
        }
    }

    /// Step 4: matches `rule`'s elements from `element` on, at token `position` (counted from the
    /// sentence's start). On success `boundaries[e]` is the first token of the rule's element `e` and
    /// `boundaries[count]` the end of the match.
    private func match(
        _ rule: Elements, element: Int, at position: Int, _ sentence: LexisBuffers, _ boundaries: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        boundaries[element - rule.first] = position
        if element == rule.end { return !rule.anchoredAtEnd || position == sentence.count }
        let current = elementAt(element)
        if current.hasPhrase {
            return matchRepeating(rule, element: element, at: position, repetitions: 0, sentence, boundaries)
        }
        // Single tokens: as many as pass (greedy), then one fewer at a time. Trying another alternative for
        // the same token would lead to the same position, so the first that passes is enough.
        var count = 0
        while count < current.maximum && position + count < sentence.count
            && passesAny(current.alternatives, at: position + count, sentence)
        {
            count += 1
        }
        while count >= current.minimum {
            if match(rule, element: element + 1, at: position + count, sentence, boundaries) { return true }
            if count == 0 { break }
            count -= 1
        }
        return false
    }

    /// ``match(_:element:at:_:_:)`` for an element with a phrase among its alternatives, which has matched
    /// `repetitions` times already and ended at `position`.
    private func matchRepeating(
        _ rule: Elements, element: Int, at position: Int, repetitions: Int, _ sentence: LexisBuffers,
        _ boundaries: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
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
                        if goOn(rule, element: element, current, at: end, repetitions: repetitions + 1, sentence, boundaries) {
                            return true
                        }
                    }
                } else if passes(alternative, sentence.features(position), sentence.literal(position)),
                    goOn(rule, element: element, current, at: position + 1, repetitions: repetitions + 1, sentence, boundaries)
                {
                    return true
                }
            }
        }
        if repetitions >= current.minimum {
            return match(rule, element: element + 1, at: position, sentence, boundaries)
        }
        return false
    }

    /// After `repetitions` of element `element` (`current`) ending at `position`: more of them, or the next
    /// element (straight on when the element may not repeat again, as `@title` or `@LOC` may not).
    @inline(__always)
    private func goOn(
        _ rule: Elements, element: Int, _ current: Element, at position: Int, repetitions: Int, _ sentence: LexisBuffers,
        _ boundaries: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        if repetitions < current.maximum {
            return matchRepeating(rule, element: element, at: position, repetitions: repetitions, sentence, boundaries)
        }
        return repetitions >= current.minimum && match(rule, element: element + 1, at: position, sentence, boundaries)
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
