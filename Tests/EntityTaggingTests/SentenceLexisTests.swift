import CorpusModel
@testable import EntityTagging
import SentenceSplitting
import Testing
import Tokenization

/// What the scan must find for one token, worked out the plain way: the token's shape by the byte loop, its
/// phrases and literal by the trie's walk from the root (through the filter and the node cache), no lexeme
/// cache, no raw tables.
private struct ExpectedToken: Equatable {
    var features: UInt32
    var literal: Int32
    var startClasses: UInt32
    var phrases: [(end: Int, classes: UInt32)]
    var traits: UInt32

    static func == (left: ExpectedToken, right: ExpectedToken) -> Bool {
        left.features == right.features && left.literal == right.literal && left.startClasses == right.startClasses
            && left.phrases.map(\.end) == right.phrases.map(\.end)
            && left.phrases.map(\.classes) == right.phrases.map(\.classes) && left.traits == right.traits
    }
}

@Suite("The sentence scan finds what a plain walk from the root finds, whatever its caches hold")
struct SentenceLexisTests {
    /// Built-in rules plus phrases whose first word is no word of a phrase on its own (`zq-xv` goes on
    /// into touching tokens only) and a lower-case phrase that goes on after a space.
    static let rules: TaggerRules? = try? TaggerRules.builtin.adding(
        gazetteer: "ORG\tzq-xv\nMISC\tzqxvzqxvzq-lab\nLOC\tnew zqland\n", path: "test.tsv")

    static let texts: [String] = [
        "Defense Minister Takeshi Iwaya met NATO officials in Tokyo on Friday, the ministry said.",
        "JAPAN , U.S. AGREE ON SPACE DEFENSE\nThe Japan-U.S. alliance, said Secretary of State Mike Pompeo.",
        "zq xv zq-xv zq - xv zq-xv. zqxvzqxvzq lab zqxvzqxvzq-lab zqxvzqxvzq-lab.",
        "new zqland and new zqland; New York, new Zealand, internationally recognised Organisation.",
        // A sentence of many phrases: the phrase tables grow while the sentence is scanned.
        String(repeating: "Japan China Tokyo New York ", count: 60) + ".",
        "", "\u{00C9}mile Zola vi\u{00DF}it \u{1F600} 42nd U.S.-Japan 1996-08-30 WASHINGTON (Kyodo) --",
    ]

    @Test(arguments: texts)
    func scanAgreesWithThePlainWalk(_ text: String) throws {
        let rules = try #require(Self.rules)
        let document = Document(id: "lexis", text: text)
        let tokens = Tokenizer().tokenize(document)
        let sentences = SentenceSplitter().split(document, tokens: tokens)
        // The second round reuses the scan's lexeme cache, so tokens come from it in contexts it did not see.
        var lexis = SentenceLexis(tokens: tokens.count)
        for _ in 0..<2 {
            document.withUTF8 { bytes in
                tokens.withUnsafeBufferPointer { tokens in
                    var table = TokenTable(bytes: bytes, tokens: tokens, sentences: sentences, lexicon: rules.lexicon)
                    for sentence in 0..<table.sentenceCount {
                        let range = table.sentenceRange(sentence)
                        var candidates: [Candidate] = []
                        lexis.scan(range, into: &table, candidates: &candidates)
                        let (expected, expectedCandidates) = Self.expected(range, bytes: bytes, tokens: tokens, rules: rules)
                        let found = lexis.withBuffers { buffers in
                            range.map { index in
                                let local = index - range.lowerBound
                                return ExpectedToken(
                                    features: buffers.features(local), literal: buffers.literal(local),
                                    startClasses: buffers.startClasses(local),
                                    phrases: buffers.phrases(local).map { (buffers.phraseEnd($0), buffers.phraseClasses($0)) },
                                    traits: table.traits[index].rawValue)
                            }
                        }
                        #expect(found == expected, "\(text): sentence \(sentence)")
                        lexis.withBuffers { buffers in
                            for local in 0..<range.count {
                                #expect(buffers.hasPhrases(local) == !buffers.phrases(local).isEmpty, "\(text): \(local)")
                            }
                        }
                        #expect(candidates == expectedCandidates, "\(text): sentence \(sentence)")
                    }
                }
            }
        }
    }

    /// The scan's results for sentence `range`, worked out token by token.
    private static func expected(
        _ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, rules: TaggerRules
    ) -> ([ExpectedToken], [Candidate]) {
        let lexicon = rules.lexicon
        var cache = SpellingCache(tokens: 16)
        var found: [ExpectedToken] = []
        var candidates: [Candidate] = []
        var inTitle = Set<Int>()
        var shapes: [TokenShape] = []
        var singles: [PhraseInfo?] = []
        for index in range {
            let shape = TokenShape(of: tokens[index], in: bytes)
            var matches: [Int32] = []
            let literal = lexicon.trie.walk(
                in: bytes, tokens: tokens, first: index, limit: range.upperBound, cache: &cache, into: &matches)
            var phrases: [(end: Int, classes: UInt32)] = []
            var single: PhraseInfo?
            for match in stride(from: 0, to: matches.count, by: 2) {
                let end = Int(matches[match])
                let info = lexicon.infos[Int(matches[match + 1])]
                phrases.append((end, info.classes))
                if let label = info.label {
                    candidates.append(
                        Candidate(start: index, end: end, label: label, priority: Priority.gazetteer(info), origin: .gazetteer))
                }
                if end == index + 1 { single = info }
                if info.classes & PhraseClass.titleBit != 0 { inTitle.formUnion(index..<end) }
            }
            shapes.append(shape)
            singles.append(single)
            found.append(
                ExpectedToken(
                    features: ShapeName.featuresByShape[Int(shape.rawValue)] | (single?.classes ?? 0), literal: literal,
                    startClasses: phrases.reduce(0) { $0 | $1.classes }, phrases: phrases, traits: 0))
        }
        let capitals = shapes.filter { $0.contains(.allCaps) }.count
        let others = shapes.filter { !$0.contains(.allCaps) && $0.contains(.hasLower) }.count
        let isHeadline = capitals >= 2 && capitals >= others
        for (offset, index) in range.enumerated() {
            var traits = TokenTraits(
                shape: shapes[offset], startsSentence: offset == 0, single: singles[offset], inTitle: inTitle.contains(index))
            if isHeadline {
                traits.inCapsSentence = true
                if !shapes[offset].contains(.hasLower) { found[offset].features &= ~ShapeName.headlineBits }
            }
            found[offset].traits = traits.rawValue
        }
        return (found, candidates)
    }

    @Test func everyPhraseHasAClass() throws {
        let rules = try #require(Self.rules)
        #expect(rules.lexicon.infos.allSatisfy { $0.classes != 0 })
    }

    @Test func aLongTokenIsKnownByAnEarlierTokenSpelledAlike() {
        let text = Array("internationally internationalist internationally".utf8)
        text.withUnsafeBufferPointer { bytes in
            LexemeCache(tokens: 100).withSlots { table in
                let lexeme = ShapeName.featuresByShape.withUnsafeBufferPointer { featuresByShape in
                    Lexeme(
                        shape: [.lowerInitial, .hasLower], alone: PhraseTrie.Alone(), infos: UnsafeBufferPointer(start: nil, count: 0),
                        featuresByShape: featuresByShape)
                }
                let remembered = table.remember(lexeme, ofLongAt: 0, length: 15, in: bytes)
                #expect(table.slot(ofLongAt: 33, length: 15, in: bytes) == remembered)
                #expect(table.slot(ofLongAt: 33, length: 15, in: bytes).pointee.isLexeme(ofLongAt: 33, length: 15, in: bytes))
                #expect(!table.slot(ofLongAt: 16, length: 15, in: bytes).pointee.isLexeme(ofLongAt: 16, length: 15, in: bytes))
                #expect(!table.slot(ofLongAt: 33, length: 14, in: bytes).pointee.isLexeme(ofLongAt: 33, length: 14, in: bytes))
            }
        }
    }

    @Test func bytesCompareEightAtOnceAsTheyCompareOneByOne() {
        let text = Array("abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyZ".utf8)
        text.withUnsafeBufferPointer { bytes in
            for count in 8...26 {
                for first in [0, 1, 27] {
                    let second = 27
                    #expect(
                        WordHash.sameBytes(bytes, first, second, count: count)
                            == (text[first..<first + count] == text[second..<second + count]), "\(first) \(count)")
                }
            }
        }
    }

    @Test func theLexemeCacheAnswersOnlyForTheSpellingItRemembers() {
        LexemeCache(tokens: 10_000).withSlots { table in
        let lexeme = ShapeName.featuresByShape.withUnsafeBufferPointer { featuresByShape in
            Lexeme(
                shape: [.lowerInitial, .hasLower], alone: PhraseTrie.Alone(node: 7, payload: -1, literal: 3, continuations: 1),
                infos: UnsafeBufferPointer(start: nil, count: 0), featuresByShape: featuresByShape)
        }
        for word in UInt64(1)...5_000 { table.remember(lexeme, of: word, length: 4) }
        var answered = 0
        for word in UInt64(1)...5_000 {
            let remembered = table.slot(of: word, length: 4).pointee
            if remembered.isLexeme(of: word, length: 4) {
                #expect(remembered.node == 7 && remembered.literal == 3 && remembered.goesOn(touching: false))
                answered += 1
            }
            #expect(!table.slot(of: word, length: 5).pointee.isLexeme(of: word, length: 5))
        }
        #expect(answered > 0)
        #expect(!table.slot(of: 0, length: 1).pointee.isLexeme(of: 0, length: 1))
        }
    }
}
