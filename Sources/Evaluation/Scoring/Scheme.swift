/// A way of counting a system's spans as correct.
///
/// ``conll`` is conlleval's exact match (boundaries and label). The others are the SemEval-2013 task 9.1
/// schemes (Segura-Bedmar et al. 2013, after MUC's categories), which sort every span into correct (COR),
/// incorrect (INC), partial (PAR), missed (MIS) and spurious (SPU):
///
/// | scheme | same span, same label | same span, other label | overlap, same label | overlap, other label |
/// |---|---|---|---|---|
/// | `strict` | COR | INC | INC | INC |
/// | `exact` | COR | COR | INC | INC |
/// | `partial` | COR | COR | PAR | PAR |
/// | `type` | COR | INC | COR | INC |
///
/// Precision is (COR + ½ PAR) / (COR + INC + PAR + SPU), recall (COR + ½ PAR) / (COR + INC + PAR + MIS).
public enum Scheme: String, Sendable, CaseIterable, Hashable {
    /// conlleval: a span is correct when its boundaries and its label equal a gold span's.
    case conll
    /// SemEval strict: exact boundaries and label (the same figures as ``conll``).
    case strict
    /// SemEval exact: exact boundaries, whatever the label.
    case exact
    /// SemEval partial: exact boundaries score one, overlapping ones half, whatever the label.
    case partial
    /// SemEval type: any overlap with the right label.
    case type

    /// The SemEval-2013 schemes, in the order reports show them.
    public static let semEval: [Scheme] = [.strict, .exact, .partial, .type]

    /// Sorts a tally into this scheme's categories.
    public func counts(_ tally: OutcomeTally) -> MatchCounts {
        var counts = MatchCounts(missed: tally.missed, spurious: tally.spurious)
        let exact = tally.exactSameLabel + tally.exactOtherLabel
        let overlap = tally.overlapSameLabel + tally.overlapOtherLabel
        switch self {
        case .conll, .strict:
            counts.correct = tally.exactSameLabel
            counts.incorrect = tally.exactOtherLabel + overlap
        case .exact:
            counts.correct = exact
            counts.incorrect = overlap
        case .partial:
            counts.correct = exact
            counts.partial = overlap
        case .type:
            counts.correct = tally.exactSameLabel + tally.overlapSameLabel
            counts.incorrect = tally.exactOtherLabel + tally.overlapOtherLabel
        }
        return counts
    }
}
