import CorpusKit
import TestSupport
import Testing

@Suite("Pipeline: composing the stages")
struct PipelineTests {
    let document = Document(id: "d", text: "Defense Minister Takeshi Iwaya met NATO officials. They talked.")

    @Test func runsEveryStageByDefault() throws {
        let annotated = Pipeline().annotate(document)
        #expect(annotated.orderedLayers.map(\.name) == [.token, .sentence, .entity])
        try annotated.validate()
        let sentences = try #require(annotated[layer: .sentence]).spans.map { document.text(of: $0) }
        #expect(sentences == ["Defense Minister Takeshi Iwaya met NATO officials.", "They talked."])
        #expect(annotated[layer: .token]?.producer == Tokenizer().producer)
    }

    @Test func runsPrerequisitesOfAnAskedStage() {
        let annotated = Pipeline(stages: [.sentence]).annotate(document)
        #expect(annotated[layer: .token] != nil)
        #expect(annotated[layer: .sentence] != nil)
        #expect(annotated[layer: .entity] == nil)
    }

    @Test func keepsLayersFedInFromElsewhere() {
        // Gold tokens that split differently from the tokenizer ("Takeshi Iwaya" as one token) are kept.
        let marked = MarkedText("⟦Defense⟧ ⟦Minister⟧ ⟦Takeshi Iwaya⟧ ⟦met⟧ ⟦NATO⟧ ⟦officials⟧⟦.⟧ ⟦They⟧ ⟦talked⟧⟦.⟧")
        let input = AnnotatedDocument(document, layers: [AnnotationLayer(.token, spans: marked.spans)])
        let annotated = Pipeline(stages: [.entity]).annotate(input)
        #expect(annotated[layer: .token]?.spans == marked.spans)
        #expect(annotated[layer: .sentence]?.spans.count == 2)
        #expect(annotated[layer: .entity] != nil)
    }

    @Test func replacesTheLayerOfAnAskedStage() {
        let stale = AnnotatedDocument(document, layers: [AnnotationLayer(.token, spans: [Span(0, 7)])])
        let annotated = Pipeline(stages: [.token]).annotate(stale)
        #expect(annotated[layer: .token]?.spans == Tokenizer().tokenize(document))
    }

    @Test func neverEditsTheText() {
        let tricky = Document(id: "t", text: "\u{FEFF}Kim\r\n\r\nJong\u{A0}Un 😀 e\u{301}\u{0}")
        let annotated = Pipeline().annotate(tricky)
        #expect(Array(annotated.document.text.utf8) == Array(tricky.text.utf8))
    }
}
