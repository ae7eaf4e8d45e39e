import CorpusModel

/// Where ``TokenScanner/run(into:)`` puts the tokens it finds, in order. The scanner is generic over its
/// sink, so that the common case — a plain word — hands its span over without a closure call.
protocol TokenSink {
    /// Takes the next token (UTF-8 offsets, half-open).
    mutating func emit(_ span: Span)
}

/// Passes every token to a caller's closure (``Tokenizer/forEachToken(in:_:)``).
struct ClosureSink: TokenSink {
    let body: (Span) -> Void

    @inline(__always) func emit(_ span: Span) { body(span) }
}

/// Writes the tokens straight into the storage of the array ``Tokenizer/tokenize(_:)`` returns; tokens past
/// its capacity (a text with more than one token per four bytes) go to `overflow`, appended afterwards.
struct SpanBuffer: TokenSink {
    let storage: UnsafeMutableBufferPointer<Span>
    /// How many spans of `storage` are initialized.
    private(set) var count = 0
    /// The spans that did not fit, in order.
    private(set) var overflow: [Span] = []

    init(storage: UnsafeMutableBufferPointer<Span>) {
        self.storage = storage
    }

    @inline(__always) mutating func emit(_ span: Span) {
        if count < storage.count {
            storage.initializeElement(at: count, to: span)
            count &+= 1
        } else {
            overflow.append(span)
        }
    }
}
