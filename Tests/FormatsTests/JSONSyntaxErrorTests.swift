import CorpusModel
import Foundation
import Testing

@testable import Formats

/// An input with the place of its expected error marked by `‸`, and the expected message: the line and
/// column (in Unicode scalars) come from the marker, never from hand counting.
struct ErrorCase: CustomStringConvertible, Sendable {
    let marked: String
    let message: String

    init(_ marked: String, _ message: String) {
        self.marked = marked
        self.message = message
    }

    /// The input without its marker.
    var input: String { marked.replacingOccurrences(of: "‸", with: "") }

    /// The error the input must raise, for a file `path` whose first line is `firstLine`.
    func expected(path: String, firstLine: Int = 1) -> FormatError {
        let before = marked.components(separatedBy: "‸")[0]
        let lines = before.components(separatedBy: "\n")
        let column = (lines.last ?? "").unicodeScalars.count + 1
        return FormatError(path: path, line: firstLine + lines.count - 1, column: column, message: message)
    }

    var description: String { marked }
}

/// JSON syntax errors, checked through the JSON Lines input decoder (the same scanner reads every JSON input).
@Suite("JSON syntax errors")
struct JSONSyntaxErrorTests {
    static let cases: [ErrorCase] = [
        ErrorCase("‸", "expected an object for the document (a line {\"id\": …, \"text\": …}), found the end of the line"),
        ErrorCase("‸[]", "expected an object for the document (a line {\"id\": …, \"text\": …}), found an array"),
        ErrorCase(#"{"id": "a", "text": "b"} ‸x"#, "expected the end of the line after the JSON value, found 'x'"),
        ErrorCase(#"{‸1: 2}"#, "expected a key (a string) in the document (a line {\"id\": …, \"text\": …}), found a number"),
        ErrorCase(#"{"id" ‸1}"#, "expected ':' after the key \"id\", found a number"),
        ErrorCase(#"{"id": "a" ‸"text": "b"}"#, "expected ',' or '}' after a member of the document (a line {\"id\": …, \"text\": …}), found a string"),
        ErrorCase(#"{"x": [1 ‸2], "id": "a", "text": "b"}"#, "expected ',' or ']' after an element of an array, found a number"),
        ErrorCase(#"{"x": ‸tru, "id": "a", "text": "b"}"#, "expected a JSON value, found 't'"),
        ErrorCase(#"{"x": ‸nul, "id": "a", "text": "b"}"#, "expected a JSON value, found 'n'"),
        ErrorCase("{\"x\": ‸\u{A0}1}", "expected a JSON value, found U+00A0"),
        ErrorCase("{\"x\": ‸é}", "expected a JSON value, found 'é' (U+00E9)"),
        ErrorCase(#"{"x": ‸01, "id": "a", "text": "b"}"#, "invalid number: a leading zero must stand alone"),
        ErrorCase(#"{"x": -‸a}"#, "invalid number: expected a digit, found 'a'"),
        ErrorCase(#"{"x": 1.‸e5}"#, "invalid number: expected a digit, found 'e'"),
        ErrorCase(#"{"x": 1e+‸}"#, "invalid number: expected a digit, found '}'"),
        ErrorCase(#"{"id": ‸"abc}"#, "unterminated string"),
        ErrorCase("{\"id\": \"a‸\tb\"}", "unescaped control character U+0009 in a string (write \\t)"),
        ErrorCase("{\"id\": \"a‸\u{1}b\"}", "unescaped control character U+0001 in a string (write \\u0001)"),
        ErrorCase("{\"id\": \"a\\n‸\u{1F}b\"}", "unescaped control character U+001F in a string (write \\u001f)"),
        ErrorCase(#"{"id": "a‸\qb"}"#, "invalid escape \\q in a string"),
        ErrorCase(#"{"id": "a‸\u12G4"}"#, "invalid escape \\u12G4: \\u needs four hexadecimal digits"),
        ErrorCase(#"{"id": "a‸\u12"}"#, "invalid escape \\u12: \\u needs four hexadecimal digits"),
        ErrorCase(#"{"id": "a‸\uD83D"}"#, "lone surrogate \\uD83D in a string (a high surrogate must be followed by an escaped low surrogate)"),
        ErrorCase(#"{"id": "a‸\uD83Dx"}"#, "lone surrogate \\uD83D in a string (a high surrogate must be followed by an escaped low surrogate)"),
        ErrorCase(#"{"id": "a‸\ud83d\u0041"}"#, "lone surrogate \\ud83d in a string (a high surrogate must be followed by an escaped low surrogate)"),
        ErrorCase(#"{"id": "a‸\uDE00"}"#, "lone surrogate \\uDE00 in a string (a low surrogate must follow a high one)"),
        ErrorCase(#"{"id": "a\uD83D\uDE00‸\uDE00"}"#, "lone surrogate \\uDE00 in a string (a low surrogate must follow a high one)"),
    ]

    @Test(arguments: cases)
    func reportsSyntaxErrors(_ errorCase: ErrorCase) {
        #expect(throws: errorCase.expected(path: "<stdin>", firstLine: 7)) {
            try JSONLines.decodeDocument(line: Array(errorCase.input.utf8), lineNumber: 7)
        }
    }

    @Test func deepNestingIsReportedAtTheLimit() throws {
        let line = "{\"x\": " + String(repeating: "[", count: 600)
        let error = try #require(throws: FormatError.self) { try JSONLines.decodeDocument(line: Array(line.utf8), lineNumber: 1) }
        #expect(error.column == 6 + JSONScanner.maximumDepth + 1)
        #expect(error.message == "values nested more than \(JSONScanner.maximumDepth) levels deep")
    }

    @Test func reportsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"id": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: FormatError(path: "<stdin>", line: 2, column: 10, message: "invalid UTF-8 at byte offset 9")) {
            try JSONLines.decodeDocument(line: bytes, lineNumber: 2)
        }
    }

    @Test func reportsAByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id": "a", "text": "b"}"#.utf8)
        #expect(throws: FormatError(path: "x.jsonl", line: 3, column: 1, message: "the input starts with a byte-order mark (U+FEFF); remove it")) {
            try JSONLines.decodeDocument(line: bytes, lineNumber: 3, path: "x.jsonl")
        }
    }
}
