/// Turns a stream of tags into entity chunks, noting every tag that breaks the scheme.
///
/// Algorithm (one step per token, constant work; the same reading for every scheme):
/// 1. `O` ends the open entity, if any.
/// 2. `B-X` ends the open entity and opens an `X` entity.
/// 3. `I-X` extends the open entity when it is an open `X` entity; otherwise it ends the open entity and
///    opens an `X` entity (conlleval's reading of an `I-` that starts a chunk).
/// 4. `E-X` extends and closes an open `X` entity; otherwise it ends the open entity and makes a one-token
///    `X` entity. A closed entity is never extended: `E-X I-X` is two entities.
/// 5. `S-X` ends the open entity and makes a one-token `X` entity.
/// 6. ``endSequence()`` (a sentence boundary) ends the open entity: entities never cross sentences.
///
/// This reading decodes every scheme's own output exactly (two adjacent entities of one label stay two
/// wherever the scheme marks them) and repairs ill-formed input the way conlleval does. The scheme only
/// decides which tags are violations (see ``TagViolation``): a strict reader stops at the first, a lenient
/// one reports them.
public struct TagDecoder: Sendable {
    /// The scheme whose rules are checked.
    public let scheme: TagScheme
    /// The entities decoded so far, in order, as half-open ranges of token indices.
    public private(set) var chunks: [TagChunk] = []
    /// The rule violations found so far, in token order.
    public private(set) var violations: [TagViolation] = []
    /// The number of tags consumed (the index the next tag gets).
    public private(set) var tokenCount = 0

    /// The entity being read: its first token and label; closed entities are not kept open.
    private var openStart = 0
    private var openLabel: String?
    /// The previous tag of the current sentence, `nil` at its start.
    private var previous: EntityTag?

    /// Creates a decoder.
    /// - Parameter scheme: The scheme whose rules violations are checked against.
    public init(scheme: TagScheme) { self.scheme = scheme }

    /// Reads the next token's tag.
    public mutating func consume(_ tag: EntityTag) {
        let index = tokenCount
        if !scheme.uses(tag.prefix) {
            violations.append(TagViolation(token: index, tag: tag, kind: .prefixNotInScheme, scheme: scheme))
        }
        checkEndBeforeOther(next: tag)
        switch tag.prefix {
        case .outside:
            closeOpen(next: tag)
        case .begin:
            closeOpen(next: tag)
            if scheme == .iob1, previous?.label != tag.label || previous?.prefix == .outside {
                violations.append(TagViolation(token: index, tag: tag, kind: .beginAfterOther(after: previous), scheme: scheme))
            }
            open(at: index, tag.label)
        case .inside:
            if openLabel != tag.label {
                if scheme.beginsEveryEntity {
                    violations.append(TagViolation(token: index, tag: tag, kind: .startsEntity(after: previous), scheme: scheme))
                }
                closeOpen(next: tag)
                open(at: index, tag.label)
            }
        case .end:
            if openLabel != tag.label {
                if scheme == .bioes {
                    violations.append(TagViolation(token: index, tag: tag, kind: .startsEntity(after: previous), scheme: scheme))
                }
                closeOpen(next: tag)
                open(at: index, tag.label)
            }
            chunks.append(TagChunk(openStart..<(index + 1), label: tag.label))
            openLabel = nil
        case .single:
            closeOpen(next: tag)
            chunks.append(TagChunk(index..<(index + 1), label: tag.label))
        }
        previous = tag
        tokenCount += 1
    }

    /// Ends a sentence: the open entity ends and the next tag starts a fresh sequence.
    public mutating func endSequence() {
        checkEndBeforeOther(next: nil)
        closeOpen(next: nil)
        previous = nil
    }

    /// Decodes a whole tag sequence (one sentence) at once.
    /// - Parameters:
    ///   - tags: The tags, one per token.
    ///   - scheme: The scheme whose rules are checked.
    /// - Returns: The entities (token indices into `tags`, half-open) and the violations found.
    public static func decode(_ tags: some Sequence<EntityTag>, scheme: TagScheme) -> (chunks: [TagChunk], violations: [TagViolation]) {
        var decoder = TagDecoder(scheme: scheme)
        for tag in tags { decoder.consume(tag) }
        decoder.endSequence()
        return (decoder.chunks, decoder.violations)
    }

    private mutating func open(at index: Int, _ label: String) {
        openStart = index
        openLabel = label
    }

    /// Ends the open entity before the current token; `next` is the current tag (`nil` at a sentence end).
    private mutating func closeOpen(next: EntityTag?) {
        guard let label = openLabel, let last = previous else { return }
        if scheme.endsEveryEntity {
            violations.append(TagViolation(token: tokenCount - 1, tag: last, kind: .entityNotEnded(before: next), scheme: scheme))
        }
        chunks.append(TagChunk(openStart..<tokenCount, label: label))
        openLabel = nil
    }

    /// In `ioe1`, `E-X` must be followed by another `X` entity's `I-X` or `E-X`.
    private mutating func checkEndBeforeOther(next: EntityTag?) {
        guard scheme == .ioe1, let last = previous, last.prefix == .end else { return }
        if let next, next.label == last.label, next.prefix == .inside || next.prefix == .end { return }
        violations.append(TagViolation(token: tokenCount - 1, tag: last, kind: .endBeforeOther(before: next), scheme: scheme))
    }
}
