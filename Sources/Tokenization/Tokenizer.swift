import CorpusModel

/// Splits a document's text into tokens: spans of the original text, never an edited copy.
///
/// Algorithm (spaCy's, made non-destructive and byte-oriented):
/// 1. Split the text at whitespace (every Unicode `White_Space` scalar, NBSP included) into chunks.
///    A chunk of ASCII letters, digits and `_` that no special case can match is one token (the fast path).
/// 2. If the chunk — or what is left of it — is a special case (`cannot` → `can|not`), emit its pieces.
///    If it is a whole token as it stands — a listed emoticon or clitic, URL, e-mail address, @handle,
///    #tag, abbreviation (`Dr.`), initial (`E.`), dotted acronym (`U.S.`), `'90s`, and in style `ud` a
///    phone number or slashed date — emit it.
/// 3. Otherwise peel one prefix — opening punctuation, a symbol, or a run of one punctuation character
///    (`...`, `{{`, `--`) — emit it and go back to step 2.
/// 4. Otherwise peel one suffix — closing punctuation, a run such as `...` or `?!`, a final period unless
///    the word before it is an abbreviation (`Japan-U.S.`), a clitic (`n't`, `'s`, with ' or ’), or an
///    emoticon after a word (`great:)`) — hold it and go back to step 2.
/// 5. Otherwise split what is left at the punctuation inside it: a mark joins the word around it only
///    where it belongs to it (`1,000.50`, `10:30`, `O'Neill`, `alt.animals.cat`; hyphens and slashes in
///    style `ptb`: `10-year`, `and/or`), any other is a token (`Sketch|.|Title`, `to|...|from`, and in
///    style `ud` `10|-|year`); an address after split-off punctuation stays whole; emoji sequences and
///    flags are tokens of their own. Then emit the held suffixes, innermost first.
///
/// Steps 2–5 run only for chunks that need them: plain words, a word with one closing mark, and two
/// words around one mark are decided at once, with the same result.
///
/// Camel-case words glued together by the source (`ChevronTitle`, `monthThis`) stay whole: splitting at
/// a lower-to-upper change would break `iPhone`, `McDonald` and `JavaScript`.
///
/// Guarantees: tokens are sorted, non-empty, non-overlapping UTF-8 spans on scalar boundaries; they
/// never contain whitespace and together cover every non-whitespace scalar of the text (they tile it);
/// combining marks stay with their base; the text is never edited. Tokenizing never throws and takes
/// time linear in the text's length, whatever the text.
public struct Tokenizer: Sendable {
    /// The convention followed.
    public let style: TokenizerStyle
    /// The compiled rules in use.
    public var rules: TokenizerRules { tables.rules }
    /// The rules, boxed once so that scanning never copies them.
    private let tables: RuleTables

    /// Creates a tokenizer.
    /// - Parameters:
    ///   - style: The convention to follow; `ptb` (CoNLL-2003 / Penn Treebank) by default.
    ///   - rules: The rules to use; `nil` uses ``TokenizerRules/builtin(for:)`` of the style. To add
    ///     users' rules to the built-ins, pass `TokenizerRules.builtin(for: style).adding(userRules)`.
    public init(style: TokenizerStyle = .ptb, rules: TokenizerRules? = nil) {
        self.style = style
        self.tables = RuleTables(rules ?? .builtin(for: style))
    }

    /// The producer recorded for the token layer: `corpuskit-tokenizer/<style>` at the CorpusKit version.
    public var producer: Producer {
        Producer(tool: "corpuskit-tokenizer/\(style.rawValue)", version: CorpusKitVersion.current)
    }

    /// Tokenizes a document.
    /// - Parameter document: The document.
    /// - Returns: The tokens as UTF-8 byte spans (half-open), sorted, tiling the non-whitespace text.
    public func tokenize(_ document: Document) -> [Span] {
        // The scanner writes each span straight into the result's storage, sized once for English, which
        // runs at about five bytes per token; a text with more tokens than that appends the rest.
        var overflow: [Span] = []
        var spans = [Span](unsafeUninitializedCapacity: document.utf8Count / 4 + 16) { storage, initialized in
            HugePages.advise(UnsafeMutableRawBufferPointer(storage))
            var sink = SpanBuffer(storage: storage)
            scan(document, into: &sink)
            initialized = sink.count
            overflow = sink.overflow
        }
        if !overflow.isEmpty { spans.append(contentsOf: overflow) }
        return spans
    }

    /// Calls `body` with each token in order, without collecting them: no memory is allocated per token,
    /// so memory stays flat however long the document is. ``tokenize(_:)`` gives the same tokens.
    /// - Parameters:
    ///   - document: The document.
    ///   - body: Called with each token's UTF-8 byte span (half-open).
    public func forEachToken(in document: Document, _ body: (Span) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            scan(document, into: &sink)
        }
    }

    /// Runs the scanner over the document's bytes, handing every token to `sink`.
    private func scan<Sink: TokenSink>(_ document: Document, into sink: inout Sink) {
        document.withUTF8 { bytes in
            precondition(bytes.count <= Int(UInt32.max), "a text of 4 GiB or more cannot be tokenized")  // spans are 32-bit
            ASCII.table.withUnsafeBufferPointer { table in
                tables.rules.specialCases.withFilter { special in
                    TokenScanner(bytes: bytes, tables: tables, style: style, table: table, special: special).run(into: &sink)
                }
            }
        }
    }

    /// Tokenizes the document and wraps the tokens as its `token` layer, with ``producer``.
    /// - Parameter document: The document.
    /// - Returns: The token layer.
    public func tokenLayer(for document: Document) -> AnnotationLayer {
        AnnotationLayer(.token, spans: tokenize(document), producer: producer)
    }
}
