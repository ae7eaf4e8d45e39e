import CorpusModel
import Foundation
import TestSupport
import Testing

@testable import Tokenization

/// Properties every tokenization must have, on random and hostile text, in both styles.
@Suite struct TokenizerPropertyTests {
    /// Pieces random texts are assembled from: words, numbers, punctuation of every kind, Unicode
    /// whitespace (NBSP, CRLF, ideographic space), a BOM, NUL, combining marks (alone too), astral
    /// letters, emoji with modifiers, ZWJ sequences and flags, CJK and right-to-left script.
    static let pieces: [String] = [
        "word", "Dr.", "U.S.", "e-mail", "don't", "it’s", "cannot", "1,000.50", "$", "9", "10:30", "...", "--", "—",
        ".", ",", "'", "\"", "“", "”", "(", ")", "[", "]", "{{", "}}", "#", "@", "/", "-", ":)", "!!!", "?!",
        "http://x.org/a?b=1", "a@b.com", " ", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2028}",
        "\u{FEFF}", "\0", "\u{301}", "e\u{301}", "\u{20DD}", "𝒳", "😀", "👍🏽", "👩‍💻", "🇯🇵", "❤️", "漢字", "שלום",
        "\u{200D}", "\u{FE0F}", "\u{AD}", "™", "•", "…", "½", "²", "ǅ",
    ]

    static func randomText(seed: UInt64, length: Int) -> String {
        var generator = SeededGenerator(seed: seed)
        return (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test(arguments: TokenizerStyle.allCases, Array(UInt64(1)...UInt64(150)))
    func randomTextIsTiled(style: TokenizerStyle, seed: UInt64) {
        checkTiling(Self.randomText(seed: seed, length: 40), style: style)
    }

    @Test(arguments: TokenizerStyle.allCases, Array(UInt64(1)...UInt64(40)))
    func randomBytesAreTiled(style: TokenizerStyle, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let bytes = (0..<300).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        checkTiling(String(decoding: bytes, as: UTF8.self), style: style)  // invalid bytes become U+FFFD
    }

    /// A named test text (the name keeps test reports short).
    struct Sample: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let hostile: [Sample] = [
        ("empty", ""), ("space", " "), ("blank lines", "\n\n"), ("lone mark", "\u{301}"),
        ("marks before a word", "\u{301}\u{301}abc"), ("mark after a space", " \u{301}x"), ("BOM", "\u{FEFF}Hello"),
        ("CRLF", "a\r\nb\r\n"), ("NUL", "a\0b\0"), ("10k letters", String(repeating: "a", count: 10_000)),
        ("10k periods", String(repeating: ".", count: 10_000)), ("10k hyphens", String(repeating: "-", count: 10_000)),
        ("10k apostrophes", String(repeating: "'", count: 10_000)),
        ("5k accented", String(repeating: "e\u{301}", count: 5_000)), ("3k emoji", String(repeating: "😀", count: 3_000)),
        ("5k initials", String(repeating: "a.", count: 5_000)), ("5k clitics", String(repeating: "'s", count: 5_000)),
        ("5k handles", String(repeating: "@a", count: 5_000)), ("1k schemes", String(repeating: "http://", count: 1_000)),
        ("odd regional indicators", String(repeating: "🇯", count: 1_001)),
        ("2k joiners", String(repeating: "\u{200D}😀", count: 2_000)), ("apostrophe", "'"), ("two apostrophes", "''"),
        ("year", "'90s"), ("clipped form and comma", "'em,"), ("hash", "#"), ("at", "@"), ("tag and mark", "#tag!"),
        ("n't alone", "n't"), ("'s alone", "'s"),
    ].map { Sample(name: $0.0, text: $0.1) }

    @Test(arguments: TokenizerStyle.allCases, hostile)
    func hostileTextIsTiled(style: TokenizerStyle, sample: Sample) {
        checkTiling(sample.text, style: style)
    }

    /// Long runs without a space in shapes that make the general steps look around (addresses, dotted
    /// names, abbreviations, clitics): tokenizing stays linear, so these finish at once.
    static let longChunks: [Sample] = [
        "a.b-", "'s", "a@", "a:", ".a", "U.S.", "-a", "a.Bc", "x/", "1-", "a...", "(a)", "e\u{301}.", "http://a",
    ].map { Sample(name: "40k × \($0)", text: String(repeating: $0, count: 40_000)) }

    @Test(arguments: TokenizerStyle.allCases, longChunks)
    func longChunksStayLinear(style: TokenizerStyle, sample: Sample) {
        let document = Document(id: "long", text: sample.text)
        let tokens = Tokenizer(style: style).tokenize(document)
        #expect(tokens.first?.start == 0 && tokens.last?.end == document.utf8Count)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end == $1.start })
    }

    @Test func seedDocumentIsTiled() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus/nikkei-kyodo-japan-us-space-cyber-2019-04-19.txt").path
        let document = try Document(contentsOf: path)
        for style in TokenizerStyle.allCases { checkTiling(document.text, style: style) }
    }

    @Test func streamingAndCollectingAgree() {
        let document = Document(id: "t", text: Self.randomText(seed: 7, length: 500))
        let tokenizer = Tokenizer(style: .ud)
        var streamed: [Span] = []
        tokenizer.forEachToken(in: document) { streamed.append($0) }
        #expect(streamed == tokenizer.tokenize(document))
        #expect(tokenizer.tokenLayer(for: document).spans == streamed)
    }

    /// `tokenize` sizes its result for English (a token per four bytes or so); a text denser in tokens
    /// (`a,b,c,…`: one per byte) must still come out whole and in order.
    @Test(arguments: TokenizerStyle.allCases)
    func denseTextKeepsEveryToken(style: TokenizerStyle) {
        let document = Document(id: "t", text: String(repeating: "a,", count: 5_000) + "end")
        let tokenizer = Tokenizer(style: style)
        var streamed: [Span] = []
        tokenizer.forEachToken(in: document) { streamed.append($0) }
        let tokens = tokenizer.tokenize(document)
        #expect(tokens.count == 10_001)
        #expect(tokens == streamed)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end == $1.start })
    }

    @Test func producerNamesTheStyle() {
        #expect(Tokenizer().producer == Producer(tool: "corpuskit-tokenizer/ptb", version: CorpusKitVersion.current))
        #expect(Tokenizer(style: .ud).producer.tool == "corpuskit-tokenizer/ud")
    }

    /// Tokens are sorted, non-empty and on scalar boundaries, hold no whitespace, cover every
    /// non-whitespace scalar exactly once, and never start with a combining mark that has a base
    /// before it.
    private func checkTiling(_ text: String, style: TokenizerStyle) {
        let document = Document(id: "t", text: text)
        let tokens = Tokenizer(style: style).tokenize(document)
        #expect(throws: Never.self) { try AnnotationLayer(.token, spans: tokens).validate(in: document) }
        var scalarStarts: [Int: Unicode.Scalar] = [:]
        var offset = 0
        for scalar in text.unicodeScalars {
            scalarStarts[offset] = scalar
            offset += scalar.utf8.count
        }
        var expected: [Int] = []  // byte offsets of non-whitespace scalars
        var covered: [Int] = []
        for (start, scalar) in scalarStarts.sorted(by: { $0.key < $1.key }) where !scalar.properties.isWhitespace {
            expected.append(start)
        }
        var previousEnd = 0
        var failures = 0
        for token in tokens {
            if token.isEmpty || token.start < previousEnd || scalarStarts[token.start] == nil
                || (token.end < offset && scalarStarts[token.end] == nil)
            {
                failures += 1
            }
            if let first = scalarStarts[token.start], token.start > 0, isMark(first),
                let before = scalarStarts[(0..<token.start).last(where: { scalarStarts[$0] != nil }) ?? 0],
                !before.properties.isWhitespace
            {
                failures += 1  // a mark split from its base
            }
            previousEnd = token.end
            for position in token.start..<token.end {
                if let scalar = scalarStarts[position] {
                    if scalar.properties.isWhitespace { failures += 1 }
                    covered.append(position)
                }
            }
        }
        #expect(failures == 0, "\(style): \(MarkedText(text: text, annotations: tokens.map { Annotation($0) }))")
        #expect(covered == expected, "\(style): tokens do not tile the non-whitespace text")
    }

    private func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
