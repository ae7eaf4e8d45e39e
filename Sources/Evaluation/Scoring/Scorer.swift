import CorpusModel

/// Scores system annotations against gold annotations, document by document, by character offsets.
///
/// Algorithm:
/// 1. For each document pair, check that both sides have the same text (byte for byte), so that offsets
///    mean the same thing on both sides.
/// 2. Take the scored layer's spans from each side: relabel (``LabelMap``), keep the requested labels,
///    trim sentence spans of white space, sort.
/// 3. Align gold and system spans one to one (``Aligner``) and tally the outcomes, overall and per label.
/// 4. Sum the tallies over documents (micro average). Documents are processed concurrently.
///
/// Because spans compare by offsets into the text, scores never depend on how either side tokenized.
/// When both sides come from the same tokens (CoNLL input), exact matches are conlleval's correct chunks.
public enum Scorer {
    /// Scores document pairs.
    /// - Parameters:
    ///   - pairs: The documents, each with its gold side, its system side, or both.
    ///   - options: The layer, label map and label filter.
    ///   - accuracy: conlleval's token accuracy, carried into the result for conlleval input.
    /// - Returns: The evaluation, documents in the order given.
    /// - Throws: ``EvaluationError/textMismatch(id:goldSHA256:systemSHA256:)``,
    ///   or ``EvaluationError/missingLayer(layer:side:)`` when no document of a side has a token or
    ///   sentence layer to score.
    public static func score(
        pairs: [DocumentPair], options: ScoringOptions = .init(), accuracy: TagAccuracy? = nil
    ) throws(EvaluationError) -> Evaluation {
        for case .matched(let gold, let system) in pairs where !gold.document.hasSameBytes(as: system.document) {
            throw .textMismatch(id: gold.document.id, goldSHA256: gold.document.sha256, systemSHA256: system.document.sha256)
        }
        if options.layer != .entity {
            for side in [EvaluationError.Side.gold, .system] {
                let documents = pairs.compactMap { side == .gold ? $0.gold : $0.system }
                if !documents.isEmpty && !documents.contains(where: { $0[layer: options.layer] != nil }) {
                    throw .missingLayer(layer: options.layer, side: side)
                }
            }
        }
        let evaluations = ConcurrentJobs.map(count: pairs.count) { evaluate(pairs[$0], options: options) }
        return Evaluation(layer: options.layer, documents: evaluations, accuracy: accuracy)
    }

    private static func evaluate(_ pair: DocumentPair, options: ScoringOptions) -> DocumentEvaluation {
        let gold = pair.gold.flatMap { LabeledSpan.spans(of: $0, options: options) } ?? []
        let system = pair.system.flatMap { LabeledSpan.spans(of: $0, options: options) } ?? []
        let presence: DocumentEvaluation.Presence
        switch pair {
        case .matched: presence = .both
        case .goldOnly: presence = .goldOnly
        case .systemOnly: presence = .systemOnly
        }
        return DocumentEvaluation(document: pair.document, presence: presence, gold: gold, system: system)
    }
}

extension Document {
    /// Whether two documents' texts are the same bytes (String's `==` would accept canonically equivalent texts).
    func hasSameBytes(as other: Document) -> Bool {
        withUTF8 { mine in other.withUTF8 { theirs in mine.baseAddress == theirs.baseAddress && mine.count == theirs.count || mine.elementsEqual(theirs) } }
    }
}
