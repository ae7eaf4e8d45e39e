import CorpusModel

/// Splits a document's tokens into sentences: a state machine over the token stream, in the manner of
/// syntok's segmenter and CoreNLP's `WordToSentenceProcessor`.
///
/// Algorithm, for the gap after each token (the whitespace before the next one):
/// 1. A blank line (a line holding only whitespace; `\r\n\r\n` too), a form feed or U+2029 ends the
///    sentence, under every newline policy.
/// 2. Tokens that touch (no whitespace) stay in one sentence (`Sketch.Title`), except after an
///    ideographic full stop (`。`), which needs no space.
/// 3. Punctuation decides first. Closing quotes and brackets glued after the mark stay in the sentence
///    (`"as soon as possible."`), and the gap after them is judged:
///    - `?`, `!` and their runs end the sentence, unless a closing quote is followed by a lower-case word
///      (`"Why?" he asked`);
///    - an ellipsis (`...`, `…`, `. . .`) ends it before a capitalised word and trails on otherwise;
///    - a full stop ends it (before a lower-case word too: web text), unless it belongs to an
///      abbreviation, an initial or a list label;
///    - an abbreviation behaves as its rule class says: `never-final` (`Mr.`, `Mt.`) never ends one,
///      `final-before-starter` (`U.S.`, `Sep.`, initials, dotted acronyms) ends one only before a
///      sentence starter (`I live in the U.S. How about you?`), `final-before-capital` (`etc.`, `p.m.`)
///      before any capitalised word;
///    - nothing ends a sentence before `,`, `;`, `:`, a closer or another mark.
/// 4. A single line break follows the ``NewlinePolicy``: `always` ends the sentence; `never` treats it
///    as a space; `auto` ends it where punctuation says so, and where punctuation says nothing decides
///    from the shape of the lines (see `Segmenter.lineShapeEnds(after:)`: list items, lines ending
///    mid-phrase, lower-case continuations, headings and sign-offs).
/// 5. The text's last token ends the last sentence.
///
/// Guarantees: the splitter never reads or edits anything but the given text and tokens; every token lies
/// in exactly one sentence; each sentence runs from its first token's start to its last token's end, so
/// when the tokens tile the text's non-whitespace characters, so do the sentences. It reads a bounded
/// window of tokens (``forEachSentence(in:tokens:_:)`` and ``withSentenceStream(for:_:)`` stream in constant
/// memory). The splitter is an
/// immutable value, safe to share between threads.
public struct SentenceSplitter: Sendable {
    /// What a single line break means.
    public let newlines: NewlinePolicy
    /// The rules in use (the built-in ones, or those given).
    public var rules: SplitterRules { index.rules }
    /// The rules compiled for the state machine, built once (shared for the built-in rules).
    let index: RuleIndex

    /// Creates a splitter.
    /// - Parameters:
    ///   - newlines: What a single line break means (`auto` by default).
    ///   - rules: The rules to use; `nil` uses ``SplitterRules/builtin``. To extend the built-in rules,
    ///     pass `try SplitterRules.builtin.adding(yours)`.
    public init(newlines: NewlinePolicy = .auto, rules: SplitterRules? = nil) {
        self.newlines = newlines
        self.index = rules.map(RuleIndex.init) ?? .builtin
    }

    /// Splits a document's tokens into sentences.
    /// - Parameters:
    ///   - document: The document the tokens belong to.
    ///   - tokens: Token spans (UTF-8 offsets, half-open), sorted and not overlapping, inside the text.
    /// - Returns: The sentence spans (UTF-8 offsets, half-open), sorted; each runs from its first token's
    ///   start to its last token's end; every token lies in exactly one. Empty when there are no tokens.
    public func split(_ document: Document, tokens: [Span]) -> [Span] {
        var sentences: [Span] = []
        forEachSentence(in: document, tokens: tokens) { sentences.append($0) }
        return sentences
    }

    /// Streams the sentences of a token sequence: tokens are read one at a time and each sentence is
    /// handed to `body` as soon as it is settled, a few tokens after its end. Memory stays constant
    /// whatever the length of the text, so a lazily produced token sequence never needs to be stored.
    /// - Parameters:
    ///   - document: The document the tokens belong to.
    ///   - tokens: Token spans (UTF-8 offsets, half-open), sorted and not overlapping, inside the text.
    ///   - body: Called with each sentence span (UTF-8 offsets, half-open), in order.
    /// - Throws: Whatever `body` throws; splitting stops there.
    public func forEachSentence<Tokens: Sequence<Span>>(
        in document: Document, tokens: Tokens, _ body: (Span) throws -> Void
    ) rethrows {
        if let array = tokens as? [Span] {  // an array runs through a loop specialised for it
            try array.withUnsafeBufferPointer { try run(document, tokens: $0, body) }
        } else {
            try run(document, tokens: tokens, body)
        }
    }

    /// Feeds the tokens through the state machine.
    private func run<Tokens: Sequence<Span>>(
        _ document: Document, tokens: Tokens, _ body: (Span) throws -> Void
    ) rethrows {
        try document.withUTF8 { bytes in
            try Segmenter.withSegmenter(bytes: bytes, rules: index, policy: newlines) { segmenter in
                for token in tokens {
                    if let sentence = segmenter.push(token) { try body(sentence) }
                }
                for sentence in segmenter.finish() { try body(sentence) }
            }
        }
    }

    /// The producer recorded for the sentence layer: tool `corpuskit-splitter`, the CorpusKit version.
    public var producer: Producer { Producer(tool: "corpuskit-splitter", version: CorpusKitVersion.current) }
}
