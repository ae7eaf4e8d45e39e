import CorpusModel

/// The layers the CoNLL readers add besides `token`, `sentence` and `entity`.
extension LayerName {
    /// Syntactic words (CoNLL-U): a multiword token such as `don't` holds two, `do` and `n't`.
    public static let word: LayerName = "word"

    /// Entities predicted by a system, read from conlleval's last column beside the gold ``entity`` layer.
    public static let predictedEntity: LayerName = "predicted"
}
