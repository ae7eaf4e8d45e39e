import CorpusModel
@testable import EntityTagging
import Foundation
import SentenceSplitting
import TestSupport
import Testing
import Tokenization

/// Runs the tokenizer, the splitter and the tagger as the pipeline does.
func tagWithPipeline(_ text: String, tagger: EntityTagger = EntityTagger()) -> [Annotation] {
    let document = Document(id: "case", text: text)
    let tokens = Tokenizer().tokenize(document)
    let sentences = SentenceSplitter().split(document, tokens: tokens)
    return tagger.tag(document, tokens: tokens, sentences: sentences)
}

@Suite("Tagger cases from Cases/tagger.txt (built-in rules)")
struct TaggerCaseTests {
    static let cases: [CaseFile.Case] = {
        guard let url = Bundle.module.url(forResource: "Cases/tagger", withExtension: "txt") else { return [] }
        return (try? CaseFile.load(url)) ?? []
    }()

    @Test func caseFileLoads() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func tagsAsMarked(_ testCase: CaseFile.Case) {
        let expected = MarkedText(testCase.marked)
        let found = tagWithPipeline(expected.text)
        #expect(
            MarkedText(text: expected.text, annotations: found) == expected,
            "\(testCase.location): got \(MarkedText(text: expected.text, annotations: found))")
    }
}

@Suite("Tagger guarantees")
struct TaggerGuaranteeTests {
    @Test(arguments: [
        "", " \n ", "🙂🙂 ⟦x⟧ Ω", "\u{FEFF}Japan\r\nChina", "A\u{301}ngstrom met Ünal Öztürk in İzmir.",
        String(repeating: "Alpha Beta Gamma Delta ", count: 200), "(((( )))) -- -- \"\" '' `` ..",
    ])
    func entitiesAreSortedNonOverlappingWholeTokens(_ text: String) {
        let document = Document(id: "x", text: text)
        let tokens = Tokenizer().tokenize(document)
        let entities = tagWithPipeline(text)
        let starts = Set(tokens.map(\.start))
        let ends = Set(tokens.map(\.end))
        for (index, entity) in entities.enumerated() {
            #expect(starts.contains(entity.span.start) && ends.contains(entity.span.end))
            #expect(["PER", "LOC", "ORG", "MISC"].contains(entity.label ?? ""))
            if index > 0 { #expect(entities[index - 1].span.end <= entity.span.start) }
        }
        #expect(throws: Never.self) { try AnnotationLayer(.entity, annotations: entities).validate(in: document) }
    }

    @Test func entityLayerRecordsTheProducer() {
        let tagger = EntityTagger()
        let document = Document(id: "x", text: "Japan")
        let layer = tagger.entityLayer(document, tokens: [Span(0, 5)], sentences: [Span(0, 5)])
        #expect(layer.name == .entity)
        #expect(layer.producer == Producer(tool: "corpuskit-tagger", version: CorpusKitVersion.current))
        #expect(layer.annotations == [Annotation(Span(0, 5), label: "LOC")])
    }

    @Test func noTokensNoEntities() {
        #expect(EntityTagger().tag(Document(id: "x", text: "Japan"), tokens: [], sentences: []).isEmpty)
    }

    @Test func entitiesNeverCrossASentence() {
        // "New" ends one sentence, "York" starts the next: no "New York" across the boundary.
        let document = Document(id: "x", text: "New\nYork")
        let found = EntityTagger().tag(document, tokens: [Span(0, 3), Span(4, 8)], sentences: [Span(0, 3), Span(4, 8)])
        #expect(!found.contains { $0.span == Span(0, 8) })
    }
}
