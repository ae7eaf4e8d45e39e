import CorpusModel
import Foundation

/// CorpusKit's canonical annotation file: stand-off JSON, one file per document (see `docs/formats.md`).
///
/// Files hold **Unicode scalar** offsets (half-open) and refer to their text by path, SHA-256 and length;
/// in memory, annotations hold UTF-8 ``Span``s. Conversion happens here, through one ``OffsetTable`` per
/// document. Writing is deterministic (same document, same bytes) and diff-friendly (one annotation per
/// line); reading is strict and every error names the file, line, column and, where there is one, the
/// annotation (layer and 1-based index).
public enum StandoffJSON {
    /// The value of the `"format"` key.
    public static let formatName = "corpuskit-standoff"
    /// The format version this code reads and writes (`"version"`).
    public static let version = 1
    /// The value of the `"offsets"` key: the unit of every offset in the file.
    public static let offsetUnit = "unicode-scalars"

    /// Encodes a document's layers as a stand-off file: several lines, one annotation per line, ending
    /// with a newline.
    /// - Parameters:
    ///   - annotated: The document and its layers (UTF-8 spans, converted to Unicode scalar offsets).
    ///   - textPath: The text file's path relative to the corpus root; by default the document's `sourcePath`.
    /// - Returns: The file's content.
    /// - Throws: ``FormatError`` when there is no text path, or a layer does not fit the text (out of range,
    ///   inside a character, out of order, overlapping in a token or sentence layer).
    public static func encode(_ annotated: AnnotatedDocument, textPath: String? = nil) throws(FormatError) -> String {
        let document = annotated.document
        guard let path = textPath ?? document.sourcePath else {
            throw FormatError(
                path: document.id,
                message: "document \(quoted(document.id)) has no text path to record; give one (textPath)")
        }
        return try StandoffWriter(annotated, text: .reference(path: path), layout: .file).encode()
    }

    /// Parses a stand-off file without its text: metadata and Unicode scalar spans.
    ///
    /// Checks the syntax, the format, version and offset unit, every key and type, and that each span is
    /// not reversed and lies inside the text's recorded length. Order and overlap need the layer in memory:
    /// ``decode(_:path:corpusRoot:)`` checks them.
    /// - Parameters:
    ///   - json: The file's bytes (UTF-8).
    ///   - path: The file's path, for errors.
    /// - Throws: ``FormatError`` naming the line, the column and the annotation.
    public static func parse(_ json: some Collection<UInt8>, path: String) throws(FormatError) -> StandoffFile {
        try withLocatedFile(json, path: path) { located throws(FormatError) in located.file }
    }

    /// Decodes a stand-off file, loading its text from `corpusRoot` (or taking it from the file when the
    /// text is inline).
    /// - Parameters:
    ///   - json: The file's bytes (UTF-8).
    ///   - path: The file's path, for errors.
    ///   - corpusRoot: The directory the recorded text path is relative to (an absolute recorded path is used
    ///     as it is).
    /// - Returns: The document (its `sourcePath` is the recorded path) with its layers as UTF-8 spans.
    /// - Throws: ``FormatError`` for anything ``parse(_:path:)`` rejects, an unreadable text, a SHA-256 or
    ///   length that does not match the text, and annotations out of order or overlapping.
    public static func decode(
        _ json: some Collection<UInt8>, path: String, corpusRoot: String
    ) throws(FormatError) -> AnnotatedDocument {
        try withLocatedFile(json, path: path) { located throws(FormatError) in
            try located.annotatedDocument(text: located.loadText(corpusRoot: corpusRoot))
        }
    }

    /// Decodes a stand-off file against a text the caller already holds.
    /// - Parameters:
    ///   - json: The file's bytes (UTF-8).
    ///   - path: The file's path, for errors.
    ///   - text: The document whose text the file annotates; the result keeps the file's id and recorded path.
    /// - Throws: As ``decode(_:path:corpusRoot:)``; an inline text must equal `text`'s byte for byte.
    public static func decode(
        _ json: some Collection<UInt8>, path: String, text: Document
    ) throws(FormatError) -> AnnotatedDocument {
        try withLocatedFile(json, path: path) { located throws(FormatError) in
            try located.annotatedDocument(text: located.checkText(text))
        }
    }

    /// Reads a stand-off file and its text.
    /// - Parameters:
    ///   - path: The stand-off file.
    ///   - corpusRoot: The directory its recorded text path is relative to.
    /// - Throws: ``FormatError`` when the file cannot be read, or as ``decode(_:path:corpusRoot:)``.
    public static func read(contentsOf path: String, corpusRoot: String) throws(FormatError) -> AnnotatedDocument {
        try decode(readFile(path), path: path, corpusRoot: corpusRoot)
    }

    /// Parses one stand-off object and hands it, with the positions of its parts, to `body` while the
    /// input's bytes are still at hand for error messages.
    /// - Parameters:
    ///   - json: The input's bytes.
    ///   - path: The file named in errors.
    ///   - firstLine: The line number of the input's first line (for one line of a JSON Lines stream).
    ///   - inputName: How errors name the input's end (`input`, `line`).
    static func withLocatedFile<Result>(
        _ json: some Collection<UInt8>, path: String, firstLine: Int = 1, inputName: String = "input",
        _ body: (LocatedStandoffFile) throws(FormatError) -> Result
    ) throws(FormatError) -> Result {
        let result: Swift.Result<Result, FormatError> = withContiguousBytes(json) { bytes in
            do throws(FormatError) {
                try FormatError.checkText(bytes, path: path, firstLine: firstLine)
                var scanner = JSONScanner(bytes, path: path, firstLine: firstLine, inputName: inputName)
                return .success(try body(StandoffReader.read(&scanner)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// Reads a whole file's bytes.
/// - Throws: ``FormatError`` naming the file when it is missing or unreadable.
func readFile(_ path: String) throws(FormatError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw FormatError(path: path, message: "cannot read file: no such file")
    }
    guard !isDirectory.boolValue else { throw FormatError(path: path, message: "cannot read file: is a directory") }
    do {
        return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw FormatError(path: path, message: "cannot read file: \((error as NSError).localizedDescription)")
    }
}
