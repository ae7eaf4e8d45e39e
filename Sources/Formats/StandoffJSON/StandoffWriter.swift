import CorpusModel

/// Writes one annotated document as a stand-off object, in either of two layouts.
///
/// Algorithm:
/// 1. Validate every layer against the text (in range, on scalar boundaries, sorted, no overlap in token and
///    sentence layers), so that what is written can always be read back.
/// 2. Build the document's ``OffsetTable`` once and convert each span to Unicode scalar offsets.
/// 3. Write the keys in a fixed order (`format`, `version`, `id`, `text`, `offsets`, `producers`,
///    `layers`), layers in canonical order, each annotation's keys as `start`, `end`, `label`,
///    `attributes`, attribute keys sorted by their UTF-8 bytes (= code point order).
struct StandoffWriter {
    /// How the object is laid out.
    enum Layout {
        /// A file: two-space indentation, one annotation per line, a trailing newline.
        case file
        /// One JSON Lines line: no whitespace between tokens, no newline.
        case line
    }

    /// How the text is recorded.
    enum TextField {
        /// `"text": {"path", "sha256", "length"}` with this path.
        case reference(path: String)
        /// `"text": "…the text…"`.
        case inline
    }

    let annotated: AnnotatedDocument
    let text: TextField
    let layout: Layout

    init(_ annotated: AnnotatedDocument, text: TextField, layout: Layout) {
        self.annotated = annotated
        self.text = text
        self.layout = layout
    }

    /// The encoded object.
    /// - Throws: ``FormatError`` naming the first annotation that does not fit the text.
    func encode() throws(FormatError) -> String {
        let document = annotated.document
        do {
            try annotated.validate()
        } catch {
            throw FormatError(path: document.sourcePath ?? document.id, message: Self.describe(error))
        }
        let table = OffsetTable(document)
        let result: Result<[UInt8], FormatError> = document.withUTF8 { text in
            do throws(FormatError) {
                return .success(try write(text: text, table: table))
            } catch {
                return .failure(error)
            }
        }
        return String(decoding: try result.get(), as: UTF8.self)
    }

    /// Writes the whole object.
    private func write(text: UnsafeBufferPointer<UInt8>, table: OffsetTable) throws(FormatError) -> [UInt8] {
        let document = annotated.document
        let layers = annotated.orderedLayers
        let annotationCount = layers.reduce(0) { $0 + $1.annotations.count }
        var out = JSONWriter(capacity: 256 + annotationCount * 40 + (self.text.isInline ? document.utf8Count : 0))
        out.append("{")
        member("format", first: true, &out)
        out.append(string: StandoffJSON.formatName)
        member("version", &out)
        out.append(integer: StandoffJSON.version)
        member("id", &out)
        out.append(string: document.id)
        member("text", &out)
        switch self.text {
        case .inline:
            out.append(string: document.text)
        case .reference(let path):
            out.append("{")
            key("path", &out)
            out.append(string: path)
            nextKey("sha256", &out)
            out.append(string: SHA256.hexDigest(of: text))
            nextKey("length", &out)
            out.append(integer: table.scalarCount)
            out.append("}")
        }
        member("offsets", &out)
        out.append(string: StandoffJSON.offsetUnit)
        member("producers", &out)
        writeProducers(layers, &out)
        member("layers", &out)
        try writeLayers(layers, text: text, table: table, &out)
        newline(indent: 0, &out)
        out.append("}")
        if layout == .file { out.append("\n") }
        return out.bytes
    }

    private func writeProducers(_ layers: [AnnotationLayer], _ out: inout JSONWriter) {
        let produced = layers.filter { $0.producer != nil }
        out.append("{")
        for (position, layer) in produced.enumerated() {
            guard let producer = layer.producer else { continue }
            if position > 0 { out.append(",") }
            newline(indent: 2, &out)
            out.append(string: layer.name.rawValue)
            colon(&out)
            out.append("{")
            key("tool", &out)
            out.append(string: producer.tool)
            nextKey("version", &out)
            out.append(string: producer.version)
            out.append("}")
        }
        if !produced.isEmpty { newline(indent: 1, &out) }
        out.append("}")
    }

    private func writeLayers(
        _ layers: [AnnotationLayer], text: UnsafeBufferPointer<UInt8>, table: OffsetTable, _ out: inout JSONWriter
    ) throws(FormatError) {
        out.append("{")
        for (position, layer) in layers.enumerated() {
            if position > 0 { out.append(",") }
            newline(indent: 2, &out)
            out.append(string: layer.name.rawValue)
            colon(&out)
            out.append("[")
            var cursor = ScalarCursor(text: text, table: table)
            for (index, annotation) in layer.annotations.enumerated() {
                guard let span = cursor.scalarSpan(annotation.span) else {
                    let document = annotated.document
                    throw FormatError(
                        path: document.sourcePath ?? document.id,
                        message: "\(layer.name) annotation #\(index + 1) (UTF-8 bytes \(annotation.span)) does not fit the text")
                }
                writeAnnotation(annotation, span: span, first: index == 0, &out)
            }
            if !layer.annotations.isEmpty { newline(indent: 2, &out) }
            out.append("]")
        }
        if !layers.isEmpty { newline(indent: 1, &out) }
        out.append("}")
    }

    /// Writes one annotation, preceded by its separator and line break.
    private func writeAnnotation(_ annotation: Annotation, span: ScalarSpan, first: Bool, _ out: inout JSONWriter) {
        writeSpan(span, first: first, &out)
        if let label = annotation.label {
            nextKey("label", &out)
            out.append(string: label)
        }
        if !annotation.attributes.isEmpty {
            nextKey("attributes", &out)
            out.append("{")
            let keys = annotation.attributes.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (position, key) in keys.enumerated() {
                if position > 0 { comma(&out) }
                out.append(string: key)
                colon(&out)
                out.append(string: annotation.attributes[key] ?? "")
            }
            out.append("}")
        }
        out.append("}")
    }

    /// Writes an annotation's separator, line break and `{"start": S, "end": E` in one append (the hot path:
    /// one call per token).
    private func writeSpan(_ span: ScalarSpan, first: Bool, _ out: inout JSONWriter) {
        let file = layout == .file
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            var count = 0
            switch (file, first) {
            case (true, true): ASCII.write("\n      {\"start\": ", into: buffer, at: &count)
            case (true, false): ASCII.write(",\n      {\"start\": ", into: buffer, at: &count)
            case (false, true): ASCII.write("{\"start\":", into: buffer, at: &count)
            case (false, false): ASCII.write(",{\"start\":", into: buffer, at: &count)
            }
            ASCII.writeDecimal(span.start, into: buffer, at: &count)
            ASCII.write(file ? ", \"end\": " : ",\"end\":", into: buffer, at: &count)
            ASCII.writeDecimal(span.end, into: buffer, at: &count)
            out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Starts a top-level member: a separator, a line break and the key.
    private func member(_ name: StaticString, first: Bool = false, _ out: inout JSONWriter) {
        if !first { out.append(",") }
        newline(indent: 1, &out)
        key(name, &out)
    }

    /// Writes a fixed key (ASCII, nothing to escape) and the separator before its value.
    private func key(_ name: StaticString, _ out: inout JSONWriter) {
        out.append("\"")
        out.append(name)
        layout == .file ? out.append("\": ") : out.append("\":")
    }

    /// Writes the separator after the previous member of an object on one line, then a fixed key.
    private func nextKey(_ name: StaticString, _ out: inout JSONWriter) {
        comma(&out)
        key(name, &out)
    }

    /// A line break and indentation (two spaces a level) in the file layout; nothing in the line layout.
    private func newline(indent: Int, _ out: inout JSONWriter) {
        guard layout == .file else { return }
        out.append("\n")
        for _ in 0..<indent { out.append("  ") }
    }

    /// The separator between a key and its value.
    private func colon(_ out: inout JSONWriter) { layout == .file ? out.append(": ") : out.append(":") }

    /// The separator between members written on one line.
    private func comma(_ out: inout JSONWriter) { layout == .file ? out.append(", ") : out.append(",") }

    /// A message for a layer that does not fit its text.
    static func describe(_ error: CorpusModelError) -> String {
        guard case .invalidAnnotation(let layer, let index, let span, let problem) = error else { return error.description }
        return "\(layer) annotation #\(index + 1) (UTF-8 bytes \(span)) \(problem)"
    }
}

extension StandoffWriter.TextField {
    /// Whether the text itself is written.
    var isInline: Bool { if case .inline = self { true } else { false } }
}
