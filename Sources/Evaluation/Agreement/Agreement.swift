import CorpusModel

/// Inter-annotator agreement between two annotation sets of the same documents.
public struct AgreementResult: Sendable {
    /// The second set scored against the first: precision and recall swap when the second set is taken
    /// as reference instead, F1 stays the same.
    public let evaluation: Evaluation
    /// Kappa over every token: each token's label is the label of the first span covering it, or `O`.
    /// `nil` when no document has tokens.
    public let tokenKappa: CohenKappa?
    /// Kappa over the tokens that at least one side labels (chance agreement on `O` left out).
    public let annotatedTokenKappa: CohenKappa?
}

/// Measures inter-annotator agreement: span F1 per label (either side as reference) and Cohen's kappa
/// over tokens.
///
/// Algorithm:
/// 1. Score the second set against the first (``Scorer``), which gives per-label F1.
/// 2. For kappa, take each document's tokens (its own token layer, or `tokens(document)` when it has none);
///    label each token on each side with the label of the first span (in document order) that overlaps it,
///    or `O`; tally the label pairs over all tokens.
public enum Agreement {
    /// Measures agreement.
    /// - Parameters:
    ///   - pairs: The documents, the first annotator's side as `gold`, the second's as `system`.
    ///   - options: The layer (entities by default), label map and label filter.
    ///   - tokens: Tokens (UTF-8 spans, sorted, not overlapping) for a document without a token layer, or `nil`.
    /// - Throws: As ``Scorer/score(pairs:options:accuracy:)``.
    public static func measure(
        pairs: [DocumentPair], options: ScoringOptions = .init(), tokens: (Document) -> [Span]? = { _ in nil }
    ) throws(EvaluationError) -> AgreementResult {
        let evaluation = try Scorer.score(pairs: pairs, options: options)
        var all = CohenKappa()
        var annotated = CohenKappa()
        var sawTokens = false
        for (pair, document) in zip(pairs, evaluation.documents) {
            let layer = pair.gold?[layer: .token] ?? pair.system?[layer: .token]
            guard let spans = layer?.spans ?? tokens(pair.document) else { continue }
            sawTokens = true
            let first = tokenLabels(spans, document.alignment.compactMap(\.gold))
            let second = tokenLabels(spans, document.alignment.compactMap(\.system))
            for (a, b) in zip(first, second) {
                all.add(a ?? "O", b ?? "O")
                if a != nil || b != nil { annotated.add(a ?? "O", b ?? "O") }
            }
        }
        return AgreementResult(
            evaluation: evaluation, tokenKappa: sawTokens ? all : nil, annotatedTokenKappa: sawTokens ? annotated : nil)
    }

    /// Each token's label: that of the first span (by start, then end) overlapping it, or `nil`.
    static func tokenLabels(_ tokens: [Span], _ spans: [LabeledSpan]) -> [String?] {
        var labels = [String?](repeating: nil, count: tokens.count)
        for span in spans.sorted() {
            var index = tokens.partitionPoint { $0.end > span.span.start }
            while index < tokens.count && tokens[index].start < span.span.end {
                if labels[index] == nil { labels[index] = span.label }
                index += 1
            }
        }
        return labels
    }
}
