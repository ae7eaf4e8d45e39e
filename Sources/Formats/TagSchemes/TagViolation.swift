/// A tag that breaks its scheme's rules, found while decoding.
///
/// Decoding never fails: every tag sequence decodes to chunks the way conlleval reads it (see
/// ``TagDecoder``). A violation says which tag was wrong and how it was read, so that a strict reader can
/// stop with an error and a lenient one can report each repair.
public struct TagViolation: Hashable, Sendable, CustomStringConvertible {
    /// What rule a tag breaks.
    public enum Kind: Hashable, Sendable {
        /// The prefix is not used by the scheme at all (`B-PER` in `io` or `ioe2`).
        case prefixNotInScheme
        /// `I-X` (or, in `bioes`, `E-X`) that continues no entity: after `O`, after another label, at the
        /// start of a sentence (`after` is `nil`), or after an entity that ended. It opens an entity, as
        /// conlleval reads it.
        case startsEntity(after: EntityTag?)
        /// An entity in a scheme that ends every entity with `E-`/`S-` ends on `B-` or `I-` instead, before
        /// the tag `before` (`nil` at the end of the sentence).
        case entityNotEnded(before: EntityTag?)
        /// `B-X` in `iob1` that does not directly follow another `X` entity (iob1 writes `I-X` there).
        case beginAfterOther(after: EntityTag?)
        /// `E-X` in `ioe1` that is not directly followed by another `X` entity (ioe1 writes `I-X` there).
        case endBeforeOther(before: EntityTag?)
    }

    /// The index of the token whose tag breaks the rule (counted across ``TagDecoder``'s whole input).
    public var token: Int
    /// The offending tag as it was read.
    public var tag: EntityTag
    /// The rule it breaks.
    public var kind: Kind
    /// The scheme the tags were read in.
    public var scheme: TagScheme

    /// The tag the rules would have required there, which is how decoding read it.
    public var readAs: EntityTag {
        switch kind {
        case .prefixNotInScheme, .beginAfterOther, .endBeforeOther:
            return tag
        case .startsEntity:
            return EntityTag(tag.prefix == .end ? .single : .begin, label: tag.label)
        case .entityNotEnded:
            return EntityTag(tag.prefix == .begin ? .single : .end, label: tag.label)
        }
    }

    /// Whether decoding read the tag as something else than it says (a repair) rather than only noting it.
    public var isRepair: Bool { readAs != tag }

    /// What is wrong, e.g. `I-PER after O: an iob2 entity starts with B-PER`.
    public var description: String {
        switch kind {
        case .prefixNotInScheme:
            return "\(tag) is not a tag of the \(scheme) scheme (which uses \(prefixList) and O)"
        case .startsEntity(let previous):
            if readAs.prefix == .single { return "\(tag) \(after(previous)): a one-token \(scheme) entity is \(readAs)" }
            return "\(tag) \(after(previous)): \(articled) entity starts with \(readAs)"
        case .entityNotEnded(let next):
            if readAs.prefix == .single { return "\(tag) \(before(next)): a one-token \(scheme) entity is \(readAs)" }
            return "\(tag) \(before(next)) ends an entity, but \(articled) entity ends with \(readAs)"
        case .beginAfterOther(let previous):
            return "\(tag) \(after(previous)): iob1 uses B- only between two adjacent \(tag.label) entities"
        case .endBeforeOther(let next):
            return "\(tag) \(before(next)): ioe1 uses E- only between two adjacent \(tag.label) entities"
        }
    }

    /// `an iob2`, `a bioes`.
    private var articled: String { (scheme == .bioes ? "a " : "an ") + scheme.rawValue }

    private var prefixList: String {
        let order: [TagPrefix] = [.begin, .inside, .end, .single]
        return order.filter { scheme.prefixes.contains($0) }.map { "\($0)-" }.joined(separator: ", ")
    }

    private func after(_ previous: EntityTag?) -> String { previous.map { "after \($0)" } ?? "at the start of a sentence" }

    private func before(_ next: EntityTag?) -> String { next.map { "before \($0)" } ?? "at the end of a sentence" }
}
