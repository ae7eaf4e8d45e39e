import CorpusModel
import Foundation
import Testing
import TestSupport

@testable import Formats


/// Random annotated documents over hostile text: astral scalars, combining marks, CRLF, a BOM, NUL,
/// control characters, quotes and backslashes, line separators, ZWJ emoji and flags.
enum RandomDocuments {
    static let pieces = [
        "a", "Zq", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{FEFF}", "e\u{301}", "😀", "👩‍👩‍👧", "🇯🇵", "\u{0}", "\"", "\\",
        "\u{2028}", "\u{2029}", "\u{85}", "\u{1}", "\u{1F}", "\u{7F}", "日本", "ü", "/", "\u{10FFFF}", "\u{FFFD}", ".", "Dr.",
        "\u{200D}", "𝔘",
    ]
    static let labels = ["PER", "LOC", "", "a\"b", "\\", "é", "😀", "line\nbreak", "\u{0}", "\u{2028}", "B-MISC"]
    static let names: [LayerName] = [.token, .sentence, .entity, "pos", "zz\"top", "ü"]

    /// A random text; about one in four starts with a byte-order mark.
    static func text(_ random: inout SeededGenerator) -> String {
        var text = Int.random(in: 0..<4, using: &random) == 0 ? "\u{FEFF}" : ""
        for _ in 0..<Int.random(in: 0...40, using: &random) { text += pieces.randomElement(using: &random) ?? "" }
        return text
    }

    /// The UTF-8 offsets at which scalars start, plus the end of the text.
    static func boundaries(_ text: String) -> [Int] {
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return offsets
    }

    /// Sorted spans on scalar boundaries; non-overlapping when `tiling` (empty spans included), else any.
    static func spans(_ boundaries: [Int], tiling: Bool, nonEmpty: Bool = false, _ random: inout SeededGenerator) -> [Span] {
        var spans: [Span] = []
        if tiling {
            var cuts = (0..<Int.random(in: 0...12, using: &random)).compactMap { _ in boundaries.randomElement(using: &random) }
            cuts.sort()
            if cuts.count % 2 == 1 { cuts.removeLast() }
            for pair in stride(from: 0, to: cuts.count, by: 2) where !nonEmpty || cuts[pair] < cuts[pair + 1] {
                spans.append(Span(cuts[pair], cuts[pair + 1]))
            }
        } else {
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                guard let a = boundaries.randomElement(using: &random), let b = boundaries.randomElement(using: &random)
                else { continue }
                if nonEmpty && a == b { continue }
                spans.append(Span(min(a, b), max(a, b)))
            }
            spans.sort()
        }
        return spans
    }

    /// A random annotated document.
    static func document(_ random: inout SeededGenerator, id: String = "doc") -> AnnotatedDocument {
        let text = text(&random)
        let boundaries = boundaries(text)
        var layers: [AnnotationLayer] = []
        for name in names where Bool.random(using: &random) {
            let spans = spans(boundaries, tiling: name.forbidsOverlap, &random)
            let annotations = spans.map { span in
                Annotation(
                    span, label: Bool.random(using: &random) ? labels.randomElement(using: &random) : nil,
                    attributes: Int.random(in: 0..<3, using: &random) == 0
                        ? ["k": labels.randomElement(using: &random) ?? "", "ä\"": "v", "": "\\"] : [:])
            }
            let producer = Bool.random(using: &random) ? Producer(tool: "tool/\(name)", version: "1.\u{0}\"") : nil
            layers.append(AnnotationLayer(name, annotations: annotations, producer: producer))
        }
        let sourcePath = Bool.random(using: &random) ? "Corpus/sub dir/ü\"\(id).txt" : nil
        return AnnotatedDocument(Document(id: id, text: text, sourcePath: sourcePath), layers: layers)
    }
}

/// Equality that also compares the text byte for byte (`String ==` treats canonically equivalent texts,
/// such as `é` and `e` + U+0301, as equal, although their offsets differ).
func sameBytes(_ lhs: AnnotatedDocument, _ rhs: AnnotatedDocument) -> Bool {
    lhs == rhs && Array(lhs.document.text.utf8) == Array(rhs.document.text.utf8)
        && lhs.orderedLayers.map { $0.annotations.map { $0.label.map { Array($0.utf8) } } }
            == rhs.orderedLayers.map { $0.annotations.map { $0.label.map { Array($0.utf8) } } }
}

@Suite("Stand-off JSON round trip")
struct StandoffJSONRoundTripTests {
    @Test(arguments: 0..<300)
    func readOfWriteIsIdentity(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let original = RandomDocuments.document(&random)
        let json = try StandoffJSON.encode(original, textPath: "Corpus/doc.txt")
        let decoded = try StandoffJSON.decode(Array(json.utf8), path: "doc.json", text: original.document)
        let expected = AnnotatedDocument(
            Document(id: original.document.id, text: original.document.text, sourcePath: "Corpus/doc.txt"),
            layers: original.orderedLayers)
        #expect(sameBytes(decoded, expected), "\(json)")
        #expect(try StandoffJSON.encode(decoded) == json)
    }

    /// The named hard cases, through all three formats: BOM, CRLF, astral, combining, NUL, quotes, empty layers.
    @Test(arguments: [
        "\u{FEFF}⟦X|BOM⟧ ⟦X|text⟧", "⟦X|a⟧\r\n⟦X|b⟧\r\n", "⟦X|😀⟧⟦X|🇯🇵⟧ ⟦X|👩‍👩‍👧⟧", "⟦X|e\u{301}⟧ ⟦X|é⟧ ⟦X|e⟧\u{301}",
        "⟦X|\u{0}⟧ ⟦X|\"\\⟧ ⟦X|\u{2028}⟧", "", "no annotations",
    ])
    func hardTextsRoundTripInEveryFormat(marks: String) throws {
        let marked = MarkedText(marks)
        let document = Document(id: "hard", text: marked.text, sourcePath: "hard.txt")
        let layer = AnnotationLayer(.entity, annotations: marked.annotations)
        let annotated = AnnotatedDocument(document, layers: [layer, AnnotationLayer(.token, spans: []), AnnotationLayer("other", spans: [])])
        let json = try StandoffJSON.encode(annotated)
        #expect(sameBytes(try StandoffJSON.decode(Array(json.utf8), path: "hard.json", text: document), annotated))
        let inline = AnnotatedDocument(Document(id: "hard", text: marked.text), layers: annotated.orderedLayers)
        #expect(sameBytes(try JSONLines.decodeAnnotated(line: Array(try JSONLines.encode(inline).utf8), lineNumber: 1), inline))
        let ann = try Brat.write(layer, in: document)
        #expect(try Brat.read(Array(ann.utf8), document: document, path: "hard.ann").entities == layer)
    }

    @Test func readsTheTextFromTheCorpusRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("standoff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Corpus"), withIntermediateDirectories: true)
        var random = SeededGenerator(seed: 7)
        for index in 0..<20 {
            let original = RandomDocuments.document(&random, id: "d\(index)")
            let relative = "Corpus/d\(index).txt"
            try Data(original.document.text.utf8).write(to: root.appendingPathComponent(relative))
            let json = try StandoffJSON.encode(original, textPath: relative)
            let jsonURL = root.appendingPathComponent("d\(index).json")
            try Data(json.utf8).write(to: jsonURL)
            let decoded = try StandoffJSON.read(contentsOf: jsonURL.path, corpusRoot: root.path)
            let expected = AnnotatedDocument(
                Document(id: "d\(index)", text: original.document.text, sourcePath: relative), layers: original.orderedLayers)
            #expect(sameBytes(decoded, expected))
        }
    }

    @Test func parseGivesScalarSpans() throws {
        let marked = MarkedTextFixture.tokens
        let json = try StandoffJSON.encode(marked, textPath: "t.txt")
        let file = try StandoffJSON.parse(Array(json.utf8), path: "t.json")
        let table = OffsetTable(marked.document)
        let expected = marked.orderedLayers.map { layer in
            ScalarLayer(
                layer.name,
                annotations: layer.annotations.compactMap { a in
                    table.scalarSpan(a.span).map { ScalarAnnotation($0, label: a.label, attributes: a.attributes) }
                },
                producer: layer.producer)
        }
        #expect(file.layers == expected)
        #expect(file.id == marked.document.id)
        #expect(file.text == .reference(TextReference(path: "t.txt", sha256: marked.document.sha256, length: table.scalarCount)))
        #expect(file[layer: .entity]?.annotations.count == 2)
    }

    @Test func emptyDocumentRoundTrips() throws {
        let empty = AnnotatedDocument(Document(id: "e", text: "", sourcePath: "e.txt"), layers: [AnnotationLayer(.token, spans: [])])
        let json = try StandoffJSON.encode(empty)
        #expect(sameBytes(try StandoffJSON.decode(Array(json.utf8), path: "e.json", text: empty.document), empty))
    }
}
