import CorpusModel
@testable import EntityTagging
import TestSupport
import Testing

@Suite("Building a gazetteer from annotated documents")
struct GazetteerBuilderTests {
    /// Adds a document whose tokens are its space-separated words and whose entities are the marked ones.
    func add(_ marked: String, to builder: inout GazetteerBuilder) {
        let text = MarkedText(marked)
        var tokens: [Span] = []
        var start: Int?
        for (offset, byte) in text.text.utf8.enumerated() {
            if byte == 0x20 {
                if let begin = start { tokens.append(Span(begin, offset)) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        if let begin = start { tokens.append(Span(begin, text.text.utf8.count)) }
        builder.add(Document(id: "d", text: text.text), tokens: tokens, entities: text.annotations)
    }

    @Test func keepsTheMostFrequentLabelAndDropsMostlyOtherPhrases() {
        var builder = GazetteerBuilder()
        add("⟦PER|May⟧ met ⟦LOC|Jordan⟧ in May and May", to: &builder)
        add("⟦PER|Jordan⟧ scored ; ⟦LOC|Jordan⟧ won ; ⟦LOC|New York⟧ ; New York Yankees", to: &builder)
        add("⟦ORG|New York Yankees⟧ lost to ⟦MISC|Jordan⟧", to: &builder)
        let entries = builder.entries()
        #expect(entries.map(\.phrase) == ["Jordan", "New York", "New York Yankees"])
        #expect(entries.map(\.label) == [.location, .location, .organization])
        #expect(entries[0].labelCount == 2 && entries[0].entityCount == 4 && entries[0].otherCount == 0)
        // "New York" inside the entity "New York Yankees" counts for neither side; inside the unlabelled
        // "New York Yankees" it counts against, as does that phrase: both tie and stay.
        #expect(entries[1].entityCount == 1 && entries[1].otherCount == 1)
        #expect(entries[2].entityCount == 1 && entries[2].otherCount == 1)
    }

    @Test func writesAGazetteerTheTaggerLoads() throws {
        var builder = GazetteerBuilder()
        add("⟦ORG|Grobnik Holdings⟧ rose", to: &builder)
        let text = builder.gazetteerText(sources: ["train.txt"])
        #expect(text.hasSuffix("# Format: CLASS<TAB>phrase\nORG\tGrobnik Holdings\n"))
        let rules = try TaggerRules.builtin.adding(gazetteer: text, path: "built.tsv")
        #expect(rules.counts.phrases == TaggerRules.builtin.counts.phrases + 1)
    }

    @Test func skipsOtherLabels() {
        var builder = GazetteerBuilder()
        add("⟦DATE|Monday⟧ came", to: &builder)
        #expect(builder.entries().isEmpty)
        #expect(builder.skippedLabelCounts == ["DATE": 1])
    }
}
