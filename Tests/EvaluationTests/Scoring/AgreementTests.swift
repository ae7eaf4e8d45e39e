import CorpusModel
import Evaluation
import Testing
import TestSupport

@Suite("Inter-annotator agreement")
struct AgreementTests {
    @Test func kappaByHand() {
        // A: PER PER O O; B: PER O O O → p_o = 3/4; A uses PER ½, O ½; B uses PER ¼, O ¾
        // p_e = ½·¼ + ½·¾ = ½ → κ = (¾ − ½)/(1 − ½) = ½
        var kappa = CohenKappa()
        for (a, b) in [("PER", "PER"), ("PER", "O"), ("O", "O"), ("O", "O")] { kappa.add(a, b) }
        #expect(kappa.observedAgreement == 0.75)
        #expect(kappa.expectedAgreement == 0.5)
        #expect(kappa.kappa == 0.5)
    }

    @Test func kappaIsUndefinedWithoutVariation() {
        var kappa = CohenKappa()
        kappa.add("O", "O")
        #expect(kappa.kappa == nil)
        #expect(CohenKappa().kappa == nil)
    }

    @Test func tokensTakeTheLabelOfTheSpanCoveringThem() throws {
        // Tokens: Kim | Jong | Un | met | Moon. A: PER [Kim Jong Un], PER [Moon]; B: PER [Kim Jong], LOC [Moon].
        // Token labels A: PER PER PER O PER; B: PER PER O O LOC.
        // All tokens: agree on Kim, Jong, met → p_o = 3/5; A: PER ⅘, O ⅕; B: PER ⅖, O ⅖, LOC ⅕
        //   p_e = ⅘·⅖ + ⅕·⅖ = 0.4 → κ = (0.6 − 0.4)/0.6 = ⅓
        // Labelled tokens only (Kim, Jong, Un, Moon): p_o = ½; A: PER 1; B: PER ½, O ¼, LOC ¼ → p_e = ½ → κ = 0
        let tokens = MarkedText("⟦Kim⟧ ⟦Jong⟧ ⟦Un⟧ ⟦met⟧ ⟦Moon⟧")
        let a = MarkedText("⟦PER|Kim Jong Un⟧ met ⟦PER|Moon⟧")
        let b = MarkedText("⟦PER|Kim Jong⟧ Un met ⟦LOC|Moon⟧")
        let document = Document(id: "d", text: tokens.text)
        let pair = DocumentPair.matched(
            gold: AnnotatedDocument(document, layers: [AnnotationLayer(.token, spans: tokens.spans), AnnotationLayer(.entity, annotations: a.annotations)]),
            system: AnnotatedDocument(document, layers: [AnnotationLayer(.entity, annotations: b.annotations)]))
        let result = try Agreement.measure(pairs: [pair])
        let all = try #require(result.tokenKappa?.kappa)
        #expect(abs(all - 1.0 / 3) < 1e-12)
        #expect(result.annotatedTokenKappa?.kappa == 0)
        // Spans: no span agrees exactly (boundary and label), so F1 is 0 — kappa sees the partial agreement.
        #expect(result.evaluation.counts(.conll) == MatchCounts(incorrect: 2))
    }

    @Test func tokensComeFromTheCallerWhenNoLayerHasThem() throws {
        let pair = markedPair(gold: "⟦PER|Kim⟧ met Lee", system: "⟦PER|Kim⟧ met Lee")
        let result = try Agreement.measure(pairs: [pair]) { document in
            [Span(0, 3), Span(4, 7), Span(8, 11)]
        }
        #expect(result.tokenKappa?.items == 3)
        #expect(result.tokenKappa?.kappa == 1)
        let none = try Agreement.measure(pairs: [pair])
        #expect(none.tokenKappa == nil)
    }
}
