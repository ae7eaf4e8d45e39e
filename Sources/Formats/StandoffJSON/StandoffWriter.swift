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
        let layers = annotated.orderedLayers
        let annotationCount = layers.reduce(0) { $0 + $1.annotations.count }
        var out = JSONWriter(capacity: 256 + annotationCount * 32 + (text.isInline ? document.utf8Count : 0))
        out.append("{")
        member("format", first: true, &out)
        out.append(string: StandoffJSON.formatName)
        member("version", &out)
        out.append(integer: StandoffJSON.version)
        member("id", &out)
        out.append(string: document.id)
        member("text", &out)
        switch text {
        case .inline:
            out.append(string: document.text)
        case .reference(let path):
            out.append("{")
            out.append(string: "path")
            colon(&out)
            out.append(string: path)
            comma(&out)
            out.append(string: "sha256")
            colon(&out)
            out.append(string: document.sha256)
            comma(&out)
            out.append(string: "length")
            colon(&out)
            out.append(integer: table.scalarCount)
            out.append("}")
        }
        member("offsets", &out)
        out.append(string: StandoffJSON.offsetUnit)
        member("producers", &out)
        writeProducers(layers, &out)
        member("layers", &out)
        try writeLayers(layers, table: table, &out)
        newline(indent: 0, &out)
        out.append("}")
        if layout == .file { out.append("\n") }
        return String(decoding: out.bytes, as: UTF8.self)
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
            out.append(string: "tool")
            colon(&out)
            out.append(string: producer.tool)
            comma(&out)
            out.append(string: "version")
            colon(&out)
            out.append(string: producer.version)
            out.append("}")
        }
        if !produced.isEmpty { newline(indent: 1, &out) }
        out.append("}")
    }

    private func writeLayers(_ layers: [AnnotationLayer], table: OffsetTable, _ out: inout JSONWriter) throws(FormatError) {
        out.append("{")
        for (position, layer) in layers.enumerated() {
            if position > 0 { out.append(",") }
            newline(indent: 2, &out)
            out.append(string: layer.name.rawValue)
            colon(&out)
            out.append("[")
            for (index, annotation) in layer.annotations.enumerated() {
                if index > 0 { out.append(",") }
                newline(indent: 3, &out)
                try writeAnnotation(annotation, layer: layer.name, index: index, table: table, &out)
            }
            if !layer.annotations.isEmpty { newline(indent: 2, &out) }
            out.append("]")
        }
        if !layers.isEmpty { newline(indent: 1, &out) }
        out.append("}")
    }

    private func writeAnnotation(
        _ annotation: Annotation, layer: LayerName, index: Int, table: OffsetTable, _ out: inout JSONWriter
    ) throws(FormatError) {
        guard let span = table.scalarSpan(annotation.span) else {
            let document = annotated.document
            throw FormatError(
                path: document.sourcePath ?? document.id,
                message: "\(layer) annotation #\(index + 1) (UTF-8 bytes \(annotation.span)) does not fit the text")
        }
        out.append("{")
        out.append(string: "start")
        colon(&out)
        out.append(integer: span.start)
        comma(&out)
        out.append(string: "end")
        colon(&out)
        out.append(integer: span.end)
        if let label = annotation.label {
            comma(&out)
            out.append(string: "label")
            colon(&out)
            out.append(string: label)
        }
        if !annotation.attributes.isEmpty {
            comma(&out)
            out.append(string: "attributes")
            colon(&out)
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

    /// Starts a top-level member: a separator, a line break and the key.
    private func member(_ key: String, first: Bool = false, _ out: inout JSONWriter) {
        if !first { out.append(",") }
        newline(indent: 1, &out)
        out.append(string: key)
        colon(&out)
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
