/// What a CoNLL writer does with an entity whose ends do not fall on token boundaries.
///
/// CoNLL files tag whole tokens, so an entity covering part of a token (`Japan` in the token
/// `Japan-U.S.`) cannot be written as it is.
public enum MisalignedEntityPolicy: String, CaseIterable, Sendable {
    /// Grow the entity to every token it overlaps.
    case expand
    /// Shrink the entity to the tokens it covers entirely; drop it when that leaves none.
    case contract
    /// Leave the entity out. Also leaves out entities that overlap an earlier one or cross a sentence
    /// boundary, which no policy can write.
    case drop
    /// Stop with an error naming the document, the entity and its Unicode scalar offsets (the default).
    case error
}
