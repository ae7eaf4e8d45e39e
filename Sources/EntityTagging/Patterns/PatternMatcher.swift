/// Matches compiled pattern rules on a document's tokens.
///
/// The rules are flattened once into plain arrays: each token test is a pair of bit masks over a token's
/// ``TokenView/features`` plus comparisons of the token's literal number (every literal of every rule is
/// numbered, and each token is looked up once in a trie of them), so matching allocates and retains
/// nothing. Rules are filed by what their first token needs (a literal, a capital or a gazetteer phrase,
/// or anything), so each token only tries the rules that can start there. From a start, a rule's elements
/// are matched left to right, greedily, with backtracking (as a regular expression over tokens); the
/// first match found yields the rule's captures. Matches never cross a sentence boundary.
struct PatternMatcher: Sendable {
    private struct Rule: Sendable {
        var elements: Range<Int>
        var captures: Range<Int>
        var priority: Int
        var anchoredAtStart: Bool
        var anchoredAtEnd: Bool
        /// Class bits some phrase starting in the sentence must have, and feature bits some token of the
        /// sentence must have, for the rule to match there (from its required one-alternative elements).
        var sentencePhraseClasses: UInt32
        var sentenceFeatures: UInt32
    }

    private struct Element: Sendable {
        var alternatives: Range<Int>
        var minimum: Int
        var maximum: Int
    }

    private struct Alternative: Sendable {
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

    private struct Capture: Sendable {
        var label: EntityLabel?
        var elements: Range<Int>
    }

    private var rules: [Rule] = []
    private var elements: [Element] = []
    private var alternatives: [Alternative] = []
    private var excludedLiterals: [Int32] = []
    private var captures: [Capture] = []
    private var longestRule = 0
    /// The literals of all rules, numbered.
    private var literalNumbers: [[UInt8]: Int32] = [:]
    private var literalTrie = PhraseTrie([])
    /// Rules by what their first token needs: the rules starting with literal `n`, those needing a
    /// capitalised token or a gazetteer phrase, and those that may start anywhere.
    private var rulesByLiteral: [[Int]] = []
    private var markedRules: [Int] = []
    private var otherRules: [Int] = []

    init(rules patternRules: [PatternRule]) {
        for rule in patternRules {
            let firstElement = elements.count
            for element in rule.elements {
                let firstAlternative = alternatives.count
                for alternative in element.alternatives { alternatives.append(compile(alternative)) }
                elements.append(Element(alternatives: firstAlternative..<alternatives.count, minimum: element.minimum, maximum: element.maximum))
            }
            let firstCapture = captures.count
            for capture in rule.captures {
                captures.append(Capture(label: capture.label, elements: capture.elements))
            }
            var phraseClasses: UInt32 = 0
            var features: UInt32 = 0
            for element in elements[firstElement...] where element.minimum > 0 && element.alternatives.count == 1 {
                let alternative = alternatives[element.alternatives.lowerBound]
                guard alternative.required != 0 else { continue }
                if alternative.isPhrase { phraseClasses |= alternative.required } else { features |= alternative.required }
            }
            self.rules.append(
                Rule(elements: firstElement..<elements.count, captures: firstCapture..<captures.count,
                    priority: rule.priority, anchoredAtStart: rule.anchoredAtStart, anchoredAtEnd: rule.anchoredAtEnd,
                    sentencePhraseClasses: phraseClasses, sentenceFeatures: features))
            longestRule = max(longestRule, rule.elements.count)
        }
        literalTrie = PhraseTrie(literalNumbers.map { ($0.key, $0.value) })
        rulesByLiteral = Array(repeating: [], count: literalNumbers.count)
        for (index, rule) in patternRules.enumerated() { file(rule, index) }
    }

    /// Appends a candidate for every capture of every match.
    func candidates(in view: TokenView, into candidates: inout [Candidate]) {
        var boundaries = [Int](repeating: 0, count: longestRule + 1)
        let literals = literalNumbers(of: view)
        var startClasses = [UInt32](repeating: 0, count: view.count)
        var active = [Bool](repeating: false, count: rules.count)
        var activeOther: [Int] = []
        var activeMarked: [Int] = []
        for sentence in 0..<view.sentenceCount {
            let range = view.sentenceRange(sentence)
            // What the sentence has: rules needing a class or feature it lacks sit this sentence out.
            var sentenceClasses: UInt32 = 0
            var sentenceFeatures: UInt32 = 0
            for index in range {
                for slot in view.phrases(at: index) {
                    startClasses[index] |= view.lexicon.infos[Int(view.phrasePayloads[slot])].classes
                }
                sentenceClasses |= startClasses[index]
                sentenceFeatures |= view.features[index]
            }
            for (index, rule) in rules.enumerated() {
                active[index] = sentenceClasses & rule.sentencePhraseClasses == rule.sentencePhraseClasses
                    && sentenceFeatures & rule.sentenceFeatures == rule.sentenceFeatures
            }
            activeOther = otherRules.filter { active[$0] }
            activeMarked = markedRules.filter { active[$0] }
            for start in range {
                let marked = view.shapes[start].isNameLike || startClasses[start] != 0 || !view.phrases(at: start).isEmpty
                let literal = literals[start]
                for ruleIndex in activeOther {
                    tryRule(ruleIndex, at: start, in: range, view, literals, startClasses[start], &boundaries, &candidates)
                }
                if marked {
                    for ruleIndex in activeMarked {
                        tryRule(ruleIndex, at: start, in: range, view, literals, startClasses[start], &boundaries, &candidates)
                    }
                }
                if literal >= 0 {
                    for ruleIndex in rulesByLiteral[Int(literal)] where active[ruleIndex] {
                        tryRule(ruleIndex, at: start, in: range, view, literals, startClasses[start], &boundaries, &candidates)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func tryRule(
        _ ruleIndex: Int, at start: Int, in range: Range<Int>, _ view: TokenView, _ literals: [Int32],
        _ startClasses: UInt32, _ boundaries: inout [Int], _ candidates: inout [Candidate]
    ) {
        let rule = rules[ruleIndex]
        if rule.anchoredAtStart && start != range.lowerBound { return }
        guard mayStart(rule, view.features[start], literals[start], startClasses) else { return }
        guard
            match(rule, element: rule.elements.lowerBound, at: start, repetitions: 0, limit: range.upperBound,
                view: view, literals: literals, boundaries: &boundaries)
        else { return }
        for captureIndex in rule.captures {
            let capture = captures[captureIndex]
            let from = boundaries[capture.elements.lowerBound]
            let to = boundaries[capture.elements.upperBound]
            guard from < to else { continue }
            candidates.append(Candidate(start: from, end: to, label: capture.label, priority: rule.priority, origin: .pattern))
        }
    }

    /// A quick necessary condition: the rule's first element, if required, can match a token with these
    /// features and literal number, at which phrases of `startClasses` start.
    /// Optional leading elements count too: the start token must fit one of them or the first required one.
    @inline(__always)
    private func mayStart(_ rule: Rule, _ features: UInt32, _ literal: Int32, _ startClasses: UInt32) -> Bool {
        for element in rule.elements {
            for index in elements[element].alternatives {
                let alternative = alternatives[index]
                if alternative.isPhrase {
                    if startClasses & alternative.required == alternative.required { return true }
                } else if passes(alternative, features, literal) {
                    return true
                }
            }
            if elements[element].minimum > 0 { return false }
        }
        return true
    }

    /// Each token's literal number, or `-1`.
    private func literalNumbers(of view: TokenView) -> [Int32] {
        var numbers = [Int32](repeating: -1, count: view.count)
        for index in 0..<view.count {
            let token = view.tokens[index]
            if let number = literalTrie.payload(of: UnsafeBufferPointer(rebasing: view.bytes[token.start..<token.end])) {
                numbers[index] = number
            }
        }
        return numbers
    }

    /// Matches `rule`'s elements from `element` on, at token `position`, the current element having
    /// matched `repetitions` times already (`limit` is the sentence's end). On success `boundaries[e]`
    /// is the first token of the rule's element `e` and `boundaries[count]` the end of the match.
    private func match(
        _ rule: Rule, element: Int, at position: Int, repetitions: Int, limit: Int, view: TokenView, literals: [Int32],
        boundaries: inout [Int]
    ) -> Bool {
        let relative = element - rule.elements.lowerBound
        if element == rule.elements.upperBound {
            boundaries[relative] = position
            return !rule.anchoredAtEnd || position == limit
        }
        if repetitions == 0 { boundaries[relative] = position }
        let current = elements[element]
        if repetitions < current.maximum && position < limit {
            for alternative in alternatives[current.alternatives] {
                if alternative.isPhrase {
                    for slot in view.phrases(at: position).reversed() {
                        let end = Int(view.phraseEnds[slot])
                        let classes = view.lexicon.infos[Int(view.phrasePayloads[slot])].classes
                        guard end <= limit, classes & alternative.required == alternative.required,
                            classes & alternative.forbidden == 0
                        else { continue }
                        if match(rule, element: element, at: end, repetitions: repetitions + 1, limit: limit, view: view,
                            literals: literals, boundaries: &boundaries)
                        {
                            return true
                        }
                    }
                } else if passes(alternative, view.features[position], literals[position]),
                    match(rule, element: element, at: position + 1, repetitions: repetitions + 1, limit: limit, view: view,
                        literals: literals, boundaries: &boundaries)
                {
                    return true
                }
            }
        }
        if repetitions >= current.minimum {
            return match(rule, element: element + 1, at: position, repetitions: 0, limit: limit, view: view,
                literals: literals, boundaries: &boundaries)
        }
        return false
    }

    @inline(__always)
    private func passes(_ alternative: Alternative, _ features: UInt32, _ literal: Int32) -> Bool {
        guard features & alternative.required == alternative.required, features & alternative.forbidden == 0 else {
            return false
        }
        if alternative.literal >= 0 && alternative.literal != literal { return false }
        return !excludedLiterals[alternative.excludedLiterals].contains(literal)
    }

    /// Files a rule by what its first token needs (the alternatives of its optional leading elements and
    /// of its first required one).
    private mutating func file(_ rule: PatternRule, _ index: Int) {
        guard let required = rule.elements.firstIndex(where: { $0.minimum > 0 }) else {
            otherRules.append(index)
            return
        }
        let leading = rule.elements[...required].flatMap(\.alternatives)
        var literalStarts: [Int32] = []
        var markedOnly = true
        for alternative in leading {
            switch alternative {
            case .phrase: continue
            case .token(let test):
                if let literal = Self.requiredLiteral(test).flatMap({ literalNumbers[$0] }) {
                    literalStarts.append(literal)
                    markedOnly = false
                } else if !Self.impliesCapital(test) {
                    otherRules.append(index)
                    return
                }
            }
        }
        if markedOnly {
            markedRules.append(index)
        } else if literalStarts.count == leading.count {
            for literal in Set(literalStarts) { rulesByLiteral[Int(literal)].append(index) }
        } else {
            otherRules.append(index)
        }
    }

    /// Flattens one alternative.
    private mutating func compile(_ alternative: EntityTagging.Alternative) -> Alternative {
        switch alternative {
        case .phrase(let all, let none):
            return Alternative(
                isPhrase: true, required: all.reduce(0) { $0 | $1.featureBit }, forbidden: none.reduce(0) { $0 | $1.featureBit },
                literal: -1, excludedLiterals: 0..<0)
        case .token(let test):
            let first = excludedLiterals.count
            var flat = Alternative(isPhrase: false, required: 0, forbidden: 0, literal: -1, excludedLiterals: first..<first)
            add(test, negated: false, to: &flat)
            flat.excludedLiterals = first..<excludedLiterals.count
            return flat
        }
    }

    /// Adds a conjunct (the parser only negates single atoms).
    private mutating func add(_ test: TokenTest, negated: Bool, to flat: inout Alternative) {
        switch test {
        case .shape(let shape):
            if negated { flat.forbidden |= shape.featureBit } else { flat.required |= shape.featureBit }
        case .inClass(let phraseClass):
            if negated { flat.forbidden |= phraseClass.featureBit } else { flat.required |= phraseClass.featureBit }
        case .literal(let bytes):
            let number = literalNumbers[bytes] ?? {
                let next = Int32(literalNumbers.count)
                literalNumbers[bytes] = next
                return next
            }()
            if negated {
                excludedLiterals.append(number)
            } else if flat.literal >= 0 && flat.literal != number {
                flat.forbidden = UInt32.max  // two different literals at once: never passes
            } else {
                flat.literal = number
            }
        case .not(let inner):
            add(inner, negated: !negated, to: &flat)
        case .all(let tests):
            for inner in tests { add(inner, negated: negated, to: &flat) }
        }
    }

    /// The literal a token test requires, if any.
    private static func requiredLiteral(_ test: TokenTest) -> [UInt8]? {
        switch test {
        case .literal(let bytes): return bytes
        case .all(let tests): return tests.lazy.compactMap(requiredLiteral).first
        case .shape, .inClass, .not: return nil
        }
    }

    /// Whether a token test can only pass on a token starting with a capital letter.
    private static func impliesCapital(_ test: TokenTest) -> Bool {
        switch test {
        case .shape(let shape): return [.cap, .upper, .initial, .name].contains(shape)
        case .all(let tests): return tests.contains(where: impliesCapital)
        case .literal, .inClass, .not: return false
        }
    }
}
