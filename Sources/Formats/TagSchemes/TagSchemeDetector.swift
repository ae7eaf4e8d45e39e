/// Infers the tag scheme of a file from the tags it holds.
///
/// Algorithm: watch every tag with its neighbours in the sentence and record which prefixes occur and
/// whether `B-X` ever opens an entity that does not follow another `X` entity (which `iob1` never
/// writes) and whether `E-X` ever ends one not followed by another `X` entity (which `ioe1` never writes).
/// Then, in order:
/// 1. `S-` (or `U-`), or both `B-` and `E-`: ``TagScheme/bioes``.
/// 2. `E-`: ``TagScheme/ioe2`` if some `E-X` is not followed by an `X` entity, else ``TagScheme/ioe1``.
/// 3. `B-`: ``TagScheme/iob2`` if some `B-X` does not follow an `X` entity, else ``TagScheme/iob1``.
/// 4. `I-` only: ``TagScheme/io`` (which decodes like `iob1` and `ioe1` when no `B-`/`E-` is present).
/// 5. No entity at all: ``TagScheme/iob2``, the default.
///
/// The verdict is a best reading, not a check: decoding in the inferred scheme still reports violations.
public struct TagSchemeDetector: Sendable {
    private var sawBegin = false
    private var sawInside = false
    private var sawEnd = false
    private var sawSingle = false
    private var beginAfterOther = false
    private var endBeforeOther = false
    private var previous: EntityTag = .outside

    /// Creates a detector that has seen nothing.
    public init() {}

    /// Records the next token's tag.
    public mutating func observe(_ tag: EntityTag) {
        checkEnd(next: tag)
        switch tag.prefix {
        case .begin:
            sawBegin = true
            if previous.prefix == .outside || previous.label != tag.label { beginAfterOther = true }
        case .inside: sawInside = true
        case .end: sawEnd = true
        case .single: sawSingle = true
        case .outside: break
        }
        previous = tag
    }

    /// Records a sentence boundary.
    public mutating func endSequence() {
        checkEnd(next: .outside)
        previous = .outside
    }

    /// The scheme the tags seen so far are most likely written in.
    public var scheme: TagScheme {
        if sawSingle || (sawBegin && sawEnd) { return .bioes }
        if sawEnd { return endBeforeOther ? .ioe2 : .ioe1 }
        if sawBegin { return beginAfterOther ? .iob2 : .iob1 }
        return sawInside ? .io : .iob2
    }

    private mutating func checkEnd(next: EntityTag) {
        guard previous.prefix == .end else { return }
        if next.label != previous.label || (next.prefix != .inside && next.prefix != .end) { endBeforeOther = true }
    }
}
