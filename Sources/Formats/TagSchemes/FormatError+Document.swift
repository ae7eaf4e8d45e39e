import CorpusModel

// Error messages about documents: spans named by their text and Unicode scalar offsets.

extension Document {
    /// Names a span for an error message: `"Lee K" at Unicode scalars 4..<9` (scalar offsets, half-open,
    /// as every file counts them). Builds an offset table, so it is meant for the error path only.
    func describe(_ span: Span) -> String {
        let scalars = OffsetTable(self).scalarSpan(span).map(\.description) ?? "UTF-8 bytes \(span)"
        return "\"\(text(of: span))\" at Unicode scalars \(scalars)"
    }
}

extension FormatError {
    /// An error about a document (its id as the path) from a layer that does not fit its text.
    init(document: Document, _ error: CorpusModelError) {
        switch error {
        case .invalidAnnotation(let layer, let index, let span, let problem):
            self.init(path: document.id, message: "\(layer) annotation #\(index + 1) (UTF-8 bytes \(span)) \(problem)")
        case .unreadableFile(let path, let reason):
            self.init(path: path, message: "cannot read file: \(reason)")
        case .invalidUTF8(let path, let byteOffset, let line, let column):
            self.init(path: path, line: line, column: column, message: "invalid UTF-8 at byte offset \(byteOffset)")
        }
    }
}
