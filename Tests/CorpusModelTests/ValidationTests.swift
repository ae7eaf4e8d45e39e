import CorpusModel
import Testing

@Suite("Layer validation")
struct ValidationTests {
    let document = Document(id: "d", text: "Zürich is big.")  // ü is two bytes: 15 bytes in all

    @Test func acceptsAWellFormedLayer() throws {
        try AnnotationLayer(.token, spans: [Span(0, 7), Span(8, 10), Span(11, 14), Span(14, 15)]).validate(in: document)
    }

    @Test(arguments: [
        (AnnotationLayer(.token, spans: [Span(0, 7), Span(8, 16)]), 1, AnnotationProblem.outOfRange(textLength: 15)),
        (AnnotationLayer(.token, spans: [Span(0, 2)]), 0, .notOnScalarBoundary),
        (AnnotationLayer(.token, spans: [Span(8, 10), Span(0, 7)]), 1, .outOfOrder),
        (AnnotationLayer(.sentence, spans: [Span(0, 10), Span(8, 15)]), 1, .overlapsPrevious),
    ])
    func reportsTheFirstBadAnnotation(layer: AnnotationLayer, index: Int, problem: AnnotationProblem) {
        #expect(throws: CorpusModelError.invalidAnnotation(layer: layer.name, index: index, span: layer.annotations[index].span, problem: problem)) {
            try layer.validate(in: document)
        }
    }

    @Test func entitiesMayOverlap() throws {
        try AnnotationLayer(.entity, annotations: [Annotation(Span(0, 10), label: "LOC"), Annotation(Span(8, 10), label: "MISC")])
            .validate(in: document)
    }

    @Test func messageNamesLayerAndAnnotation() {
        let error = CorpusModelError.invalidAnnotation(layer: .token, index: 2, span: Span(3, 9), problem: .overlapsPrevious)
        #expect(error.description == "error: token annotation #3 (UTF-8 bytes 3..<9): overlaps the previous annotation")
    }
}

@Suite("Document equality compares bytes")
struct DocumentEqualityTests {
    @Test func canonicallyEquivalentTextsAreDifferentDocuments() {
        let composed = Document(id: "d", text: "caf\u{E9}")
        let decomposed = Document(id: "d", text: "cafe\u{301}")
        #expect(composed.text == decomposed.text)  // Swift's String equality: canonical equivalence
        #expect(composed != decomposed)  // but the offsets differ, so the documents do
        #expect(Set([composed, decomposed]).count == 2)
        #expect(composed == Document(id: "d", text: "caf\u{E9}"))
    }
}

@Suite("ConcurrentJobs keeps job order")
struct ConcurrentJobsTests {
    @Test(arguments: [0, 1, 2, 7, 1000])
    func resultsComeBackInIndexOrder(count: Int) {
        let squares = ConcurrentJobs.map(count: count) { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
    }

    @Test func oneThreadRunsInOrder() {
        #expect(ConcurrentJobs.map(count: 5, threads: 1) { $0 + 1 } == [1, 2, 3, 4, 5])
    }
}
