@testable import Evaluation
import CorpusModel
import Testing
import TestSupport

@Suite("One-to-one alignment of gold and system spans")
struct AlignerTests {
    func align(_ gold: String, _ system: String) -> [AlignedPair.Kind] {
        let goldSpans = MarkedText(gold).annotations.map { LabeledSpan($0.span, label: $0.label ?? "") }.sorted()
        let systemSpans = MarkedText(system).annotations.map { LabeledSpan($0.span, label: $0.label ?? "") }.sorted()
        return Aligner.align(gold: goldSpans, system: systemSpans).map(\.kind)
    }

    @Test func adjacentEntitiesOfOneLabelStayTwo() {
        // Two gold PER, one system PER over both: one overlap pair, one missed.
        #expect(align("⟦PER|Kim⟧ ⟦PER|Lee⟧ spoke", "⟦PER|Kim Lee⟧ spoke") == [.wrongBoundary, .missed])
    }

    @Test func sameLabelOverlapWinsOverLargerOtherLabelOverlap() {
        // The system span overlaps gold LOC a lot and gold PER a little; the same label is preferred.
        #expect(align("⟦LOC|New York⟧ ⟦PER|Times⟧", "New ⟦PER|York Times⟧") == [.missed, .wrongBoundary])
    }

    @Test func duplicatesPairAsAMultiset() {
        // Gold has the span twice (PER and LOC); the system has it once as LOC: one match, one missed.
        let gold = [LabeledSpan(Span(0, 3), label: "PER"), LabeledSpan(Span(0, 3), label: "LOC")].sorted()
        let system = [LabeledSpan(Span(0, 3), label: "LOC")]
        #expect(Aligner.align(gold: gold, system: system).map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.match, .missed])
    }

    @Test func nestedSpansOverlap() {
        #expect(align("⟦ORG|Bank of Korea⟧", "Bank of ⟦LOC|Korea⟧") == [.wrongBoundary])
    }

    @Test func everySpanAppearsOnce() {
        let pairs = handWorkedPair.gold.map { gold in
            Aligner.align(
                gold: LabeledSpan.spans(of: gold, options: .init()) ?? [],
                system: LabeledSpan.spans(of: handWorkedPair.system!, options: .init()) ?? [])
        } ?? []
        #expect(pairs.compactMap(\.gold).count == 4)
        #expect(pairs.compactMap(\.system).count == 4)
        #expect(pairs.map(\.kind) == [.wrongBoundary, .wrongLabel, .match, .spurious, .missed])
    }
}
