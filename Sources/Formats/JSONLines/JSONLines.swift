import CorpusModel

/// JSON Lines codecs for the `corpus annotate -` worker: one document per line in, one stand-off object
/// per line out, so that any language or a distributed engine (Spark's `pipe`, Hadoop Streaming) can drive
/// CorpusKit through standard input and output (see `docs/formats.md`).
///
/// Input lines are `{"id": "…", "text": "…"}`; other keys are allowed and ignored (their values must still
/// be valid JSON), so records can carry fields of their own. Output lines are stand-off objects whose
/// `"text"` is the full text string; their offsets are Unicode scalars (half-open), as in files.
public enum JSONLines {
    /// Parses one input line into a document.
    /// - Parameters:
    ///   - line: The line's bytes (UTF-8), without its line terminator (a trailing `\r` is tolerated).
    ///   - lineNumber: The 1-based line number, for errors.
    ///   - path: The stream's name, for errors.
    /// - Returns: The document with the line's id and text (no `sourcePath`).
    /// - Throws: ``FormatError`` naming the line and column: malformed JSON (including lone surrogates and raw
    ///   control characters in strings), not an object, a missing, empty or duplicate `"id"`, a missing or
    ///   duplicate `"text"`, a value of the wrong type.
    public static func decodeDocument(
        line: some Collection<UInt8>, lineNumber: Int, path: String = "<stdin>"
    ) throws(FormatError) -> Document {
        let result: Result<Document, FormatError> = withContiguousBytes(line) { bytes in
            do throws(FormatError) {
                try FormatError.checkText(bytes, path: path, firstLine: lineNumber)
                var scanner = JSONScanner(bytes, path: path, firstLine: lineNumber, inputName: "line")
                return .success(try readDocument(&scanner))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Encodes a document and its layers as one line of stand-off JSON with the text inline.
    /// - Parameter annotated: The document and its layers (UTF-8 spans, written as Unicode scalar offsets).
    /// - Returns: The line, without a line terminator; it contains no raw line break, so the caller appends `\n`.
    /// - Throws: ``FormatError`` when a layer does not fit the text.
    public static func encode(_ annotated: AnnotatedDocument) throws(FormatError) -> String {
        try StandoffWriter(annotated, text: .inline, layout: .line).encode()
    }

    /// Decodes one output line (as ``encode(_:)`` writes it) back into a document and its layers.
    /// - Parameters:
    ///   - line: The line's bytes (UTF-8).
    ///   - lineNumber: The 1-based line number, for errors.
    ///   - path: The stream's name, for errors.
    /// - Throws: ``FormatError`` for anything the stand-off reader rejects, or a text given by reference.
    public static func decodeAnnotated(
        line: some Collection<UInt8>, lineNumber: Int, path: String = "<stdin>"
    ) throws(FormatError) -> AnnotatedDocument {
        try StandoffJSON.withLocatedFile(line, path: path, firstLine: lineNumber, inputName: "line") {
            located throws(FormatError) in
            guard case .inline(let text) = located.file.text else {
                throw located.source.error(
                    at: located.textOffsets["text"] ?? 0, "a JSON Lines stand-off object must hold its text as a string")
            }
            return try located.annotatedDocument(text: Document(id: located.file.id, text: text))
        }
    }

    /// Reads `{"id": "…", "text": "…"}`, skipping other keys.
    private static func readDocument(_ scanner: inout JSONScanner) throws(FormatError) -> Document {
        _ = scanner.peek()
        let objectOffset = scanner.position
        var id: String?
        var text: String?
        try scanner.readObject("the document (a line {\"id\": …, \"text\": …})") { scanner, key, keyOffset throws(FormatError) in
            switch key {
            case "id":
                guard id == nil else { throw scanner.error(at: keyOffset, "duplicate key \"id\"") }
                _ = scanner.peek()
                let offset = scanner.position
                id = try scanner.readString(for: "\"id\"")
                if id?.isEmpty == true { throw scanner.error(at: offset, "the document id is empty") }
            case "text":
                guard text == nil else { throw scanner.error(at: keyOffset, "duplicate key \"text\"") }
                text = try scanner.readString(for: "\"text\"")
            default:
                try scanner.skipValue()
            }
        }
        try scanner.expectEnd()
        guard let id else { throw scanner.error(at: objectOffset, "missing key \"id\" in the document") }
        guard let text else { throw scanner.error(at: objectOffset, "missing key \"text\" in the document") }
        return Document(id: id, text: text)
    }
}
