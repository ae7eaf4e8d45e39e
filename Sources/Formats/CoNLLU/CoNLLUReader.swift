import CorpusModel
import Foundation

/// Reads CoNLL-U files (Universal Dependencies) into stand-off documents, rebuilding each document's text.
///
/// Format: sentences separated by blank lines; `#` comment lines before each sentence; one line per word
/// with ten tab-separated columns `ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC`; a range line
/// (`3-4`) before the words of a multiword token; empty nodes (`8.1`).
///
/// Algorithm, sentence by sentence:
/// 1. Interpret the comments (see ``CoNLLUComments``): `# newdoc` starts a document, `# newpar` a paragraph.
/// 2. Group the lines into surface tokens (a word line, or a range line and its words), checking the
///    numbering; empty nodes are not tokens (with ``CoNLLUReadOptions/words`` they are kept verbatim in
///    the sentence's `empty_nodes` attribute).
/// 3. Append each surface token's FORM to the document's text, then the gap after it (see
///    ``CoNLLUSpacing``): `SpaceAfter=No`, `SpacesAfter=…`, or by default a space — a line feed before a
///    sentence starting a paragraph, nothing at the end of the document. `SpacesBefore=` on the first
///    token gives leading whitespace.
/// 4. Check the rebuilt sentence text against `# text` (line breaks written as spaces there): a
///    difference is an error, or with ``CoNLLUReadOptions/lenient`` a repair that keeps the tokens' text.
/// 5. Once the file is read, infer the scheme of the `NER=` tags in MISC (unless given) and decode them
///    sentence by sentence into the entity layer (a token without `NER=` counts as `O`; a document with
///    no `NER=` at all gets no entity layer).
///
/// Layers: `token` (surface tokens; attributes `lemma`, `upos`, `xpos`, `feats` of one-word tokens and
/// `misc` for the MISC items not interpreted), `sentence` (attributes `sent_id`, `newpar`, other
/// `key = value` comments by key, free comments in `comment`), `entity`, and with
/// ``CoNLLUReadOptions/words`` `word` (every column; see ``CoNLLUSurfaceToken``).
///
/// Files of several documents are read on every core, in parts that start at a `# newdoc` line after a
/// blank line, and the parts joined; the result (and any error) is that of a sequential reading.
///
/// Document ids come from `# newdoc id = …`; otherwise they are the file's stem and the document's
/// 1-based number, zero-padded (`dev-001`), and a file without `# newdoc` is one document named by its stem.
public struct CoNLLUReader: Sendable {
    /// How files are read.
    public var options: CoNLLUReadOptions

    /// Creates a reader.
    public init(options: CoNLLUReadOptions = CoNLLUReadOptions()) { self.options = options }

    /// Reads a file.
    /// - Parameters:
    ///   - path: The file.
    ///   - documentIDPrefix: The start of generated document ids; by default the file name without its extension.
    /// - Throws: ``FormatError`` naming the file, line and column of the first problem.
    public func read(contentsOf path: String, documentIDPrefix: String? = nil) throws(FormatError) -> CoNLLUFile {
        try read(CoNLLSource.load(path), documentIDPrefix: documentIDPrefix)
    }

    /// Reads a file's bytes.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: The name used in errors (`<stdin>`, a path).
    ///   - documentIDPrefix: The start of generated document ids; by default `path` without directory and extension.
    /// - Throws: ``FormatError`` naming the file, line and column of the first problem.
    public func read(utf8 bytes: [UInt8], path: String, documentIDPrefix: String? = nil) throws(FormatError) -> CoNLLUFile {
        try read(CoNLLSource(bytes: bytes, path: path), documentIDPrefix: documentIDPrefix)
    }

    private func read(_ source: CoNLLSource, documentIDPrefix: String?) throws(FormatError) -> CoNLLUFile {
        let prefix = documentIDPrefix ?? ((source.path as NSString).lastPathComponent as NSString).deletingPathExtension
        var builder: CoNLLUDocumentBuilder
        if let joined = readInParts(source) {
            builder = joined
        } else {
            builder = CoNLLUDocumentBuilder(source: source, options: options)
            try read(source, part: CoNLLUParts.Part(bytes: 0..<source.bytes.count, firstLine: 1), into: &builder)
        }
        return try builder.finish(idPrefix: prefix)
    }

    /// Reads the file's documents on every core, in parts that start at a `# newdoc`, and joins the parts.
    /// - Returns: `nil` when the file is one part, or when a part fails or the parts cannot simply be
    ///   joined: the caller then reads the file in one piece, so that errors are exactly those of a
    ///   sequential reading.
    private func readInParts(_ source: CoNLLSource) -> CoNLLUDocumentBuilder? {
        let parts = CoNLLUParts.split(source, count: ConcurrentJobs.cores * 4)
        guard parts.count > 1 else { return nil }
        let reader = self
        let builders = ConcurrentJobs.map(count: parts.count) { index -> CoNLLUDocumentBuilder? in
            var builder = CoNLLUDocumentBuilder(source: source, options: reader.options)
            let read: Void? = try? reader.read(source, part: parts[index], into: &builder)
            return read == nil ? nil : builder
        }
        guard var joined = builders.first ?? nil else { return nil }
        for next in builders.dropFirst() {
            guard let next, joined.absorb(next) else { return nil }
        }
        return joined
    }

    /// Reads the sentence blocks of one part of the file.
    private func read(_ source: CoNLLSource, part: CoNLLUParts.Part, into builder: inout CoNLLUDocumentBuilder) throws(FormatError) {
        var block = CoNLLUBlock()
        try source.forEachLine(in: part.bytes, firstLine: part.firstLine) { (number, range) throws(FormatError) in
            if source.bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if !block.isEmpty { try builder.add(block) }
                block.removeAll()
            } else if source.bytes[range.lowerBound] == 0x23 {  // #
                let content = (range.lowerBound + 1)..<range.upperBound
                try CoNLLUComments.checkColumns(content, line: number, source: source)
                block.addComment(line: number, content: content)
            } else {
                try block.addRow(line: number, range: range, of: source)
            }
        }
        if !block.isEmpty { try builder.add(block) }
    }
}
