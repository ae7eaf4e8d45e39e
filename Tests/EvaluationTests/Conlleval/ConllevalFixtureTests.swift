import Evaluation
import Testing

/// Scores a conlleval-format text and renders conlleval's report.
func conlleval(_ text: String, options: ConllevalOptions = .init()) throws -> (evaluation: Evaluation, report: String) {
    let input = try ConllevalReader.read(text, path: "test.txt", options: options)
    let evaluation = try Scorer.score(pairs: input.documents, accuracy: input.accuracy)
    return (evaluation, ConllevalReport.render(evaluation))
}

@Suite("conlleval's figures on tiny fixtures, worked out by hand")
struct ConllevalFixtureTests {
    @Test func iob2() throws {
        // gold chunks: PER [a b], ORG [d e]                     → 2
        // system chunks: PER [a b], LOC [c], ORG [d]            → 3 found, 1 correct (PER)
        // precision 1/3 = 33.33%, recall 1/2 = 50.00%, FB1 = 2·33.33·50/(33.33+50) = 40.00
        // accuracy: tags equal on a, b, d → 3/5 = 60.00%
        let (evaluation, report) = try conlleval("""
            a x B-PER B-PER
            b x I-PER I-PER
            c x O B-LOC

            d x B-ORG B-ORG
            e x I-ORG O
            """)
        #expect(evaluation.counts(.conll) == MatchCounts(correct: 1, incorrect: 1, missed: 0, spurious: 1))
        #expect(report == """
            processed 5 tokens with 2 phrases; found: 3 phrases; correct: 1.
            accuracy:  60.00%; precision:  33.33%; recall:  50.00%; FB1:  40.00
                          LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                          ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                          PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1

            """)
    }

    @Test func iob1() throws {
        // IOB1: I- opens a chunk after O; B- only separates two chunks of one type.
        // gold: PER [John Smith] (O→I starts), PER [Mary Jones] (I→B ends and starts), LOC [Paris] → 3
        // system, all I-: PER [John Smith Mary Jones], LOC [Paris]                                  → 2
        // correct: LOC only → precision 1/2 = 50.00%, recall 1/3 = 33.33%, FB1 = 40.00
        // accuracy: every tag equal but Mary's (B-PER vs I-PER) → 5/6 = 83.33%
        let (_, report) = try conlleval("""
            John I-PER I-PER
            Smith I-PER I-PER
            Mary B-PER I-PER
            Jones I-PER I-PER
            in O O
            Paris I-LOC I-LOC
            """)
        #expect(report == """
            processed 6 tokens with 3 phrases; found: 2 phrases; correct: 1.
            accuracy:  83.33%; precision:  50.00%; recall:  33.33%; FB1:  40.00
                          LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                          PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1

            """)
    }

    @Test func strayInsideTagOpensAChunk() throws {
        // system "O I-LOC I-LOC": the stray I- opens LOC [New York], which equals gold's B-LOC I-LOC chunk.
        // system "B-PER I-LOC": the type changes, so PER [Kim] and LOC [Jong]; gold has PER [Kim Jong].
        // gold 2, found 3, correct 1 → precision 33.33%, recall 50.00%, FB1 40.00
        // accuracy: equal on in, York, today, Kim → 4/6 = 66.67%
        let (_, report) = try conlleval("""
            in O O
            New B-LOC I-LOC
            York I-LOC I-LOC
            today O O

            Kim B-PER B-PER
            Jong I-PER I-LOC
            """)
        #expect(report.hasPrefix("""
            processed 6 tokens with 2 phrases; found: 3 phrases; correct: 1.
            accuracy:  66.67%; precision:  33.33%; recall:  50.00%; FB1:  40.00

            """))
    }

    @Test func adjacentEntitiesOfOneLabelStayTwo() throws {
        // gold B-PER B-PER: two chunks [Kim] [Lee]; system B-PER I-PER: one chunk [Kim Lee].
        // gold 2, found 1, correct 0 → all zero; accuracy 1/2 = 50.00%
        let (evaluation, report) = try conlleval("""
            Kim B-PER B-PER
            Lee B-PER I-PER
            """)
        #expect(evaluation.counts(.conll) == MatchCounts(incorrect: 1, missed: 1))
        #expect(report == """
            processed 2 tokens with 2 phrases; found: 1 phrases; correct: 0.
            accuracy:  50.00%; precision:   0.00%; recall:   0.00%; FB1:   0.00
                          PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1

            """)
    }

    @Test func ioe() throws {
        // IOE1: E- ends a chunk followed by one of the same type.
        // gold: PER [Kim Lee] (E→I ends and starts), PER [Park], ORG [Bank Corp] → 3
        // system: PER [Kim Lee Park] (no E), ORG [Bank Corp]                       → 2
        // correct: ORG → precision 1/2 = 50.00%, recall 1/3 = 33.33%, FB1 40.00
        // accuracy: Lee differs → 5/6 = 83.33%
        let (_, report) = try conlleval("""
            Kim I-PER I-PER
            Lee E-PER I-PER
            Park I-PER I-PER
            of O O
            Bank I-ORG I-ORG
            Corp E-ORG E-ORG
            """)
        #expect(report == """
            processed 6 tokens with 3 phrases; found: 2 phrases; correct: 1.
            accuracy:  83.33%; precision:  50.00%; recall:  33.33%; FB1:  40.00
                          ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                          PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1

            """)
    }

    @Test func bioesTagsAreIgnoredAsConllevalIgnoresThem() throws {
        // conlleval has no rule for S-, nor for B- after E-: within one type only the start counts.
        // gold B-PER E-PER S-PER: one chunk [Kim Lee Park] (E after B, S after E: no start, no end).
        // system S-PER S-PER S-PER: one chunk [Kim Lee Park] (S after S: no start, no end).
        // gold 1, found 1, correct 1 → 100% — although the tags describe two and three entities.
        // accuracy: Park only → 1/3 = 33.33%
        let (_, report) = try conlleval("""
            Kim B-PER S-PER
            Lee E-PER S-PER
            Park S-PER S-PER
            """)
        #expect(report == """
            processed 3 tokens with 1 phrases; found: 1 phrases; correct: 1.
            accuracy:  33.33%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                          PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1

            """)
    }

    @Test func emptySystem() throws {
        // gold 2, found 0: precision is 0 (conlleval prints 0 when nothing is found), recall 0/2, FB1 0.
        // The per-type rows list found = 0. accuracy: only "said" → 1/3 = 33.33%
        let (_, report) = try conlleval("""
            Kim B-PER O
            said O O
            Seoul B-LOC O
            """)
        #expect(report == """
            processed 3 tokens with 2 phrases; found: 0 phrases; correct: 0.
            accuracy:  33.33%; precision:   0.00%; recall:   0.00%; FB1:   0.00
                          LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
                          PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  0

            """)
    }

    @Test func emptyGold() throws {
        // gold 0, found 1: precision 0/1, recall 0 (no gold), FB1 0; accuracy 1/2 = 50.00%
        let (_, report) = try conlleval("""
            Kim O B-PER
            said O O
            """)
        #expect(report == """
            processed 2 tokens with 0 phrases; found: 1 phrases; correct: 0.
            accuracy:  50.00%; precision:   0.00%; recall:   0.00%; FB1:   0.00
                          PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1

            """)
    }

    @Test func nothingOnEitherSide() throws {
        // No phrases at all: every division is by zero; conlleval prints zeros and no type rows.
        let (evaluation, report) = try conlleval("a O O\nb O O\n")
        #expect(evaluation.counts(.conll).scores == Scores(precision: 0, recall: 0, f1: 0))
        #expect(report == """
            processed 2 tokens with 0 phrases; found: 0 phrases; correct: 0.
            accuracy: 100.00%; precision:   0.00%; recall:   0.00%; FB1:   0.00

            """)
    }

    @Test func boundariesAndDocumentStarts() throws {
        // -DOCSTART- lines are tokens for the accuracy line (2 of them here) and cut documents;
        // a -X- line or a blank line is a boundary and no token. Chunks: gold PER [A], LOC [B], PER [C];
        // system PER [A], LOC [B], LOC [C]. 3 gold, 3 found, 2 correct → P = R = F = 66.67%.
        // tokens: 2 document starts + A B C = 5; tags equal on all but C → 4/5 = 80.00%
        let (evaluation, report) = try conlleval("""
            -DOCSTART- -X- O O

            A NNP B-PER B-PER
            -X- -X- O O
            B NNP B-LOC B-LOC
            -DOCSTART- -X- O O
            C NNP B-PER B-LOC
            """)
        #expect(evaluation.documents.map(\.id) == ["test.txt:1", "test.txt:6"])
        #expect(evaluation.documents.map(\.document.text) == ["A\nB", "C"])
        #expect(report.hasPrefix("""
            processed 5 tokens with 3 phrases; found: 3 phrases; correct: 2.
            accuracy:  80.00%; precision:  66.67%; recall:  66.67%; FB1:  66.67

            """))
    }

    @Test func delimiterAndRawTags() throws {
        // -d: tab-separated columns keep the space inside "New York"; -r: tags are bare types, each
        // non-O token a chunk of its own. gold: LOC [New York], LOC [Seoul]; system: LOC [New York], PER [Seoul]
        // → 2 gold, 2 found, 1 correct → 50.00% each; accuracy 2/3 = 66.67%
        let options = ConllevalOptions(delimiter: ConllevalOptions.delimiter(parsing: "\\t"), rawTags: true)
        let (evaluation, report) = try conlleval("New York\tLOC\tLOC\r\nand\tO\tO\r\nSeoul\tLOC\tPER\r\n", options: options)
        #expect(evaluation.documents.first?.document.text == "New York and Seoul")
        #expect(report.hasPrefix("""
            processed 3 tokens with 2 phrases; found: 2 phrases; correct: 1.
            accuracy:  66.67%; precision:  50.00%; recall:  50.00%; FB1:  50.00

            """))
    }

    @Test func linesWhereConllevalsCountingMayDifferAreFlagged() throws {
        // Typeless S: "S" has conlleval's type "" like "O", so the chunk it continues stays open across the O
        // on line 3 (no rule ends it), and B on line 4 opens a chunk while that one is still open.
        let input = try ConllevalReader.read("a B B\nb S S\nc O O\nd B B\n", path: "t.txt")
        #expect(input.divergentLines == [3, 4])
        // Typed IOB2 never diverges.
        #expect(try ConllevalReader.read("a B-X B-X\nb O O\nc B-X I-X\n", path: "t.txt").divergentLines.isEmpty)
    }

    @Test func declaredSchemeReadsSingletonsAndNotesViolations() throws {
        // bioes: gold PER [Kim Lee], PER [Park]; system PER [Kim], PER [Lee], PER [Park] → correct 1 (Park)
        // gold 2, found 3 → P 1/3, R 1/2. The system's E-PER after S-PER breaks bioes (read as S-PER).
        let input = try ConllevalReader.read(
            "Kim B-PER S-PER\nLee E-PER E-PER\nPark S-PER S-PER\n", path: "t.txt", options: ConllevalOptions(tagScheme: .bioes))
        let evaluation = try Scorer.score(pairs: input.documents, accuracy: input.accuracy)
        #expect(evaluation.counts(.conll) == MatchCounts(correct: 1, incorrect: 1, spurious: 1))
        #expect(input.violations.map(\.description) == ["line 2: system tag E-PER after S-PER: a one-token bioes entity is S-PER"])
        #expect(input.tagScheme == .bioes)
    }
}
