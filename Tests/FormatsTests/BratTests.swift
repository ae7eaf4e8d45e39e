import CorpusModel
import Foundation
import Testing
import TestSupport

@testable import Formats

/// `.ann` lines for the labelled spans of marked text, offsets counted in Unicode scalars the way Python
/// counts them (independently of ``OffsetTable``).
func annLines(_ marked: MarkedText) -> String {
    let bytes = Array(marked.text.utf8)
    func scalars(_ offset: Int) -> Int { String(decoding: bytes[0..<offset], as: UTF8.self).unicodeScalars.count }
    return marked.annotations.enumerated().map { index, annotation in
        let covered = String(decoding: bytes[annotation.span.start..<annotation.span.end], as: UTF8.self)
        return "T\(index + 1)\t\(annotation.label ?? "") \(scalars(annotation.span.start)) \(scalars(annotation.span.end))\t\(covered)\n"
    }.joined()
}

@Suite("brat .ann")
struct BratTests {
    static let path = "gold.ann"

    private func read(_ ann: String, _ text: String, discontinuous: Brat.DiscontinuousSpans = .coveringSpan) throws -> BratAnnotations {
        try Brat.read(Array(ann.utf8), document: Document(id: "d", text: text), path: Self.path, discontinuous: discontinuous)
    }

    @Test(arguments: [
        "⟦LOC|Japan⟧ and the ⟦LOC|U.S.⟧ agreed.",
        "\u{FEFF}😀 ⟦LOC|Zu\u{308}rich⟧ 👩‍👩‍👧 ⟦PER|Kim Jong Un⟧\r\n⟦ORG|日本銀行⟧",
        "⟦MISC|a\"b\\c⟧ and ⟦X|tab\there⟧",
    ])
    func readsTextBoundAnnotations(marks: String) throws {
        let marked = MarkedText(marks)
        let result = try read(annLines(marked), marked.text)
        #expect(result.entities == AnnotationLayer(.entity, annotations: marked.annotations))
        #expect(result.ids == marked.annotations.indices.map { "T\($0 + 1)" })
        #expect(result.skippedLines.isEmpty && result.warnings.isEmpty)
    }

    @Test func sortsByDocumentOrderKeepingFileOrderForEqualSpans() throws {
        let text = "Bank of Japan"
        let ann = "T5\tORG 0 13\tBank of Japan\nT2\tLOC 8 13\tJapan\nT1\tMISC 0 13\tBank of Japan\n"
        let result = try read(ann, text)
        #expect(result.ids == ["T5", "T1", "T2"])
        #expect(result.entities.annotations.map(\.label) == ["ORG", "MISC", "LOC"])
    }

    @Test func multiLineSpansAreQuotedWithSpaces() throws {
        let marked = MarkedText("⟦ORG|Bank of\nJapan⟧ and ⟦ORG|Bank\r\nof\u{2028}Korea⟧")
        let ann = "T1\tORG 0 13\tBank of Japan\nT2\tORG 18 32\tBank  of Korea\n"
        #expect(try read(ann, marked.text).entities.annotations == marked.annotations)
        #expect(try Brat.write(AnnotationLayer(.entity, annotations: marked.annotations), in: Document(id: "d", text: marked.text)) == ann)
    }

    /// `North and South Korea` with the fragments `North` and `Korea` of one discontinuous entity.
    static var fragments: MarkedText { MarkedText("⟦LOC|North⟧ and South ⟦LOC|Korea⟧") }
    static var fragmentOffsets: String { annLines(fragments).split(separator: "\n").map { $0.split(separator: "\t")[1].dropFirst(4) }
        .joined(separator: ";") }

    @Test func discontinuousSpansBecomeTheirCoveringSpanWithAWarning() throws {
        let ann = "T1\tLOC \(Self.fragmentOffsets)\tNorth Korea\n"
        let result = try read(ann, Self.fragments.text)
        let covering = Span(Self.fragments.spans[0].start, Self.fragments.spans[1].end)
        #expect(result.entities.annotations == [Annotation(covering, label: "LOC")])
        let message = "T1: discontinuous span \(Self.fragmentOffsets) read as its covering span 0 \(Self.fragments.text.unicodeScalars.count)"
        #expect(result.warnings == [BratWarning(path: Self.path, line: 1, kind: .discontinuousSpan, message: message)])
        #expect(result.warnings.first?.description == "gold.ann:1: warning: " + message)
    }

    /// brat's tools split a span that crosses line breaks into fragments that skip them (`annalign.py`).
    @Test(arguments: ["⟦ORG|Bank of⟧\r\n⟦ORG|Japan⟧", "⟦ORG|Bank⟧\n\u{2028}\n⟦ORG|of⟧\u{85}⟦ORG|Japan⟧ said"])
    func fragmentsSplitAtLineBreaksAreOneSpan(marks: String) throws {
        let fragments = MarkedText(marks)
        let offsets = annLines(fragments).split(separator: "\n").map { $0.split(separator: "\t")[1].dropFirst(4) }.joined(separator: ";")
        let quoted = fragments.annotations.map { fragments.text.utf8.dropFirst($0.span.start).prefix($0.span.length) }
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        let expected = [Annotation(Span(fragments.spans[0].start, fragments.spans.last?.end ?? 0), label: "ORG")]
        for policy in [Brat.DiscontinuousSpans.coveringSpan, .error] {
            let result = try read("T1\tORG \(offsets)\t\(quoted)\n", fragments.text, discontinuous: policy)
            #expect(result.entities.annotations == expected)
            #expect(result.warnings.isEmpty)
        }
    }

    @Test func discontinuousSpansCanBeRejected() {
        let errorCase = ErrorCase(
            "T1\tLOC ‸\(Self.fragmentOffsets)\tNorth Korea\n",
            "T1: discontinuous span \(Self.fragmentOffsets) (only continuous spans are accepted here)")
        #expect(throws: errorCase.expected(path: Self.path)) { try read(errorCase.input, Self.fragments.text, discontinuous: .error) }
    }

    @Test func otherLineKindsAreSkipped() throws {
        let ann = """
            T1\tPER 0 3\tKim\r
            A1\tNegated T1\r
            M2\tConfidence T1 High\r

            R1\tMet Arg1:T1 Arg2:T2\r
            T2\tPER 8 13\tTrump\r
            E1\tMeet:T3 Agent:T1\r
            N1\tReference T1 Wikipedia:534366\tKim\r
            #1\tAnnotatorNotes T1\ta note\twith a tab\r
            *\tEquiv T1 T2\r
            *\tEquiv T2 T1\r
            X1\tsomething else\r
            \t\r

            """
        let result = try read(ann, "Kim met Trump")
        #expect(result.ids == ["T1", "T2"])
        #expect(result.skippedLines == [
            BratSkippedLine(line: 2, id: "A1", kind: .attribute), BratSkippedLine(line: 3, id: "M2", kind: .attribute),
            BratSkippedLine(line: 5, id: "R1", kind: .relation), BratSkippedLine(line: 7, id: "E1", kind: .event),
            BratSkippedLine(line: 8, id: "N1", kind: .normalization), BratSkippedLine(line: 9, id: "#1", kind: .note),
            BratSkippedLine(line: 10, id: "*", kind: .equivalence), BratSkippedLine(line: 11, id: "*", kind: .equivalence),
        ])
        #expect(result.warnings == [BratWarning(path: Self.path, line: 12, kind: .unknownLine, message: "skipped a line with the unknown annotation id \"X1\" (brat reads it as a comment)")])
    }

    /// The text of the error cases; `{hanoi}` in a case stands for the offsets of `Hanoi`, `{space}` for
    /// those of the space before it, `{length}` for the text's length (all in Unicode scalars).
    static var errorMarks: MarkedText { MarkedText("Kim met Trump in 😀⟦ ⟧⟦Hanoi⟧") }
    static func fill(_ template: String) -> String {
        let offsets = annLines(errorMarks).split(separator: "\n").map { String($0.split(separator: "\t")[1].dropFirst(1)) }
        let (space, hanoi) = (offsets[0].split(separator: " "), offsets[1].split(separator: " "))
        return template.replacingOccurrences(of: "{hanoi}", with: offsets[1])
            .replacingOccurrences(of: "{space+hanoi}", with: "\(space[0]) \(hanoi[1])")
            .replacingOccurrences(of: "{hanoi+1}", with: "\(hanoi[0]) \((Int(hanoi[1]) ?? 0) + 1)")
            .replacingOccurrences(of: "{length}", with: "\(errorMarks.text.unicodeScalars.count)")
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase("T1\tPER 0 3\tKim\n‸T2 PER 8 13 Trump\n", "expected an annotation id, a tab and the annotation, as in T1<TAB>LOC 0 5<TAB>Japan"),
        ErrorCase("‸\tPER 0 3\tKim\n", "expected an annotation id, a tab and the annotation, as in T1<TAB>LOC 0 5<TAB>Japan"),
        ErrorCase("T1\tPER 0 3\tKim\n‸T1\tPER 8 13\tTrump\n", "duplicate annotation id T1 (first on line 1)"),
        ErrorCase("R1\tMet Arg1:T1 Arg2:T2\n‸R1\tMet Arg1:T2 Arg2:T1\n", "duplicate annotation id R1 (first on line 1)"),
        ErrorCase("T1\tPER 0 3‸\n", "T1: missing the tab and the quoted text after the offsets"),
        ErrorCase("T1\t‸PER\tKim\n", "T1: expected a type and offsets, as in LOC 0 5"),
        ErrorCase("T1\t‸ 0 3\tKim\n", "T1: expected a type and offsets, as in LOC 0 5"),
        ErrorCase("T1\tPER ‸\tKim\n", "T1: expected an offset"),
        ErrorCase("T1\tPER ‸0x 3\tKim\n", "T1: invalid offset \"0x\" (expected a number of Unicode scalars)"),
        ErrorCase("T1\tPER 0 ‸-3\tKim\n", "T1: invalid offset \"-3\" (expected a number of Unicode scalars)"),
        ErrorCase("T1\tPER 0‸\tKim\n", "T1: expected a space and an end offset after the start offset 0"),
        ErrorCase("T1\tPER 0 3‸ \tKim\n", "T1: expected ';' or a tab after the span 0 3"),
        ErrorCase("T1\tPER 0 3;‸\tKim\n", "T1: expected an offset"),
        ErrorCase("T1\tPER ‸3 0\tKim\n", "T1: span 3 0 ends before it starts"),
        ErrorCase("T1\tPER ‸3 3\t\n", "T1: empty span 3 3"),
        ErrorCase("T1\tLOC ‸{hanoi+1}\tHanoi!\n", "T1: span {hanoi+1} ends past the end of the text ({length} Unicode scalars)"),
        ErrorCase("T1\tLOC {hanoi}\t‸Hanoj\n", "T1: the quoted text \"Hanoj\" differs from the document's \"Hanoi\" at {hanoi}"),
        ErrorCase("T1\tLOC {space+hanoi}\t‸Hanoi\n", "T1: the quoted text \"Hanoi\" differs from the document's \" Hanoi\" at {space+hanoi}"),
        ErrorCase("T1\tPER 0 3;8 13\t‸Kim  Trump\n", "T1: the quoted text \"Kim  Trump\" differs from the document's \"Kim Trump\" at 0 3;8 13"),
    ]

    @Test(arguments: errorCases)
    func reportsEachError(_ template: ErrorCase) {
        let errorCase = ErrorCase(Self.fill(template.marked), Self.fill(template.message))
        #expect(throws: errorCase.expected(path: Self.path)) { try read(errorCase.input, Self.errorMarks.text) }
    }

    @Test func reportsInvalidUTF8AndAByteOrderMark() {
        let document = Document(id: "d", text: Self.errorMarks.text)
        let (firstLine, secondLine) = ("T1\tPER 0 3\tKim\n", "T2\tPER 8 ")
        let badOffset = firstLine.utf8.count + secondLine.utf8.count
        let message = "invalid UTF-8 at byte offset \(badOffset)"
        #expect(throws: FormatError(path: Self.path, line: 2, column: secondLine.count + 1, message: message)) {
            try Brat.read(Array((firstLine + secondLine).utf8) + [0xFF], document: document, path: Self.path)
        }
        #expect(throws: FormatError(path: Self.path, line: 1, column: 1, message: "the input starts with a byte-order mark (U+FEFF); remove it")) {
            try Brat.read([0xEF, 0xBB, 0xBF] + Array("T1\tPER 0 3\tKim\n".utf8), document: document, path: Self.path)
        }
        #expect(throws: FormatError(path: "/nonexistent/x.ann", message: "cannot read file: no such file")) {
            try Brat.read(contentsOf: "/nonexistent/x.ann", document: document)
        }
    }

    @Test func writerBytesMatchTheGoldenFile() throws {
        let fixture = MarkedTextFixture.tokens
        let expected = try String(decoding: Data(contentsOf: goldenURL("standoff-basic.ann")), as: UTF8.self)
        #expect(try Brat.write(try #require(fixture[layer: .entity]), in: fixture.document) == expected)
        let read = try Brat.read(contentsOf: goldenURL("standoff-basic.ann").path, document: fixture.document)
        #expect(read.entities == fixture[layer: .entity])
    }

    @Test(arguments: 0..<300)
    func readOfWriteIsIdentity(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 2_000)
        let text = RandomDocuments.text(&random)
        let labels = ["PER", "LOC", "B-MISC", "é", "😀", "a\"b\\c;d"]
        let spans = RandomDocuments.spans(RandomDocuments.boundaries(text), tiling: seed % 2 == 0, nonEmpty: true, &random)
        let layer = AnnotationLayer(.entity, annotations: spans.map { Annotation($0, label: labels.randomElement(using: &random)) })
        let document = Document(id: "d", text: text)
        let ann = try Brat.write(layer, in: document)
        #expect(ann.utf8.filter { $0 == 0x0A }.count == spans.count)
        #expect(try Brat.read(Array(ann.utf8), document: document, path: "r.ann").entities == layer)
    }

    @Test(arguments: [
        (Annotation(Span(0, 3)), "entity annotation #1 (UTF-8 bytes 0..<3) has no label (brat needs a type)"),
        (Annotation(Span(0, 3), label: ""), "entity annotation #1 (UTF-8 bytes 0..<3) has no label (brat needs a type)"),
        (Annotation(Span(0, 3), label: "B PER"), "entity annotation #1 (UTF-8 bytes 0..<3) has the label \"B PER\", but a brat type cannot hold whitespace or control characters"),
        (Annotation(Span(0, 3), label: "B\u{0}"), "entity annotation #1 (UTF-8 bytes 0..<3) has the label \"B\u{0}\", but a brat type cannot hold whitespace or control characters"),
        (Annotation(Span(3, 3), label: "PER"), "entity annotation #1 (UTF-8 bytes 3..<3) is empty (brat spans cover at least one character)"),
        (Annotation(Span(0, 99), label: "PER"), "entity annotation #1 (UTF-8 bytes 0..<99) extends past the end of the text (13 bytes)"),
    ])
    func writerReportsWhatBratCannotHold(annotation: Annotation, message: String) {
        let document = Document(id: "d", text: "Kim met Trump", sourcePath: "Corpus/d.txt")
        #expect(throws: FormatError(path: "Corpus/d.txt", message: message)) {
            try Brat.write(AnnotationLayer(.entity, annotations: [annotation]), in: document)
        }
    }
}
