import CorpusModel
import Foundation
import SentenceSplitting
import TestSupport
import Testing
import Tokenization

/// Properties that hold for any text and any sorted, disjoint tokens: sentences are sorted and disjoint, each
/// runs from a token's start to a token's end, and every token lies in exactly one sentence.
@Suite struct SplitterPropertyTests {
    /// Pieces random texts are made of: words, abbreviations, every kind of mark, line breaks of every
    /// kind, a BOM, astral and combining characters, emoji, CJK.
    static let pieces = [
        "word", "Word", "U.S.", "Mr.", "e.g.", "etc.", "Sep.", "1.", "a.", "iv.", "2019", "3.5", ".", "!", "?", "...",
        "…", ". . .", "?!", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", ",", ";", ":", "-", "--", "—", "•",
        "*", "=====", ":)", ";-)", "😀", "👩‍👩‍👧", "🇯🇵", "e\u{301}", "\u{FEFF}", "𝐀𝐁", "。", "日本語", "a@b.co",
        "http://x.y/z", "08/17/2000", "11:21", "AM", "Dear", "Regards", " ", " ", "  ", "\t", "\n", "\n", "\r\n",
        "\r", "\n\n", "\r\n\r\n", "\n \n", "\u{A0}", "\u{2028}", "\u{2029}", "\u{85}", "\u{0C}", "\u{0}",
    ]

    static func randomText(seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let length = Int.random(in: 0...80, using: &generator)
        return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    /// Tokens of another shape than the tokenizer's: the text's runs of non-whitespace, each cut at a
    /// random scalar boundary (gold tokens from elsewhere need not look like ours).
    static func roughTokens(_ document: Document, seed: UInt64) -> [Span] {
        var generator = SeededGenerator(seed: seed)
        var tokens: [Span] = []
        var offset = 0
        var runStart: Int?
        var boundaries: [Int] = []
        for scalar in document.text.unicodeScalars {
            let length = String(scalar).utf8.count
            if scalar.properties.isWhitespace {
                if let start = runStart { tokens += cut(start, offset, boundaries, &generator) }
                runStart = nil
                boundaries = []
            } else {
                if runStart == nil { runStart = offset } else { boundaries.append(offset) }
            }
            offset += length
        }
        if let start = runStart { tokens += cut(start, offset, boundaries, &generator) }
        return tokens
    }

    private static func cut(_ start: Int, _ end: Int, _ inner: [Int], _ generator: inout SeededGenerator) -> [Span] {
        let cuts = inner.filter { _ in Bool.random(using: &generator) }
        let edges = [start] + cuts + [end]
        return zip(edges, edges.dropFirst()).map { Span($0, $1) }
    }

    /// Checks the layer's invariants against the tokens.
    static func checkInvariants(_ sentences: [Span], tokens: [Span], text: String) {
        #expect(sentences.isEmpty == tokens.isEmpty, "no sentence without tokens, no tokens without a sentence")
        var tokenIndex = 0
        var previousEnd = 0
        for sentence in sentences {
            #expect(sentence.start >= previousEnd && !sentence.isEmpty, "sorted, disjoint, non-empty: \(sentence)")
            previousEnd = sentence.end
            guard tokenIndex < tokens.count else {
                Issue.record("sentence \(sentence) after the last token in \(text.debugDescription)")
                return
            }
            #expect(tokens[tokenIndex].start == sentence.start, "a sentence starts at a token: \(text.debugDescription)")
            while tokenIndex < tokens.count, tokens[tokenIndex].end <= sentence.end {
                #expect(sentence.contains(tokens[tokenIndex]))
                tokenIndex += 1
            }
            #expect(tokens[tokenIndex - 1].end == sentence.end, "a sentence ends at a token: \(text.debugDescription)")
        }
        #expect(tokenIndex == tokens.count, "every token lies in a sentence: \(text.debugDescription)")
    }

    @Test(arguments: 0..<400)
    func randomTextWithTokenizerTokens(seed: Int) {
        let document = Document(id: "random", text: Self.randomText(seed: UInt64(seed)))
        for style in TokenizerStyle.allCases {
            let tokens = Tokenizer(style: style).tokenize(document)
            for newlines in NewlinePolicy.allCases {
                let sentences = SentenceSplitter(newlines: newlines).split(document, tokens: tokens)
                Self.checkInvariants(sentences, tokens: tokens, text: document.text)
            }
        }
    }

    @Test(arguments: 0..<200)
    func randomTextWithRoughTokens(seed: Int) {
        let document = Document(id: "random", text: Self.randomText(seed: UInt64(seed) &+ 1_000_003))
        let tokens = Self.roughTokens(document, seed: UInt64(seed))
        for newlines in NewlinePolicy.allCases {
            let sentences = SentenceSplitter(newlines: newlines).split(document, tokens: tokens)
            Self.checkInvariants(sentences, tokens: tokens, text: document.text)
        }
    }

    @Test(arguments: 0..<50)
    func streamingMatchesSplit(seed: Int) {
        let document = Document(id: "random", text: Self.randomText(seed: UInt64(seed) &+ 7))
        let tokens = Tokenizer().tokenize(document)
        var streamed: [Span] = []
        SentenceSplitter().forEachSentence(in: document, tokens: tokens.lazy.map { $0 }) { streamed.append($0) }
        #expect(streamed == SentenceSplitter().split(document, tokens: tokens))
    }

    @Test(arguments: 0..<50)
    func pushedStreamMatchesSplit(seed: Int) {
        let document = Document(id: "random", text: Self.randomText(seed: UInt64(seed) &+ 11))
        let tokenizer = Tokenizer(style: .ud)
        var streamed: [Span] = []
        SentenceSplitter().withSentenceStream(for: document) { stream in
            tokenizer.forEachToken(in: document) { token in
                if let sentence = stream.push(token) { streamed.append(sentence) }
            }
            streamed += stream.finish()
            #expect(stream.finish().isEmpty)
        }
        #expect(streamed == SentenceSplitter().split(document, tokens: tokenizer.tokenize(document)))
    }

    @Test(arguments: ["", " ", "\n", "\r\n\r\n", " \t\u{A0}\u{2029}\n ", "\u{FEFF}"])
    func textWithoutWords(_ text: String) {
        let document = Document(id: "blank", text: text)
        let tokens = Tokenizer().tokenize(document)
        let sentences = SentenceSplitter().split(document, tokens: tokens)
        Self.checkInvariants(sentences, tokens: tokens, text: text)
        #expect(sentences.count == (tokens.isEmpty ? 0 : 1))
    }

    @Test func longSentencesOutgrowTheWindow() {
        let words = Array(repeating: "word", count: 500).joined(separator: " ")
        let document = Document(id: "long", text: "\(words). \(words).")
        let sentences = SentenceSplitter().split(document, tokens: Tokenizer().tokenize(document))
        #expect(sentences.map { document.text(of: $0) } == ["\(words).", "\(words)."])
    }

    @Test func offsetsAreUTF8AroundAstralAndBOMText() {
        let document = Document(id: "astral", text: "\u{FEFF}𝐀 says hi 👩‍👩‍👧. Été!\r\n\r\n🇯🇵 Fin. :) Ça va?")
        let sentences = SentenceSplitter().split(document, tokens: Tokenizer().tokenize(document))
        #expect(sentences.map { document.text(of: $0) } == ["\u{FEFF}𝐀 says hi 👩‍👩‍👧.", "Été!", "🇯🇵 Fin. :)", "Ça va?"])
    }

    @Test func producerNamesTheTool() {
        #expect(SentenceSplitter().producer == Producer(tool: "corpuskit-splitter", version: CorpusKitVersion.current))
    }
}
