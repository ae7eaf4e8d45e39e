extension PatternMatcher {
    /// Compiles rules into flat tables, files each by what its first token needs and picks its anchor.
    /// - Parameter patternRules: The rules, in priority-free file order (ties keep this order).
    init(rules patternRules: [PatternRule]) {
        for rule in patternRules {
            let firstElement = elements.count
            for element in rule.elements {
                let firstAlternative = alternatives.count
                for alternative in element.alternatives { alternatives.append(compile(alternative)) }
                elements.append(
                    Element(
                        alternatives: firstAlternative..<alternatives.count, minimum: element.minimum, maximum: element.maximum,
                        hasPhrase: alternatives[firstAlternative...].contains { $0.isPhrase }))
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
            rules.append(
                Rule(
                    elements: firstElement..<elements.count, captures: firstCapture..<captures.count,
                    priority: rule.priority, anchoredAtStart: rule.anchoredAtStart, anchoredAtEnd: rule.anchoredAtEnd,
                    sentencePhraseClasses: phraseClasses, sentenceFeatures: features,
                    anchor: anchor(of: firstElement..<elements.count)))
            sentenceClassesAsked |= phraseClasses
            sentenceFeaturesAsked |= features
            longestRule = max(longestRule, rule.elements.count)
        }
        fileStarts(patternRules)
    }

    /// Puts the rules in the order they are tried at a token (``startOrder``), by what their first token
    /// needs, and notes the literals some rule starts with.
    private mutating func fileStarts(_ patternRules: [PatternRule]) {
        var anywhere: [Int] = []
        var marked: [Int] = []
        var byLiteral: [Int] = []
        literalStartsRule = Array(repeating: false, count: literalNumbers.count)
        for (index, rule) in patternRules.enumerated() {
            switch startNeed(rule) {
            case .nothing: anywhere.append(index)
            case .capitalOrPhrase: marked.append(index)
            case .literal(let numbers):
                byLiteral.append(index)
                for number in numbers { literalStartsRule[Int(number)] = true }
            }
        }
        startOrder = (anywhere + marked + byLiteral).map { Int32($0) }
        startNeeds = anywhere.map { _ in UInt64(ShapeName.any.featureBit) } + marked.map(capitalOrPhraseNeeds)
            + byLiteral.map { _ in 0 }
        ruleSetWords = (rules.count + 63) / 64
        anchoredAtStartRules = Array(repeating: 0, count: ruleSetWords)
        for (rank, index) in startOrder.enumerated() where rules[Int(index)].anchoredAtStart {
            anchoredAtStartRules[rank >> 6] |= 1 << UInt64(rank & 63)
        }
    }

    /// The anchor of a rule made of `ruleElements`: among its required elements of one alternative after
    /// the first required one, the one whose test says most (a literal or a gazetteer class over a shape),
    /// preferring one preceded by single-token tests only, then the later one.
    private func anchor(of ruleElements: Range<Int>) -> Anchor? {
        guard let firstRequired = ruleElements.first(where: { elements[$0].minimum > 0 }) else { return nil }
        var best: (anchor: Anchor, score: Int)?
        var minimumBefore = 0
        var maximumBefore = 0
        var singleTokensBefore = true
        for index in ruleElements {
            let element = elements[index]
            if index > firstRequired && element.minimum > 0 && element.alternatives.count == 1 {
                let alternative = alternatives[element.alternatives.lowerBound]
                let saysMuch = alternative.literal >= 0 || alternative.isPhrase
                    || alternative.required & ~ShapeName.allFeatureBits != 0
                var score = saysMuch ? 4 : alternative.required != 0 ? 2 : 0
                if singleTokensBefore { score += 1 }
                if score > 1, score >= best?.score ?? 0 {
                    best = (
                        Anchor(
                            element: index, alternative: element.alternatives.lowerBound, minimumBefore: minimumBefore,
                            maximumBefore: maximumBefore, singleTokensBefore: singleTokensBefore,
                            alternativesBefore: singleTokensBefore
                                ? elements[ruleElements.lowerBound].alternatives.lowerBound..<element.alternatives.lowerBound
                                : 0..<0),
                        score
                    )
                }
            }
            let isPhrase = alternatives[element.alternatives].contains { $0.isPhrase }
            if isPhrase { singleTokensBefore = false }
            minimumBefore += element.minimum
            maximumBefore = isPhrase || element.maximum == Int.max || maximumBefore == Int.max
                ? Int.max : maximumBefore + element.maximum
        }
        return best?.anchor
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

    /// The capitals (low half) and phrase classes (high half) a rule starting with a capital or a phrase
    /// asks its first token for (``PatternMatcher/startNeeds``): the token passes one of its leading
    /// alternatives only if it has one of these.
    private func capitalOrPhraseNeeds(_ ruleIndex: Int) -> UInt64 {
        var capitals: UInt32 = 0
        var classes: UInt32 = 0
        for element in rules[ruleIndex].elements {
            for alternative in alternatives[elements[element].alternatives] {
                if alternative.isPhrase { classes |= alternative.required } else { capitals |= alternative.required & ShapeName.capitalBits }
            }
            if elements[element].minimum > 0 { break }
        }
        return UInt64(classes) << 32 | UInt64(capitals)
    }

    /// What a rule's first token needs.
    private enum StartNeed {
        /// Nothing a token's features or literal rule out.
        case nothing
        /// A capital (``ShapeName/capitals``) or a gazetteer phrase.
        case capitalOrPhrase
        /// One of these literals.
        case literal(Set<Int32>)
    }

    /// What a rule's first token needs (from the alternatives of its optional leading elements and of its
    /// first required one).
    private func startNeed(_ rule: PatternRule) -> StartNeed {
        guard let required = rule.elements.firstIndex(where: { $0.minimum > 0 }) else { return .nothing }
        let leading = rule.elements[...required].flatMap(\.alternatives)
        var literalStarts: Set<Int32> = []
        var markedOnly = true
        var literalTests = 0
        for alternative in leading {
            switch alternative {
            case .phrase: continue
            case .token(let test):
                if let literal = Self.requiredLiteral(test).flatMap({ literalNumbers[$0] }) {
                    literalStarts.insert(literal)
                    literalTests += 1
                    markedOnly = false
                } else if !Self.impliesCapital(test) {
                    return .nothing
                }
            }
        }
        if markedOnly { return .capitalOrPhrase }
        return literalTests == leading.count ? .literal(literalStarts) : .nothing
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
        case .shape(let shape): return ShapeName.capitals.contains(shape)
        case .all(let tests): return tests.contains(where: impliesCapital)
        case .literal, .inClass, .not: return false
        }
    }
}
