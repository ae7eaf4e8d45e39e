/// Finds the chunks of one tag column with conlleval's rules, as token ranges.
///
/// Algorithm, per token (sentence boundaries are fed as `O`, as conlleval reads them):
/// 1. Compute conlleval's `endOfChunk` and `startOfChunk` between the previous tag and this one.
/// 2. If a chunk is open and either holds, the open chunk ends before this token.
/// 3. If a chunk starts, it opens at this token with this tag's type.
///
/// Chunk counts equal conlleval's (one chunk per start). conlleval credits a gold and a system chunk as
/// correct exactly when they start and end at the same tokens with the same type — unless its rules keep
/// a chunk open across an `O` (or `.`) tag or open a chunk without ending the open one. That happens only
/// with tags conlleval does not know (typeless `S`/`E`/`U`/`L`, bare types, `.`, `[`, `]`), and
/// ``feed(_:at:)`` reports it so that the report can say its counts may differ from conlleval's there.
struct ConllevalChunker {
    /// A chunk: tokens `start..<end` (indices into the document's tokens) and its type (a ``TagTable`` index).
    struct Chunk: Equatable {
        var start: Int
        var end: Int
        var type: Int32
    }

    private var previous = TagTable.Interned.outside
    private var openStart: Int?
    private var openType: Int32 = 0
    /// The chunks closed so far, in order.
    private(set) var chunks: [Chunk] = []

    /// Feeds the tag of token `index` (or of a sentence boundary before token `index`).
    /// - Returns: Whether conlleval's counting may diverge from span matching here: a chunk is open and
    ///   either a chunk starts without the open one ending, or an `O`/`.` tag ends nothing.
    @discardableResult
    mutating func feed(_ tag: TagTable.Interned, at index: Int) -> Bool {
        let sameType = previous.type == tag.type
        let starts = ConllevalTag.startsChunk(previous.kind, tag.kind, sameType: sameType)
        let ends = ConllevalTag.endsChunk(previous.kind, tag.kind, sameType: sameType)
        var diverges = false
        if openStart != nil {
            diverges = !ends && (starts || tag.kind == .outside || tag.kind == .dot)
            if starts || ends { close(at: index) }
        }
        if starts {
            openStart = index
            openType = tag.type
        }
        previous = tag
        return diverges
    }

    /// Closes a chunk still open at the end of the input (after `tokenCount` tokens).
    mutating func finish(at tokenCount: Int) {
        if openStart != nil { close(at: tokenCount) }
        previous = .outside
    }

    private mutating func close(at index: Int) {
        if let start = openStart, index > start { chunks.append(Chunk(start: start, end: index, type: openType)) }
        openStart = nil
    }
}
