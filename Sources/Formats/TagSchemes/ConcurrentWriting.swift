import CorpusModel
import Foundation

/// Writes documents on every core — they are independent — and joins their bytes in document order.
///
/// Algorithm: cut the documents into contiguous batches of about equal text size (four per core), write
/// each batch into a buffer of its own on a worker thread, then concatenate the buffers in order. The
/// result is byte for byte what writing one document after another gives; the first error in document
/// order is the one thrown.
enum ConcurrentWriting {
    /// Writes every document with `writeOne`, which appends one document's bytes to a buffer.
    static func write(
        _ documents: some Collection<AnnotatedDocument>,
        _ writeOne: @Sendable (AnnotatedDocument, inout [UInt8]) throws(FormatError) -> EntityAlignmentCounts
    ) throws(FormatError) -> (bytes: [UInt8], counts: EntityAlignmentCounts) {
        let documents = Array(documents)
        let batches = Self.batches(of: documents, count: ConcurrentJobs.cores * 4)
        let results = ConcurrentJobs.map(count: batches.count) { batch -> Result<([UInt8], EntityAlignmentCounts), FormatError> in
            var bytes: [UInt8] = []
            var counts = EntityAlignmentCounts()
            do throws(FormatError) {
                for index in batches[batch] { counts += try writeOne(documents[index], &bytes) }
                return .success((bytes, counts))
            } catch {
                return .failure(error)
            }
        }
        var counts = EntityAlignmentCounts()
        var parts: [[UInt8]] = []
        for result in results {
            let (part, partCounts) = try result.get()
            parts.append(part)
            counts += partCounts
        }
        if parts.count == 1 { return (parts[0], counts) }  // one batch: its buffer is the file, no copy
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { bytes += part }
        return (bytes, counts)
    }

    /// Contiguous ranges of document indices of about equal UTF-8 size, at most `count` of them.
    private static func batches(of documents: [AnnotatedDocument], count: Int) -> [Range<Int>] {
        let total = documents.reduce(0) { $0 + $1.document.utf8Count }
        let target = max(1, total / max(1, count))
        var batches: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, document) in documents.enumerated() {
            size += document.document.utf8Count
            if size >= target {
                batches.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < documents.count || batches.isEmpty { batches.append(start..<documents.count) }
        return batches
    }
}

/// A writer of a format that holds many documents in one file (CoNLL-2003, CoNLL-U).
public protocol ManyDocumentWriter: Sendable {
    /// Appends one document to `output`.
    /// - Returns: How many of its entities had to be fitted onto tokens.
    /// - Throws: ``FormatError`` naming the document (as its path) for what cannot be written; `output`
    ///   is then left as it was.
    @discardableResult
    func write(_ document: AnnotatedDocument, to output: inout [UInt8]) throws(FormatError) -> EntityAlignmentCounts
}

extension ManyDocumentWriter {
    /// Writes documents one after another (encoded on every core, joined in order).
    /// - Returns: The file's bytes and how many entities had to be fitted onto tokens.
    /// - Throws: ``FormatError`` naming the document (as its path) for what cannot be written.
    public func write(_ documents: some Collection<AnnotatedDocument>) throws(FormatError) -> (bytes: [UInt8], counts: EntityAlignmentCounts) {
        let writer = self
        return try ConcurrentWriting.write(documents) { (document, bytes) throws(FormatError) in try writer.write(document, to: &bytes) }
    }
}
