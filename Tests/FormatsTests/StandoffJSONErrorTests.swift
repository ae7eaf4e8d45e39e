import CorpusModel
import Foundation
import Testing

@testable import Formats

/// Every error of the stand-off reader and writer, each with its exact message and position.
@Suite("Stand-off JSON errors")
struct StandoffJSONErrorTests {
    static let document = Document(id: "d", text: "Hello", sourcePath: "d.txt")
    /// The members before `"producers"` and `"layers"` of a valid file for ``document`` (`{sha}` stands for its digest).
    static let head = #"{"format": "corpuskit-standoff", "version": 1, "id": "d", "text": {"path": "d.txt", "sha256": "{sha}", "length": 5}, "offsets": "unicode-scalars", "#
    static let text = #""text": {"path": "d.txt", "sha256": "{sha}", "length": 5}"#

    static let cases: [ErrorCase] = [
        ErrorCase("‸[]", "expected an object for the stand-off object, found an array"),
        ErrorCase("‸", "expected an object for the stand-off object, found the end of the input"),
        ErrorCase(#"‸{"version": 1}"#, "missing key \"format\" in the stand-off object"),
        ErrorCase(#"{"format": ‸"brat"}"#, "not a CorpusKit stand-off file: \"format\" is \"brat\", expected \"corpuskit-standoff\""),
        ErrorCase(#"{"format": ‸3}"#, "expected a string for \"format\", found a number"),
        ErrorCase(#"{"version": ‸2}"#, "unsupported stand-off format version 2 (this CorpusKit reads version 1)"),
        ErrorCase(#"{"version": ‸"1"}"#, "expected a non-negative integer for \"version\", found a string"),
        ErrorCase(#"{"version": ‸1.0}"#, "expected a non-negative integer for \"version\", found 1.0"),
        ErrorCase(#"{"version": ‸1e0}"#, "expected a non-negative integer for \"version\", found 1e0"),
        ErrorCase(#"{"version": ‸-1}"#, "expected a non-negative integer for \"version\", found -1"),
        ErrorCase(#"{"version": ‸12345678901234567890}"#, "\"version\" is too large: 12345678901234567890"),
        ErrorCase(#"{"id": ‸5}"#, "expected a string for \"id\", found a number"),
        ErrorCase(#"{"id": ‸""}"#, "the document id is empty"),
        ErrorCase(#"{"id": "d", ‸"id": "e"}"#, "duplicate key \"id\""),
        ErrorCase(head + #""layers": {}, ‸"extra": [1]}"#, "unknown key \"extra\" in the stand-off object"),
        ErrorCase(#"‸{"format": "corpuskit-standoff", "version": 1, "id": "d", "offsets": "unicode-scalars", "layers": {}}"#, "missing key \"text\" in the stand-off object"),
        ErrorCase("‸" + head.dropLast(2) + "}", "missing key \"layers\" in the stand-off object"),
        ErrorCase(#"{"offsets": ‸"utf-16"}"#, "unsupported offset unit \"utf-16\" (expected \"unicode-scalars\")"),
        ErrorCase(#"{"text": ‸5}"#, "expected an object {\"path\", \"sha256\", \"length\"} or a string for \"text\", found a number"),
        ErrorCase(#"{"text": ‸{"path": "d.txt", "length": 5}}"#, "missing key \"sha256\" in \"text\""),
        ErrorCase(#"{"text": {"path": "d.txt", ‸"size": 5}}"#, "unknown key \"size\" in \"text\""),
        ErrorCase(#"{"text": {"path": "d.txt", ‸"path": "e.txt"}}"#, "duplicate key \"path\" in \"text\""),
        ErrorCase(#"{"text": {"sha256": ‸"ABC"}}"#, "invalid SHA-256 \"ABC\" (expected 64 lower-case hexadecimal digits)"),
        ErrorCase(#"{"text": {"path": ‸""}}"#, "the text path is empty"),
        ErrorCase(#"{"text": {"length": ‸-5}}"#, "expected a non-negative integer for \"length\" of \"text\", found -5"),
        ErrorCase(#"{"producers": ‸[]}"#, "expected an object for \"producers\", found an array"),
        ErrorCase(#"{"producers": {"token": ‸{"tool": "t", "version": "1", "when": "now"}}}"#, "unknown key \"when\" in the producer of layer \"token\""),
        ErrorCase(#"{"producers": {"token": ‸{"version": "1"}}}"#, "missing key \"tool\" in the producer of layer \"token\""),
        ErrorCase(#"{"producers": {"token": ‸{"tool": "t"}}}"#, "missing key \"version\" in the producer of layer \"token\""),
        ErrorCase(#"{"producers": {"token": {"tool": ‸1}}}"#, "expected a string for \"tool\" in the producer of layer \"token\", found a number"),
        ErrorCase(#"{"producers": {"token": {"tool": "t", "version": "1"}, ‸"token": {}}}"#, "duplicate key \"token\" in \"producers\""),
        ErrorCase(head + #""producers": {‸"pos": {"tool": "t", "version": "1"}}, "layers": {}}"#, "producer for layer \"pos\", which is not in \"layers\""),
        ErrorCase(#"{"layers": ‸[]}"#, "expected an object for \"layers\", found an array"),
        ErrorCase(#"{"layers": {‸"": []}}"#, "empty layer name in \"layers\""),
        ErrorCase(#"{"layers": {"token": [], ‸"token": []}}"#, "duplicate layer \"token\" in \"layers\""),
        ErrorCase(#"{"layers": {"token": ‸{}}}"#, "expected an array for layer \"token\", found an object"),
        ErrorCase(#"{"layers": {"token": [‸5]}}"#, "expected an object for token annotation #1, found a number"),
        ErrorCase(#"{"layers": {"token": [‸{"end": 2}]}}"#, "missing key \"start\" in token annotation #1"),
        ErrorCase(#"{"layers": {"token": [‸{"start": 2}]}}"#, "missing key \"end\" in token annotation #1"),
        ErrorCase(#"{"layers": {"token": [{"start": 0, "end": 2, ‸"lable": "X"}]}}"#, "unknown key \"lable\" in token annotation #1"),
        ErrorCase(#"{"layers": {"token": [{"start": 0, ‸"start": 1}]}}"#, "duplicate key \"start\" in token annotation #1"),
        ErrorCase(#"{"layers": {"token": [{"start": ‸-1}]}}"#, "expected a non-negative integer for \"start\" of token annotation #1, found -1"),
        ErrorCase(#"{"layers": {"token": [{"start": 0, "end": 1}, {"start": 1, "end": ‸2.5}]}}"#, "expected a non-negative integer for \"end\" of token annotation #2, found 2.5"),
        ErrorCase(#"{"layers": {"entity": [{"start": 0, "end": 1, "label": ‸1}]}}"#, "expected a string for \"label\" of entity annotation #1, found a number"),
        ErrorCase(#"{"layers": {"entity": [{"attributes": ‸[]}]}}"#, "expected an object for \"attributes\" of entity annotation #1, found an array"),
        ErrorCase(#"{"layers": {"entity": [{"attributes": {"k": ‸null}}]}}"#, "expected a string for \"k\" in \"attributes\" of entity annotation #1, found null"),
        ErrorCase(#"{"layers": {"entity": [{"attributes": {"k": "a", ‸"k": "b"}}]}}"#, "duplicate key \"k\" in \"attributes\" of entity annotation #1"),
        ErrorCase(#"{"layers": {"token": [{"start": 0, "end": 1}, ‸{"start": 3, "end": 2}]}}"#, "token annotation #2 ends at 2, before its start 3"),
        ErrorCase(head + #""layers": {"token": [‸{"start": 3, "end": 6}]}}"#, "token annotation #1 ends at 6, past the end of the text (5 Unicode scalars)"),
        ErrorCase(head + #""layers": {"token": [{"start": 2, "end": 3}, ‸{"start": 0, "end": 1}]}}"#, "token annotation #2 is out of order (annotations must be sorted by start, then end)"),
        ErrorCase(head + #""layers": {"sentence": [{"start": 0, "end": 3}, ‸{"start": 2, "end": 5}]}}"#, "sentence annotation #2 overlaps the previous annotation"),
        ErrorCase(head + #""layers": {"entity": [{"start": 0, "end": 3}, {"start": 2, "end": 5}, ‸{"start": 1, "end": 2}]}}"#, "entity annotation #3 is out of order (annotations must be sorted by start, then end)"),
        ErrorCase(#"{"format": "corpuskit-standoff", "version": 1, "id": "d", "text": {"path": "d.txt", "sha256": ‸"0000000000000000000000000000000000000000000000000000000000000000", "length": 5}, "offsets": "unicode-scalars", "layers": {}}"#, "the text d.txt has changed since it was annotated: its SHA-256 is {sha}, the file records 0000000000000000000000000000000000000000000000000000000000000000"),
        ErrorCase(#"{"format": "corpuskit-standoff", "version": 1, "id": "d", "text": {"path": "d.txt", "sha256": "{sha}", "length": ‸6}, "offsets": "unicode-scalars", "layers": {}}"#, "the text d.txt has 5 Unicode scalars, the file records a length of 6"),
        ErrorCase(#"{"format": "corpuskit-standoff", "version": 1, "id": "d", "text": ‸"Hullo", "offsets": "unicode-scalars", "layers": {}}"#, "the inline text differs from the text of document \"d\""),
        ErrorCase(head + #""layers": {}} ‸,"#, "expected the end of the input after the JSON value, found ','"),
    ]

    static var sha: String { document.sha256 }

    @Test(arguments: cases)
    func reportsEachError(_ template: ErrorCase) {
        let errorCase = ErrorCase(
            template.marked.replacingOccurrences(of: "{sha}", with: Self.sha),
            template.message.replacingOccurrences(of: "{sha}", with: Self.sha))
        #expect(throws: errorCase.expected(path: "d.json")) {
            try StandoffJSON.decode(Array(errorCase.input.utf8), path: "d.json", text: Self.document)
        }
    }

    @Test func aValidFileOfTheCasesParses() throws {
        let json = (Self.head + #""producers": {"entity": {"tool": "t", "version": "1"}}, "layers": {"entity": [{"start": 0, "end": 3}, {"start": 2, "end": 5}]}}"#)
            .replacingOccurrences(of: "{sha}", with: Self.sha)
        let decoded = try StandoffJSON.decode(Array(json.utf8), path: "d.json", text: Self.document)
        #expect(decoded[layer: .entity]?.spans == [Span(0, 3), Span(2, 5)])
        #expect(decoded[layer: .entity]?.producer == Producer(tool: "t", version: "1"))
    }

    @Test func errorsInAFileNameTheirLine() throws {
        let golden = try String(decoding: Data(contentsOf: goldenURL("standoff-basic.json")), as: UTF8.self)
        let marked = golden.replacingOccurrences(of: #"      {"start": 9, "end": 10},"#, with: #"      ‸{"start": 10, "end": 9},"#)
        let errorCase = ErrorCase(marked, "token annotation #3 ends at 9, before its start 10")
        #expect(errorCase.expected(path: "g.json").line == 15)
        #expect(throws: errorCase.expected(path: "g.json")) {
            try StandoffJSON.decode(Array(errorCase.input.utf8), path: "g.json", text: MarkedTextFixture.tokens.document)
        }
    }

    @Test func unreadableFilesAreNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("standoff-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.json").path
        #expect(throws: FormatError(path: missing, message: "cannot read file: no such file")) {
            try StandoffJSON.read(contentsOf: missing, corpusRoot: directory.path)
        }
        #expect(throws: FormatError(path: directory.path, message: "cannot read file: is a directory")) {
            try StandoffJSON.read(contentsOf: directory.path, corpusRoot: directory.path)
        }
        let marked = (Self.head + #""layers": {}}"#).replacingOccurrences(of: "{sha}", with: Self.sha)
            .replacingOccurrences(of: #""path": "d.txt""#, with: #""path": ‸"d.txt""#)
        let missingText = ErrorCase(marked, "cannot read the annotated text \(directory.path)/d.txt: no such file")
        #expect(throws: missingText.expected(path: "d.json")) {
            try StandoffJSON.decode(Array(missingText.input.utf8), path: "d.json", corpusRoot: directory.path)
        }
        try Data([0x48, 0xFF, 0x6C, 0x6C, 0x6F]).write(to: directory.appendingPathComponent("d.txt"))
        let badText = ErrorCase(marked, "the annotated text \(directory.path)/d.txt is not valid UTF-8 (byte offset 1, line 1, column 2)")
        #expect(throws: badText.expected(path: "d.json")) {
            try StandoffJSON.decode(Array(badText.input.utf8), path: "d.json", corpusRoot: directory.path)
        }
    }

    @Test func writingWithoutATextPathFails() {
        let annotated = AnnotatedDocument(Document(id: "d", text: "Hello"))
        #expect(throws: FormatError(path: "d", message: "document \"d\" has no text path to record; give one (textPath)")) {
            try StandoffJSON.encode(annotated)
        }
        #expect(throws: Never.self) { try StandoffJSON.encode(annotated, textPath: "d.txt") }
    }

    @Test(arguments: [
        (AnnotationLayer(.token, spans: [Span(0, 9)]), "token annotation #1 (UTF-8 bytes 0..<9) extends past the end of the text (7 bytes)"),
        (AnnotationLayer(.token, spans: [Span(0, 1)]), "token annotation #1 (UTF-8 bytes 0..<1) starts or ends inside a character"),
        (AnnotationLayer(.entity, spans: [Span(2, 3), Span(0, 2)]), "entity annotation #2 (UTF-8 bytes 0..<2) is out of order (annotations must be sorted by start, then end)"),
        (AnnotationLayer(.sentence, spans: [Span(0, 4), Span(3, 7)]), "sentence annotation #2 (UTF-8 bytes 3..<7) overlaps the previous annotation"),
    ])
    func writingALayerThatDoesNotFitFails(layer: AnnotationLayer, message: String) {
        let annotated = AnnotatedDocument(Document(id: "d", text: "éa bcd", sourcePath: "d.txt"), layers: [layer])
        #expect(throws: FormatError(path: "d.txt", message: message)) { try StandoffJSON.encode(annotated) }
        #expect(throws: FormatError(path: "d.txt", message: message)) { try JSONLines.encode(annotated) }
    }
}
