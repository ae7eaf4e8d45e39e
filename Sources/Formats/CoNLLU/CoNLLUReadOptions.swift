import CorpusModel

/// How a CoNLL-U file is read.
public struct CoNLLUReadOptions: Hashable, Sendable {
    /// The scheme of the `NER=` tags in MISC, or `nil` to infer it from the file.
    public var scheme: TagScheme?
    /// Whether scheme violations and `# text` comments that disagree with the tokens are repaired and
    /// reported in ``CoNLLUFile/repairs`` rather than being errors.
    public var lenient: Bool
    /// Whether to build the ``LayerName/word`` layer of syntactic words (what UD's accuracy measures
    /// score), with every column, and to keep empty nodes; without it tokens keep only LEMMA, UPOS, XPOS,
    /// FEATS and MISC, and the dependency columns are not kept.
    public var words: Bool
    /// Whether sentences of a paragraph are always joined by one space (paragraphs by a line feed), ignoring
    /// what the last token's MISC says (`SpaceAfter=No`, `SpacesAfter=`). UD's own accuracy protocols rebuild
    /// text this way; by default the recorded gap is kept, which reproduces the original text exactly.
    public var spaceBetweenSentences: Bool

    /// Creates reading options.
    /// - Parameters:
    ///   - scheme: The scheme of the `NER=` tags, or `nil` to infer it.
    ///   - lenient: Whether to repair instead of failing.
    ///   - words: Whether to build the word layer.
    ///   - spaceBetweenSentences: Whether to join a paragraph's sentences by one space whatever MISC records.
    public init(scheme: TagScheme? = nil, lenient: Bool = false, words: Bool = false, spaceBetweenSentences: Bool = false) {
        self.scheme = scheme
        self.lenient = lenient
        self.words = words
        self.spaceBetweenSentences = spaceBetweenSentences
    }
}
