import CorpusModel

/// A parsed stand-off file together with where its parts stood in the input, so that checks made once
/// the text is at hand (SHA-256, length, order, overlap) can still name a line and column.
///
/// Only valid inside the call that parsed it: ``source`` points into the input's bytes.
struct LocatedStandoffFile {
    /// The file's content.
    let file: StandoffFile
    /// The scanner over the input, kept to place errors.
    let source: JSONScanner
    /// The byte offset of each annotation's `{`, per layer, in file order.
    let annotationOffsets: [LayerName: [Int]]
    /// The byte offsets of the values of `"path"`, `"sha256"` and `"length"` inside `"text"`.
    let textOffsets: [String: Int]

    /// Loads the text the file refers to (or takes the inline text) and checks its SHA-256.
    /// - Parameter corpusRoot: The directory a relative text path is resolved against.
    func loadText(corpusRoot: String) throws(FormatError) -> Document {
        let reference: TextReference
        switch file.text {
        case .inline(let text): return Document(id: file.id, text: text)
        case .reference(let recorded): reference = recorded
        }
        let fullPath = reference.path.hasPrefix("/") ? reference.path : joinPath(corpusRoot, reference.path)
        let document: Document
        do {
            document = try Document(contentsOf: fullPath, id: file.id, sourcePath: reference.path)
        } catch {
            let problem: String
            switch error {
            case .unreadableFile(let path, let reason): problem = "cannot read the annotated text \(path): \(reason)"
            case .invalidUTF8(let path, let offset, let line, let column):
                problem = "the annotated text \(path) is not valid UTF-8 (byte offset \(offset), line \(line), column \(column))"
            case .invalidAnnotation: problem = error.description
            }
            throw source.error(at: textOffsets["path"] ?? 0, problem)
        }
        return try checkText(document)
    }

    /// Checks a text against the file: the SHA-256 of a referenced text, or the bytes of an inline one.
    /// - Parameter given: The text the caller holds.
    /// - Returns: The document to annotate, with the file's id and recorded path.
    func checkText(_ given: Document) throws(FormatError) -> Document {
        switch file.text {
        case .inline(let text):
            guard given.text.utf8.elementsEqual(text.utf8) else {
                throw source.error(at: textOffsets["text"] ?? 0, "the inline text differs from the text of document \(quoted(given.id))")
            }
            return Document(id: file.id, text: text)
        case .reference(let reference):
            let digest = given.sha256
            guard digest == reference.sha256 else {
                throw source.error(
                    at: textOffsets["sha256"] ?? 0,
                    "the text \(reference.path) has changed since it was annotated: its SHA-256 is \(digest), the file records \(reference.sha256)")
            }
            return Document(id: file.id, text: given.text, sourcePath: reference.path)
        }
    }

    /// Converts the layers to UTF-8 spans over `document` and checks them (length, order, overlap).
    func annotatedDocument(text document: Document) throws(FormatError) -> AnnotatedDocument {
        let table = OffsetTable(document)
        if case .reference(let reference) = file.text, reference.length != table.scalarCount {
            throw source.error(
                at: textOffsets["length"] ?? 0,
                "the text \(reference.path) has \(table.scalarCount) Unicode scalars, the file records a length of \(reference.length)")
        }
        var layers: [AnnotationLayer] = []
        layers.reserveCapacity(file.layers.count)
        for layer in file.layers {
            var annotations: [Annotation] = []
            annotations.reserveCapacity(layer.annotations.count)
            for (index, annotation) in layer.annotations.enumerated() {
                guard let span = table.span(annotation.span) else {
                    throw error(layer: layer.name, index: index, "lies outside the text (\(table.scalarCount) Unicode scalars)")
                }
                annotations.append(Annotation(span, label: annotation.label, attributes: annotation.attributes))
            }
            layers.append(AnnotationLayer(layer.name, annotations: annotations, producer: layer.producer))
        }
        let annotated = AnnotatedDocument(document, layers: layers)
        do {
            try annotated.validate()
        } catch {
            guard case .invalidAnnotation(let layer, let index, _, let problem) = error else {
                throw source.error(at: 0, error.description)
            }
            throw self.error(layer: layer, index: index, problem.description)
        }
        return annotated
    }

    /// An error about one annotation, placed at its `{`.
    private func error(layer: LayerName, index: Int, _ problem: String) -> FormatError {
        source.error(at: annotationOffsets[layer]?[index] ?? 0, "\(layer) annotation #\(index + 1) \(problem)")
    }
}

/// `directory/relative`, without doubling a `/`.
func joinPath(_ directory: String, _ relative: String) -> String {
    if directory.isEmpty { return relative }
    return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
}
