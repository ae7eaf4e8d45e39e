/// Matches compiled pattern rules on a document's tokens.
///
/// At every token a rule may start at, the rule's elements are matched left to right, greedily, with
/// backtracking (as a regular expression over tokens); the first match found at a start yields the
/// rule's captures. Matches never cross a sentence boundary.
struct PatternMatcher: Sendable {
    private let rules: [PatternRule]
    /// Whether each rule can only start at a capitalised token or at a gazetteer phrase.
    private let needsMarkedStart: [Bool]

    init(rules: [PatternRule]) {
        self.rules = rules
        needsMarkedStart = rules.map { rule in
            guard let first = rule.elements.first, first.minimum > 0 else { return false }
            return first.alternatives.allSatisfy { alternative in
                switch alternative {
                case .phrase: return true
                case .token(let test): return Self.impliesCapital(test)
                }
            }
        }
    }

    /// Appends a candidate for every capture of every match.
    func candidates(in view: TokenView, into candidates: inout [Candidate]) {
        var boundaries = [Int](repeating: 0, count: (rules.map(\.elements.count).max() ?? 0) + 1)
        for sentence in 0..<view.sentenceCount {
            let range = view.sentenceRange(sentence)
            for start in range {
                let marked = view.shapes[start].isNameLike || !view.phrases(at: start).isEmpty
                for (ruleIndex, rule) in rules.enumerated() {
                    if rule.anchoredAtStart && start != range.lowerBound { continue }
                    if needsMarkedStart[ruleIndex] && !marked { continue }
                    var search = Search(view: view, rule: rule, limit: range.upperBound)
                    guard search.match(element: 0, at: start, repetitions: 0, boundaries: &boundaries) else { continue }
                    for capture in rule.captures {
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

    /// Whether a token test can only pass on a token starting with a capital letter.
    private static func impliesCapital(_ test: TokenTest) -> Bool {
        switch test {
        case .shape(let shape): return [.cap, .upper, .initial, .name].contains(shape)
        case .all(let tests): return tests.contains(where: impliesCapital)
        case .literal, .inClass, .not: return false
        }
    }
}

/// One backtracking search of a rule from one start token.
private struct Search {
    let view: TokenView
    let rule: PatternRule
    let limit: Int

    /// Matches elements from `element` on, at token `position`, the current element having matched
    /// `repetitions` times already. On success `boundaries[e]` is the first token of element `e` and
    /// `boundaries[elements.count]` the end of the match.
    mutating func match(element: Int, at position: Int, repetitions: Int, boundaries: inout [Int]) -> Bool {
        if element == rule.elements.count {
            boundaries[element] = position
            return !rule.anchoredAtEnd || position == limit
        }
        if repetitions == 0 { boundaries[element] = position }
        let current = rule.elements[element]
        if repetitions < current.maximum && position < limit {
            for alternative in current.alternatives {
                switch alternative {
                case .token(let test):
                    if passes(test, position),
                        match(element: element, at: position + 1, repetitions: repetitions + 1, boundaries: &boundaries)
                    {
                        return true
                    }
                case .phrase(let phraseClass):
                    let phrases = view.phrases(at: position)
                    for slot in phrases.reversed() {
                        let end = Int(view.phraseEnds[slot])
                        guard end <= limit, phraseClass.includes(view.lexicon.infos[Int(view.phrasePayloads[slot])]) else {
                            continue
                        }
                        if match(element: element, at: end, repetitions: repetitions + 1, boundaries: &boundaries) {
                            return true
                        }
                    }
                }
            }
        }
        if repetitions >= current.minimum {
            return match(element: element + 1, at: position, repetitions: 0, boundaries: &boundaries)
        }
        return false
    }

    private func passes(_ test: TokenTest, _ index: Int) -> Bool {
        switch test {
        case .shape(let shape): return shape.matches(view.shapes[index])
        case .literal(let bytes): return view.text(of: index, equals: bytes)
        case .inClass(let phraseClass): return view.singleTokenInfo(index).map(phraseClass.includes) ?? false
        case .not(let inner): return !passes(inner, index)
        case .all(let tests): return tests.allSatisfy { passes($0, index) }
        }
    }
}
