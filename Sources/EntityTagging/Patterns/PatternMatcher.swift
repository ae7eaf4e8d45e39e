/// Matches compiled pattern rules on a document's tokens.
///
/// The rules are flattened once into plain arrays (each token test a pair of bit masks over a token's
/// ``TokenView/features`` plus literal comparisons), so matching allocates and retains nothing. At
/// every token a rule may start at, the rule's elements are matched left to right, greedily, with
/// backtracking (as a regular expression over tokens); the first match found at a start yields the
/// rule's captures. Matches never cross a sentence boundary.
struct PatternMatcher: Sendable {
    private struct Rule: Sendable {
        var elements: Range<Int>
        var captures: Range<Int>
        var priority: Int
        var anchoredAtStart: Bool
        var anchoredAtEnd: Bool
        /// The first element needs a capitalised token or a gazetteer phrase.
        var needsMarkedStart: Bool
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
        var literals: Range<Int>
    }

    private struct Literal: Sendable {
        var bytes: Range<Int>
        var negated: Bool
    }

    private struct Capture: Sendable {
        var label: EntityLabel?
        var elements: Range<Int>
    }

    private var rules: [Rule] = []
    private var elements: [Element] = []
    private var alternatives: [Alternative] = []
    private var literals: [Literal] = []
    private var literalBytes: [UInt8] = []
    private var captures: [Capture] = []
    private var longestRule = 0

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
            let needsMarkedStart = rule.elements.first.map { first in
                first.minimum > 0 && first.alternatives.allSatisfy { alternative in
                    switch alternative {
                    case .phrase: return true
                    case .token(let test): return Self.impliesCapital(test)
                    }
                }
            } ?? false
            self.rules.append(
                Rule(elements: firstElement..<elements.count, captures: firstCapture..<captures.count,
                    priority: rule.priority, anchoredAtStart: rule.anchoredAtStart, anchoredAtEnd: rule.anchoredAtEnd,
                    needsMarkedStart: needsMarkedStart))
            longestRule = max(longestRule, rule.elements.count)
        }
    }

    /// Appends a candidate for every capture of every match.
    func candidates(in view: TokenView, into candidates: inout [Candidate]) {
        var boundaries = [Int](repeating: 0, count: longestRule + 1)
        for sentence in 0..<view.sentenceCount {
            let range = view.sentenceRange(sentence)
            for start in range {
                let marked = view.shapes[start].isNameLike || !view.phrases(at: start).isEmpty
                for rule in rules {
                    if rule.anchoredAtStart && start != range.lowerBound { continue }
                    if rule.needsMarkedStart && !marked { continue }
                    guard
                        match(rule, element: rule.elements.lowerBound, at: start, repetitions: 0, limit: range.upperBound,
                            view: view, boundaries: &boundaries)
                    else { continue }
                    for capture in captures[rule.captures] {
                        let from = boundaries[capture.elements.lowerBound]
                        let to = boundaries[capture.elements.upperBound]
                        guard from < to else { continue }
                        candidates.append(
                            Candidate(start: from, end: to, label: capture.label, priority: rule.priority, origin: .pattern))
                    }
                }
            }
        }
    }

    /// Matches `rule`'s elements from `element` on, at token `position`, the current element having
    /// matched `repetitions` times already (`limit` is the sentence's end). On success `boundaries[e]`
    /// is the first token of the rule's element `e` and `boundaries[count]` the end of the match.
    private func match(
        _ rule: Rule, element: Int, at position: Int, repetitions: Int, limit: Int, view: TokenView,
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
                            boundaries: &boundaries)
                        {
                            return true
                        }
                    }
                } else if passes(alternative, position, view),
                    match(rule, element: element, at: position + 1, repetitions: repetitions + 1, limit: limit, view: view,
                        boundaries: &boundaries)
                {
                    return true
                }
            }
        }
        if repetitions >= current.minimum {
            return match(rule, element: element + 1, at: position, repetitions: 0, limit: limit, view: view,
                boundaries: &boundaries)
        }
        return false
    }

    @inline(__always)
    private func passes(_ alternative: Alternative, _ index: Int, _ view: TokenView) -> Bool {
        let features = view.features[index]
        guard features & alternative.required == alternative.required, features & alternative.forbidden == 0 else {
            return false
        }
        for literal in literals[alternative.literals] {
            let equal = literalBytes.withUnsafeBufferPointer { pool in
                view.text(of: index, equals: UnsafeBufferPointer(rebasing: pool[literal.bytes]))
            }
            if equal == literal.negated { return false }
        }
        return true
    }

    /// Flattens one alternative.
    private mutating func compile(_ alternative: EntityTagging.Alternative) -> Alternative {
        switch alternative {
        case .phrase(let all, let none):
            return Alternative(
                isPhrase: true, required: all.reduce(0) { $0 | $1.featureBit }, forbidden: none.reduce(0) { $0 | $1.featureBit },
                literals: 0..<0)
        case .token(let test):
            var flat = Alternative(isPhrase: false, required: 0, forbidden: 0, literals: literals.count..<literals.count)
            add(test, negated: false, to: &flat)
            flat.literals = flat.literals.lowerBound..<literals.count
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
            literals.append(Literal(bytes: literalBytes.count..<(literalBytes.count + bytes.count), negated: negated))
            literalBytes += bytes
        case .not(let inner):
            add(inner, negated: !negated, to: &flat)
        case .all(let tests):
            for inner in tests { add(inner, negated: negated, to: &flat) }
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
