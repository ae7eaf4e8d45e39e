import CorpusModel

/// A sentence splitter fed one token at a time, for pipelines whose tokens come through a callback
/// (`Tokenizer.forEachToken(in:_:)`) and are never stored. Get one from
/// ``SentenceSplitter/withSentenceStream(for:_:)``; it is valid only inside that call.
///
/// Each ``push(_:)`` may settle one sentence a few tokens after its end; ``finish()`` settles the rest.
/// The sentences are the same as ``SentenceSplitter/split(_:tokens:)`` gives for the same tokens.
public struct SentenceStream {
    var segmenter: Segmenter
    private var finished = false

    init(segmenter: Segmenter) {
        self.segmenter = segmenter
    }

    /// Adds the next token.
    /// - Parameter token: A token span (UTF-8 offsets, half-open) that starts at or after the previous
    ///   token's end, inside the document's text.
    /// - Returns: A sentence (UTF-8 offsets, half-open) that this token settled, if any.
    /// - Precondition: ``finish()`` has not been called; tokens come sorted and do not overlap.
    public mutating func push(_ token: Span) -> Span? {
        precondition(!finished, "push(_:) after finish()")
        return segmenter.push(token)
    }

    /// Ends the stream.
    /// - Returns: The sentences not yet returned (UTF-8 offsets, half-open), in order; the last one ends
    ///   at the last token. Empty when no token was pushed, and on a second call.
    public mutating func finish() -> [Span] {
        guard !finished else { return [] }
        finished = true
        return segmenter.finish()
    }
}

extension SentenceSplitter {
    /// Calls `body` with a ``SentenceStream`` over `document`: push its tokens one by one, then call
    /// ``SentenceStream/finish()``. The stream holds a fixed window of tokens, whatever the text's length.
    ///
    /// ```swift
    /// splitter.withSentenceStream(for: document) { stream in
    ///     tokenizer.forEachToken(in: document) { token in
    ///         if let sentence = stream.push(token) { sentences.append(sentence) }
    ///     }
    ///     sentences += stream.finish()
    /// }
    /// ```
    /// - Parameters:
    ///   - document: The document whose tokens will be pushed.
    ///   - body: Receives the stream; it must not escape the call.
    /// - Returns: What `body` returns.
    public func withSentenceStream<Result>(
        for document: Document, _ body: (inout SentenceStream) throws -> Result
    ) rethrows -> Result {
        try document.withUTF8 { bytes in
            try Segmenter.withSegmenter(bytes: bytes, rules: index, policy: newlines) { segmenter in
                var stream = SentenceStream(segmenter: segmenter)
                return try body(&stream)
            }
        }
    }
}
