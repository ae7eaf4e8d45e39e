import CorpusModel
import Foundation
import TestSupport
import Testing

@testable import Formats

@Suite("JSON Lines")
struct JSONLinesTests {
    @Test(arguments: [
        (#"{"id": "a", "text": "Hello"}"#, "a", "Hello"),
        (#"  {"text":"x\r\ny","id":"b"}  "#, "b", "x\r\ny"),
        ("{\"id\": \"c\", \"text\": \"\\uFEFFDr.\\u00a0Lee \\ud83d\\ude00\\u0000\"}\r", "c", "\u{FEFF}Dr.\u{A0}Lee 😀\u{0}"),
        (#"{"id": "d", "meta": {"url": "http://x", "tags": [1, 2.5e3, true, false, null]}, "text": ""}"#, "d", ""),
        ("{\"id\": \"é\", \"text\": \"raw é 😀 \u{2028}\"}", "é", "raw é 😀 \u{2028}"),
    ])
    func decodesInputLines(line: String, id: String, text: String) throws {
        let document = try JSONLines.decodeDocument(line: Array(line.utf8), lineNumber: 1)
        #expect(document.id == id)
        #expect(Array(document.text.utf8) == Array(text.utf8))
        #expect(document.sourcePath == nil)
    }

    @Test(arguments: [
        ErrorCase(#"‸{"text": "x"}"#, "missing key \"id\" in the document"),
        ErrorCase(#"‸{"id": "a"}"#, "missing key \"text\" in the document"),
        ErrorCase(#"{"id": "a", ‸"id": "b", "text": "x"}"#, "duplicate key \"id\""),
        ErrorCase(#"{"id": "a", "text": "x", ‸"text": "y"}"#, "duplicate key \"text\""),
        ErrorCase(#"{"id": ‸"", "text": "x"}"#, "the document id is empty"),
        ErrorCase(#"{"id": ‸17, "text": "x"}"#, "expected a string for \"id\", found a number"),
        ErrorCase(#"{"meta": "日本😀é", "id": ‸17, "text": "x"}"#, "expected a string for \"id\", found a number"),
        ErrorCase(#"{"id": "a", "text": ‸null}"#, "expected a string for \"text\", found null"),
        ErrorCase(#"{"id": "a", "text": ‸["x"]}"#, "expected a string for \"text\", found an array"),
    ])
    func reportsBadInputLines(_ errorCase: ErrorCase) {
        #expect(throws: errorCase.expected(path: "in.jsonl", firstLine: 42)) {
            try JSONLines.decodeDocument(line: Array(errorCase.input.utf8), lineNumber: 42, path: "in.jsonl")
        }
    }

    @Test func outputMatchesTheGoldenLine() throws {
        var fixture = MarkedTextFixture.tokens
        fixture.document = Document(id: fixture.document.id, text: fixture.document.text)
        let expected = try String(decoding: Data(contentsOf: goldenURL("standoff-basic.jsonl")), as: UTF8.self)
        #expect(try JSONLines.encode(fixture) + "\n" == expected)
    }

    @Test(arguments: 0..<300)
    func outputReadsBack(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1_000)
        let generated = RandomDocuments.document(&random)
        let original = AnnotatedDocument(Document(id: generated.document.id, text: generated.document.text), layers: generated.orderedLayers)
        let line = try JSONLines.encode(original)
        #expect(!line.utf8.contains(0x0A) && !line.utf8.contains(0x0D))
        #expect(sameBytes(try JSONLines.decodeAnnotated(line: Array(line.utf8), lineNumber: 1), original))
        let input = try JSONLines.decodeDocument(line: Array(line.utf8), lineNumber: 1)
        #expect(Array(input.text.utf8) == Array(original.document.text.utf8))
    }

    @Test func annotatedLinesMustCarryTheirText() throws {
        let file = try StandoffJSON.encode(MarkedTextFixture.tokens)
        let line = file.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let marked = line.replacingOccurrences(of: #""text":{"#, with: #""text":‸{"#)
            .replacingOccurrences(of: #""text": {"#, with: #""text": ‸{"#)
        let errorCase = ErrorCase(marked, "a JSON Lines stand-off object must hold its text as a string")
        #expect(throws: errorCase.expected(path: "<stdin>", firstLine: 3)) {
            try JSONLines.decodeAnnotated(line: Array(errorCase.input.utf8), lineNumber: 3)
        }
    }

    @Test func annotatedLineErrorsNameTheLine() {
        let errorCase = ErrorCase(#"{"format": "corpuskit-standoff", "version": ‸3}"#, "unsupported stand-off format version 3 (this CorpusKit reads version 1)")
        #expect(throws: errorCase.expected(path: "out.jsonl", firstLine: 9)) {
            try JSONLines.decodeAnnotated(line: Array(errorCase.input.utf8), lineNumber: 9, path: "out.jsonl")
        }
    }
}
