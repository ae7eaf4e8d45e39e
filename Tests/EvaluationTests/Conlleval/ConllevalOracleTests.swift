import Evaluation
import Testing

/// conlleval's own counting, token by token (its `inCorrect` state machine), over conlleval's start and
/// end rules: the reference the span scorer must equal.
private struct ConllevalCounts: Equatable {
    var gold: [String: Int] = [:]
    var found: [String: Int] = [:]
    var correct: [String: Int] = [:]

    init(_ lines: [(gold: String, system: String)?]) {
        var lastGold = ConllevalTag(prefix: "O", type: "")
        var lastSystem = lastGold
        var inCorrect = false
        for line in lines {
            let goldTag = line.map { ConllevalTag(parsing: Substring($0.gold)) } ?? ConllevalTag(prefix: "O", type: "")
            let systemTag = line.map { ConllevalTag(parsing: Substring($0.system)) } ?? ConllevalTag(prefix: "O", type: "")
            let endGold = ConllevalTag.endsChunk(previous: lastGold, current: goldTag)
            let endSystem = ConllevalTag.endsChunk(previous: lastSystem, current: systemTag)
            let startGold = ConllevalTag.startsChunk(previous: lastGold, current: goldTag)
            let startSystem = ConllevalTag.startsChunk(previous: lastSystem, current: systemTag)
            if inCorrect {
                if endGold && endSystem && lastGold.type == lastSystem.type {
                    inCorrect = false
                    correct[lastGold.type, default: 0] += 1
                } else if endGold != endSystem || goldTag.type != systemTag.type {
                    inCorrect = false
                }
            }
            if startGold && startSystem && goldTag.type == systemTag.type { inCorrect = true }
            if startGold { gold[goldTag.type, default: 0] += 1 }
            if startSystem { found[systemTag.type, default: 0] += 1 }
            lastGold = goldTag
            lastSystem = systemTag
        }
        if inCorrect { correct[lastGold.type, default: 0] += 1 }
    }
}

@Suite("The span scorer counts what conlleval counts")
struct ConllevalOracleTests {
    /// Tag sets of real tagging schemes; the last mixes in typeless tags, on which conlleval's rules can
    /// keep a chunk open across an O tag (the reader flags those lines).
    static let tagSets: [[String]] = [
        ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"],
        ["O", "I-PER", "B-PER", "I-LOC", "B-LOC", "I-MISC"],
        ["O", "I-ORG", "E-ORG", "I-PER", "E-PER"],
        ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "E-LOC", "S-LOC"],
        ["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-GPE", "U-GPE", "I-GPE"],
        ["O", "B-PER", "I-PER", "E-PER", "S-PER", "I-LOC", "U-LOC", "B", "I", "PER"],
    ]

    @Test(arguments: 0..<tagSets.count)
    func randomSequencesAgree(tagSet: Int) throws {
        var random = Xoshiro256(seed: UInt64(tagSet) + 1)
        let tags = Self.tagSets[tagSet]
        var compared = 0
        for _ in 0..<300 {
            var lines: [(gold: String, system: String)?] = []
            var text = ""
            for index in 0..<(1 + random.next(below: 40)) {
                if random.next(below: 8) == 0 {
                    lines.append(nil)
                    text += "\n"
                    continue
                }
                let gold = tags[random.next(below: tags.count)]
                let system = random.next(below: 3) == 0 ? tags[random.next(below: tags.count)] : gold
                lines.append((gold, system))
                text += "w\(index) \(gold) \(system)\n"
            }
            let expected = ConllevalCounts(lines)
            let input = try ConllevalReader.read(text, path: "random.txt")
            if tagSet < Self.tagSets.count - 1 { #expect(input.divergentLines.isEmpty, "\(text)") }
            guard input.divergentLines.isEmpty, !input.documents.isEmpty else { continue }
            compared += 1
            let evaluation = try Scorer.score(pairs: input.documents, accuracy: input.accuracy)
            var actual = ConllevalCounts([])
            for label in evaluation.labels {
                let counts = evaluation.counts(.conll, label: label)
                if counts.possible > 0 { actual.gold[label] = counts.possible }
                if counts.actual > 0 { actual.found[label] = counts.actual }
                if counts.correct > 0 { actual.correct[label] = counts.correct }
            }
            #expect(actual == expected, "\(text)")
        }
        #expect(compared >= 100)
    }
}
