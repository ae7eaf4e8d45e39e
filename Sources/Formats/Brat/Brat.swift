import CorpusModel

/// brat standoff `.ann` files: text-bound annotations `T1<TAB>LOC 183 188<TAB>Japan` with **Unicode
/// scalar** offsets (half-open), as brat and most annotation tools export them (see `docs/formats.md`).
///
/// Only text-bound (`T`) lines become annotations. Attribute (`A`, `M`), relation (`R`), event (`E`),
/// normalization (`N`), note (`#`) and equivalence (`*`) lines are skipped and listed; a line with an id
/// brat does not know is skipped with a warning, as brat itself reads it as a comment.
public enum Brat {
    /// What the reader does with a discontinuous span such as `T1<TAB>LOC 0 5;6 10<TAB>…`.
    public enum DiscontinuousSpans: Sendable {
        /// Read it as its covering span (`0 10`) and add a ``BratWarning`` the caller can report.
        case coveringSpan
        /// Reject the file.
        case error
    }

    /// Reads a `.ann` file's annotations over a document, checking each quoted text against the document.
    /// - Parameters:
    ///   - ann: The file's bytes (UTF-8).
    ///   - document: The text the file annotates.
    ///   - path: The file's path, for errors and warnings.
    ///   - discontinuous: What to do with discontinuous spans (by default, the covering span and a warning).
    /// - Returns: The text-bound annotations as an `entity` layer (label = brat type, UTF-8 spans sorted by start,
    ///   then end), their brat ids, the skipped lines and the warnings.
    /// - Throws: ``FormatError`` naming `path:line:column`: invalid UTF-8, a line without a tab, a duplicate id,
    ///   a malformed `T` line, an offset past the text, an empty or reversed span, a quoted text that differs
    ///   from the document (line breaks in the document may be written as spaces).
    public static func read(
        _ ann: some Collection<UInt8>, document: Document, path: String, discontinuous: DiscontinuousSpans = .coveringSpan
    ) throws(FormatError) -> BratAnnotations {
        let table = OffsetTable(document)
        let result: Result<BratAnnotations, FormatError> = withContiguousBytes(ann) { bytes in
            document.withUTF8 { text in
                do throws(FormatError) {
                    try FormatError.checkText(bytes, path: path)
                    var reader = BratReader(bytes: bytes, text: text, table: table, path: path, discontinuous: discontinuous)
                    return .success(try reader.read())
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }

    /// Reads a `.ann` file from disk (see ``read(_:document:path:discontinuous:)``).
    /// - Throws: ``FormatError`` when the file cannot be read, or as the reader does.
    public static func read(
        contentsOf path: String, document: Document, discontinuous: DiscontinuousSpans = .coveringSpan
    ) throws(FormatError) -> BratAnnotations {
        try read(readFile(path), document: document, path: path, discontinuous: discontinuous)
    }

    /// Writes a layer as `.ann` text: one `T` line per annotation, ids `T1`, `T2`, … in layer order (which is
    /// document order), Unicode scalar offsets, the covered text with each line break written as a space.
    /// - Parameters:
    ///   - layer: The annotations (UTF-8 spans); each needs a label without whitespace (the brat type) and a
    ///     non-empty span. Attributes are not written.
    ///   - document: The text the layer annotates.
    /// - Returns: The file's content (every line ends with `\n`; empty for an empty layer).
    /// - Throws: ``FormatError`` naming the annotation: no label, a label brat cannot hold, an empty span, or a
    ///   layer that does not fit the text.
    public static func write(_ layer: AnnotationLayer, in document: Document) throws(FormatError) -> String {
        try BratWriter(layer: layer, document: document).write()
    }
}
