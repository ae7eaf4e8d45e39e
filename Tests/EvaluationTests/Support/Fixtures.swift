import CorpusModel
import Evaluation
import TestSupport

/// A document pair from two marked versions of one text: `⟦PER|Kim⟧ met ⟦LOC|Seoul⟧`.
func markedPair(id: String = "doc", gold: String, system: String, layer: LayerName = .entity) -> DocumentPair {
    let goldText = MarkedText(gold)
    let systemText = MarkedText(system)
    precondition(goldText.text == systemText.text, "the two marked versions must have the same text")
    let document = Document(id: id, text: goldText.text)
    return .matched(
        gold: AnnotatedDocument(document, layers: [AnnotationLayer(layer, annotations: goldText.annotations)]),
        system: AnnotatedDocument(document, layers: [AnnotationLayer(layer, annotations: systemText.annotations)]))
}

/// One gold and one system version of a text with every kind of outcome, worked out by hand:
/// - `Kim Jong Un` (PER) found as `Kim Jong` (PER): overlap, same label
/// - `Trump` (PER) found as ORG: same span, other label
/// - `Hanoi` (LOC): match
/// - `Monday` found as LOC: spurious
/// - `Moon` (PER): missed
/// The text holds a non-ASCII letter and an astral emoji so that scalar offsets differ from UTF-8 ones.
let handWorkedPair = markedPair(
    gold: "⟦PER|Kim Jong Un⟧ 🚀 met ⟦PER|Trump⟧ in ⟦LOC|Hanoi⟧ on Monday with ⟦PER|Moon⟧ at the café.",
    system: "⟦PER|Kim Jong⟧ Un 🚀 met ⟦ORG|Trump⟧ in ⟦LOC|Hanoi⟧ on ⟦LOC|Monday⟧ with Moon at the café.")
