import CorpusModel

/// Writes a layer as `.ann` text (see ``Brat/write(_:in:)``).
///
/// Algorithm: validate the layer against the text; build the document's ``OffsetTable`` once; for each
/// annotation in order write `T<n>`, its label, its Unicode scalar offsets and its text with line breaks
/// flattened to spaces (``BratText``).
struct BratWriter {
    let layer: AnnotationLayer
    let document: Document

    func write() throws(FormatError) -> String {
        let path = document.sourcePath ?? document.id
        do {
            try layer.validate(in: document)
        } catch {
            throw FormatError(path: path, message: StandoffWriter.describe(error))
        }
        let table = OffsetTable(document)
        let result: Result<[UInt8], FormatError> = document.withUTF8 { text in
            var out: [UInt8] = []
            for (index, annotation) in layer.annotations.enumerated() {
                do throws(FormatError) {
                    out.append(contentsOf: try line(index, annotation, table: table, path: path).utf8)
                } catch {
                    return .failure(error)
                }
                BratText.appendFlattened(UnsafeBufferPointer(rebasing: text[annotation.span.start..<annotation.span.end]), to: &out)
                out.append(ASCII.lineFeed)
            }
            return .success(out)
        }
        return String(decoding: try result.get(), as: UTF8.self)
    }

    /// The start of an annotation's line, `T<n><TAB>LABEL START END<TAB>`, after checking brat can hold it.
    private func line(_ index: Int, _ annotation: Annotation, table: OffsetTable, path: String) throws(FormatError) -> String {
        let name = "\(layer.name) annotation #\(index + 1) (UTF-8 bytes \(annotation.span))"
        guard let label = annotation.label, !label.isEmpty else {
            throw FormatError(path: path, message: "\(name) has no label (brat needs a type)")
        }
        guard label.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.properties.generalCategory != .control }) else {
            throw FormatError(path: path, message: "\(name) has the label \(quoted(label)), but a brat type cannot hold whitespace or control characters")
        }
        guard !annotation.span.isEmpty else {
            throw FormatError(path: path, message: "\(name) is empty (brat spans cover at least one character)")
        }
        guard let span = table.scalarSpan(annotation.span) else { throw FormatError(path: path, message: "\(name) does not fit the text") }
        return "T\(index + 1)\t\(label) \(span.start) \(span.end)\t"
    }
}
