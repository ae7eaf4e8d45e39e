import CorpusModel

/// Writes a layer as `.ann` text (see ``Brat/write(_:in:)``).
///
/// Algorithm: validate the layer against the text; build the document's ``OffsetTable`` once and convert
/// spans with a ``ScalarCursor``; for each annotation in order write `T<n>`, its label, its Unicode scalar offsets and its text with line breaks
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
            var cursor = ScalarCursor(text: text, table: table)
            out.reserveCapacity(layer.annotations.count * 32)
            for (index, annotation) in layer.annotations.enumerated() {
                let span: ScalarSpan
                let label: String
                do throws(FormatError) {
                    (label, span) = try check(index, annotation, cursor: &cursor, path: path)
                } catch {
                    return .failure(error)
                }
                out.append(UInt8(ascii: "T"))
                out.appendDecimal(index + 1)
                out.append(ASCII.tab)
                out.append(contentsOf: label.utf8)
                out.append(ASCII.space)
                out.appendDecimal(span.start)
                out.append(ASCII.space)
                out.appendDecimal(span.end)
                out.append(ASCII.tab)
                BratText.appendFlattened(UnsafeBufferPointer(rebasing: text[annotation.span.start..<annotation.span.end]), to: &out)
                out.append(ASCII.lineFeed)
            }
            return .success(out)
        }
        return String(decoding: try result.get(), as: UTF8.self)
    }

    /// Checks that brat can hold an annotation.
    /// - Returns: Its label (the brat type) and its Unicode scalar span.
    private func check(
        _ index: Int, _ annotation: Annotation, cursor: inout ScalarCursor, path: String
    ) throws(FormatError) -> (String, ScalarSpan) {
        func name() -> String { "\(layer.name) annotation #\(index + 1) (UTF-8 bytes \(annotation.span))" }
        guard let label = annotation.label, !label.isEmpty else {
            throw FormatError(path: path, message: "\(name()) has no label (brat needs a type)")
        }
        guard label.utf8.allSatisfy({ $0 > ASCII.space && $0 < 0x7F }) || label.unicodeScalars.allSatisfy(Self.fitsType) else {
            throw FormatError(path: path, message: "\(name()) has the label \(quoted(label)), but a brat type cannot hold whitespace or control characters")
        }
        guard !annotation.span.isEmpty else {
            throw FormatError(path: path, message: "\(name()) is empty (brat spans cover at least one character)")
        }
        guard let span = cursor.scalarSpan(annotation.span) else { throw FormatError(path: path, message: "\(name()) does not fit the text") }
        return (label, span)
    }

    /// Whether a scalar may stand in a brat type: no whitespace (it separates the fields) and no control character.
    private static func fitsType(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
    }
}
