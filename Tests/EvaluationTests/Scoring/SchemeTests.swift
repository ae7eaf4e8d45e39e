import CorpusModel
import Evaluation
import Testing

@Suite("Schemes, averages and per-label rows, counted by hand")
struct SchemeTests {
    let evaluation = try! Scorer.score(pairs: [handWorkedPair])

    @Test func tallyOfEveryOutcome() {
        var expected = OutcomeTally()
        expected.exactSameLabel = 1  // Hanoi
        expected.exactOtherLabel = 1  // Trump PER → ORG
        expected.overlapSameLabel = 1  // Kim Jong Un → Kim Jong
        expected.missed = 1  // Moon
        expected.spurious = 1  // Monday
        #expect(evaluation.tally == expected)
        #expect(evaluation.tally.gold == 4 && evaluation.tally.system == 4)
    }

    @Test func everySchemeByHand() {
        // POS = ACT = 4 in every scheme.
        // conll/strict: COR 1 (Hanoi), INC 2 (Trump, Kim), MIS 1, SPU 1 → P = R = 1/4
        #expect(evaluation.counts(.conll) == MatchCounts(correct: 1, incorrect: 2, missed: 1, spurious: 1))
        #expect(evaluation.counts(.strict) == evaluation.counts(.conll))
        #expect(evaluation.counts(.conll).scores == Scores(precision: 0.25, recall: 0.25))
        // exact: Hanoi and Trump have the right boundaries → COR 2, INC 1 (Kim) → 2/4
        #expect(evaluation.counts(.exact) == MatchCounts(correct: 2, incorrect: 1, missed: 1, spurious: 1))
        #expect(evaluation.counts(.exact).scores.f1 == 0.5)
        // partial: COR 2, PAR 1 → (2 + ½) / 4 = 0.625 for P and R
        #expect(evaluation.counts(.partial) == MatchCounts(correct: 2, partial: 1, missed: 1, spurious: 1))
        #expect(evaluation.counts(.partial).scores == Scores(precision: 0.625, recall: 0.625))
        #expect(evaluation.counts(.partial).truePositives == 2.5)
        #expect(evaluation.counts(.partial).falsePositives == 1.5)
        // type: overlap with the right label counts → COR 2 (Hanoi, Kim), INC 1 (Trump) → 2/4
        #expect(evaluation.counts(.type) == MatchCounts(correct: 2, incorrect: 1, missed: 1, spurious: 1))
    }

    @Test func perLabelRowsAlignEachLabelAlone() {
        // PER alone: gold Kim Jong Un, Trump, Moon; system Kim Jong → INC 1, MIS 2 → P 0/1, R 0/3
        #expect(evaluation.counts(.conll, label: "PER") == MatchCounts(incorrect: 1, missed: 2))
        // partial PER: PAR 1, MIS 2 → P = ½/1, R = ½/3
        #expect(evaluation.counts(.partial, label: "PER").scores == Scores(precision: 0.5, recall: 0.5 / 3))
        // ORG alone: the system's Trump is spurious; LOC: Hanoi correct, Monday spurious → P ½, R 1, F 2/3
        #expect(evaluation.counts(.conll, label: "ORG") == MatchCounts(spurious: 1))
        #expect(evaluation.counts(.conll, label: "LOC").scores == Scores(precision: 0.5, recall: 1))
        #expect(evaluation.labels == ["LOC", "ORG", "PER"])
    }

    @Test func macroAverageIsTheMeanOfTheLabels() {
        // LOC (P ½, R 1, F ⅔), ORG (0, 0, 0), PER (0, 0, 0)
        let macro = evaluation.macroAverage(.conll)
        #expect(macro == Scores(precision: 0.5 / 3, recall: 1.0 / 3, f1: (2.0 / 3) / 3))
    }

    @Test func labelMapAndFilterApplyToBothSides() throws {
        let pair = markedPair(gold: "⟦GPE|Seoul⟧ and ⟦PER|Kim⟧", system: "⟦LOC|Seoul⟧ and ⟦PER|Kim⟧")
        let mapped = try Scorer.score(pairs: [pair], options: ScoringOptions(labelMap: LabelMap(["GPE": "LOC"])))
        #expect(mapped.counts(.conll) == MatchCounts(correct: 2))
        let onlyPER = try Scorer.score(pairs: [pair], options: ScoringOptions(labels: ["PER"]))
        #expect(onlyPER.counts(.conll) == MatchCounts(correct: 1))
        #expect(onlyPER.labels == ["PER"])
    }

    @Test func sentenceSpansAreTrimmedOfWhiteSpace() throws {
        // The gold sentence includes its trailing space and line break; the system's does not.
        let pair = markedPair(
            gold: "⟦Kim left. ⟧⟦\u{3000}Lee stayed.\n⟧", system: "⟦Kim left.⟧ \u{3000}⟦Lee stayed.⟧\n", layer: .sentence)
        let evaluation = try Scorer.score(pairs: [pair], options: ScoringOptions(layer: .sentence))
        #expect(evaluation.counts(.conll) == MatchCounts(correct: 2))
        #expect(evaluation.labels == ["sentence"])
    }

    @Test func tokenLayerScoresExactSpans() throws {
        let pair = markedPair(gold: "⟦Dr.⟧ ⟦Lee⟧ ⟦left⟧⟦.⟧", system: "⟦Dr⟧⟦.⟧ ⟦Lee⟧ ⟦left.⟧", layer: .token)
        let evaluation = try Scorer.score(pairs: [pair], options: ScoringOptions(layer: .token))
        // Lee matches. Overlaps pair by size: left/left. (4 bytes), then Dr./Dr (2); gold "." and system "."
        // are left with partners already taken: missed and spurious. gold 4, system 4 → P = R = 1/4
        #expect(evaluation.counts(.conll) == MatchCounts(correct: 1, incorrect: 2, missed: 1, spurious: 1))
    }

    @Test func missingDocumentsCountAsMissedOrSpurious() throws {
        let gold = handWorkedPair.gold!
        let system = handWorkedPair.system!
        let other = AnnotatedDocument(Document(id: "other", text: gold.document.text), layers: gold.orderedLayers)
        let pairs = try DocumentPair.pair(gold: [gold, other], system: [system], allowMissing: true)
        let evaluation = try Scorer.score(pairs: pairs)
        #expect(evaluation.documents.map(\.presence) == [.both, .goldOnly])
        #expect(evaluation.counts(.conll).missed == 1 + 4)
    }
}
