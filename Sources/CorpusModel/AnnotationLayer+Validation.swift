extension AnnotationLayer {
    /// Checks the layer against a document's text.
    ///
    /// Every span must lie inside the text and on scalar boundaries; spans must be sorted (start, then
    /// end); in `token` and `sentence` layers no two spans may overlap.
    /// - Parameter document: The document the layer annotates.
    /// - Throws: ``CorpusModelError/invalidAnnotation(layer:index:span:problem:)`` for the first bad annotation.
    public func validate(in document: Document) throws(CorpusModelError) {
        let problem: (index: Int, problem: AnnotationProblem)? = document.withUTF8 { bytes in
            var previous: Span?
            for (index, annotation) in annotations.enumerated() {
                let span = annotation.span
                if span.end > bytes.count { return (index, .outOfRange(textLength: bytes.count)) }
                if isContinuation(bytes, span.start) || isContinuation(bytes, span.end) {
                    return (index, .notOnScalarBoundary)
                }
                if let previous {
                    if span < previous { return (index, .outOfOrder) }
                    if name.forbidsOverlap && span.overlaps(previous) { return (index, .overlapsPrevious) }
                }
                previous = span
            }
            return nil
        }
        if let problem {
            throw .invalidAnnotation(
                layer: name, index: problem.index, span: annotations[problem.index].span, problem: problem.problem)
        }
    }
}

/// Whether the byte at `offset` continues a multi-byte scalar (the end of the text is a boundary).
private func isContinuation(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
    offset < bytes.count && bytes[offset] & 0xC0 == 0x80
}
