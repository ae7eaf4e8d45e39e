import CorpusModel
@testable import EntityTagging
import SentenceSplitting
import Testing
import Tokenization

/// The candidates the pattern rules `rules` propose on `text` (after a gazetteer `gazetteer`), in the order
/// the matcher proposes them, as `LABEL|text`.
private func proposals(_ rules: String, _ text: String, gazetteer: String = "") throws -> [String] {
    let file = try PatternFile(parsing: rules, path: "test.rules")
    let matcher = PatternMatcher(rules: file.rules)
    let lexicon = Lexicon(
        builtin: [try GazetteerFile(parsing: gazetteer, path: "test.tsv")], user: [], literals: matcher.literals)
    let document = Document(id: "test", text: text)
    let tokens = Tokenizer().tokenize(document)
    let sentences = SentenceSplitter().split(document, tokens: tokens)
    var found: [String] = []
    document.withUTF8 { bytes in
        tokens.withUnsafeBufferPointer { tokenBuffer in
            var table = TokenTable(bytes: bytes, tokens: tokenBuffer, sentences: sentences, lexicon: lexicon)
            var lexis = SentenceLexis(tokens: tokenBuffer.count)
            var scratch = matcher.makeScratch()
            for sentence in 0..<table.sentenceCount {
                var gazetteerCandidates: [Candidate] = []  // the scan's; only the pattern rules' are asked for
                lexis.scan(table.sentenceRange(sentence), into: &table, candidates: &gazetteerCandidates)
                var candidates: [Candidate] = []
                matcher.candidates(in: lexis, scratch: &scratch, into: &candidates)
                for candidate in candidates {
                    let span = Span(tokenBuffer[candidate.start].start, tokenBuffer[candidate.end - 1].end)
                    let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
                    found.append("\(candidate.label?.rawValue ?? "O")|\(words)")
                }
            }
        }
    }
    return found
}

@Suite("Pattern matching: every start tried in turn, whatever the anchor pruning skips")
struct PatternMatcherTests {
    @Test func everyStartBeforeTheAnchorMatches() throws {
        #expect(
            try proposals("org\t60\t[ORG Cap+ \"Holdings\"]\n", "Alpha Beta Holdings and Gamma Holdings rose.")
                == ["ORG|Alpha Beta Holdings", "ORG|Beta Holdings", "ORG|Gamma Holdings"])
    }

    @Test func anAnchorPastAFailingTokenIsOutOfReach() throws {
        #expect(try proposals("org\t60\t[ORG Cap+ \"Holdings\"]\n", "Alpha said Holdings rose.") == [])
    }

    @Test func optionalElementsBeforeTheAnchorBacktrack() throws {
        #expect(
            try proposals("inc\t60\t[ORG Cap Cap? \"Inc\"]\n", "Alpha Beta Gamma Inc rose.")
                == ["ORG|Beta Gamma Inc", "ORG|Gamma Inc"])
    }

    @Test func aPhraseBeforeTheAnchor() throws {
        #expect(
            try proposals("of\t60\t[LOC @loc-head \"of\" Cap+]\n", "Ships crossed the Gulf of Mexico and the Sea of Japan.",
                gazetteer: "loc-head\tGulf\nloc-head\tSea\n")
                == ["LOC|Gulf of Mexico", "LOC|Sea of Japan"])
    }

    @Test func theAnchorsOfOneRuleAreFoundAgainInEachSentence() throws {
        #expect(
            try proposals("org\t60\t[ORG Cap+ \"Holdings\"]\n", "Alpha Holdings rose.\nBeta fell.\nGamma Holdings rose.")
                == ["ORG|Alpha Holdings", "ORG|Gamma Holdings"])
    }

    @Test func sentenceAnchorsAndBlocks() throws {
        let rules = "dateline\t90\t^ [LOC Upper+] Number $\nmodifier\t70\t[O Cap+ @title]\n"
        let found = try proposals(rules, "LONDON 1996-08-30\nDefense Minister Kono spoke.", gazetteer: "title\tMinister\n")
        #expect(found == ["LOC|LONDON", "O|Defense Minister"], "\(found)")
    }

    @Test func rulesAtOneTokenAreProposedInFileOrderWithinTheirKind() throws {
        // Whatever the file order, a rule starting with a capital comes before one starting with a literal.
        let rules = "by-literal\t60\t[MISC \"Alpha\" Cap]\nfirst-cap\t60\t[ORG Cap Cap]\nsecond-cap\t60\t[PER Name Name]\n"
        #expect(try proposals(rules, "Alpha Beta rose.") == ["ORG|Alpha Beta", "PER|Alpha Beta", "MISC|Alpha Beta"])
    }

    @Test func aRepeatedElementGivesBackTokensOneAtATime() throws {
        // `Cap|Name+` may take all three names; the match needs it to leave the last one to `Cap`.
        let found = try proposals("names\t60\t[PER Cap|Name+ Cap] \"said\"\n", "Alpha Beta Gamma said so.")
        #expect(found == ["PER|Alpha Beta Gamma", "PER|Beta Gamma"], "\(found)")
    }

    @Test func aRuleThatMayStartAnywhereIsTriedAtLowerCaseWords() throws {
        let rules = "lower\t60\t[MISC Lower Cap]\ncap\t60\t[ORG Cap \"rose\"]\n"
        #expect(try proposals(rules, "we saw alpha Beta today. Gamma rose.") == ["MISC|alpha Beta", "ORG|Gamma rose"])
    }

    @Test func theSeventiethRuleMatchesLikeTheFirst() throws {
        // Rule sets span more than one 64-bit word.
        let rules = (0..<70).map { "rule-\($0)\t60\t[ORG Cap \"Holdings\(String($0))\"]\n" }.joined()
        #expect(try proposals(rules, "Alpha Holdings0 and Beta Holdings69 rose.") == ["ORG|Alpha Holdings0", "ORG|Beta Holdings69"])
    }

    @Test func aSentenceWithoutTheRulesClassSkipsIt() throws {
        let rules = "of\t60\t[LOC @loc-head \"of\" Cap+]\ncap\t50\t[PER Cap \"of\" Cap]\n"
        let found = try proposals(rules, "Gulf of Mexico.\nAlpha of Beta.", gazetteer: "loc-head\tGulf\n")
        #expect(found == ["LOC|Gulf of Mexico", "PER|Gulf of Mexico", "PER|Alpha of Beta"], "\(found)")
    }
}

@Suite("Resolution of sentences too long for packed sort keys")
struct LongSentenceTests {
    @Test func aSentenceOfMoreThan65535TokensIsResolvedLikeAnyOther() {
        let count = 70_000
        let text = String(repeating: "Japan ", count: count)
        let document = Document(id: "long", text: text)
        let tokens = (0..<count).map { Span($0 * 6, $0 * 6 + 5) }
        let entities = EntityTagger().tag(document, tokens: tokens, sentences: [Span(0, text.utf8.count)])
        #expect(entities.count == count)
        #expect(entities.allSatisfy { $0.label == "LOC" })
    }
}
