import Formats

/// One side's tag column, read either as conlleval reads it (``ConllevalChunker``) or in a declared tag
/// scheme (the Formats module's `TagDecoder`, which knows `S-`, `E-`, BILOU and adjacent entities).
struct TagColumn {
    private var conlleval = ConllevalChunker()
    private var decoder: TagDecoder?

    /// A column read by conlleval's rules (`scheme == nil`) or by a tag scheme's decoder.
    init(scheme: TagScheme?) {
        decoder = scheme.map { TagDecoder(scheme: $0) }
    }

    /// Feeds token `index`'s tag: `tag` as conlleval reads it, `entityTag` the same tag parsed for a scheme
    /// (required when the column has a scheme).
    /// - Returns: Whether conlleval's counting may diverge from span matching here (conlleval's reading only).
    mutating func feed(_ tag: TagTable.Interned, entityTag: EntityTag?, at index: Int) -> Bool {
        guard decoder != nil else { return conlleval.feed(tag, at: index) }
        decoder?.consume(entityTag ?? .outside)
        return false
    }

    /// A sentence boundary before token `index`.
    mutating func boundary(at index: Int) -> Bool {
        guard decoder != nil else { return conlleval.feed(.outside, at: index) }
        decoder?.endSequence()
        return false
    }

    /// Ends the input after `tokenCount` tokens.
    mutating func finish(at tokenCount: Int) {
        conlleval.finish(at: tokenCount)
        decoder?.endSequence()
    }

    /// The chunks found: half-open token ranges and their types (conlleval's chunk types are looked up in `types`).
    func chunks(types: [String]) -> [(tokens: Range<Int>, label: String)] {
        if let decoder { return decoder.chunks.map { ($0.tokens, $0.label) } }
        return conlleval.chunks.map { ($0.start..<$0.end, types[Int($0.type)]) }
    }

    /// The tags that break the declared scheme (none for conlleval's reading).
    var violations: [TagViolation] { decoder?.violations ?? [] }
}
