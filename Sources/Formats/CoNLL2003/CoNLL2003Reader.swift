import CorpusModel
import Foundation

/// Reads CoNLL-2003 files into stand-off documents.
///
/// Format: one token per line, columns separated by spaces (tabs and runs of blanks are accepted too),
/// the token first and the entity tag last (or last but one, before a predicted tag); a blank line ends a
/// sentence; a line whose token is `-DOCSTART-` starts a document.
///
/// Algorithm:
/// 1. Check the bytes are UTF-8 (a leading byte-order mark is skipped) and split them into lines.
/// 2. Parse each token line: its fields, the same number on every line; its tags, which must be `O` or a
///    prefix `B-`, `I-`, `E-`, `S-`, `L-`, `U-` and a label. Feed the tags to a ``TagSchemeDetector``.
/// 3. Take the scheme given, or the one detected over the whole file (each tag column on its own).
/// 4. Build each document: its text is its tokens joined by single spaces, its sentences joined by `\n`
///    (CoNLL-2003 keeps no original text); token, sentence and entity layers (and the predicted layer);
///    attribute columns become token attributes, `_` meaning absent. Tags are decoded by a ``TagDecoder``
///    sentence by sentence; a violation is an error naming its line, or with ``CoNLL2003ReadOptions/lenient``
///    a repair reported in ``CoNLL2003File/repairs``.
///
/// Document ids are the file's stem and the document's 1-based number, zero-padded so that they sort in
/// file order (`dev-001` … `dev-216`); a file without `-DOCSTART-` is one document named by its stem.
public struct CoNLL2003Reader: Sendable {
    /// How files are read.
    public var options: CoNLL2003ReadOptions

    /// Creates a reader.
    public init(options: CoNLL2003ReadOptions = CoNLL2003ReadOptions()) { self.options = options }

    /// Reads a file.
    /// - Parameters:
    ///   - path: The file.
    ///   - documentIDPrefix: The start of the document ids; by default the file name without its extension.
    /// - Throws: ``FormatError`` naming the file, line and column of the first problem.
    public func read(contentsOf path: String, documentIDPrefix: String? = nil) throws(FormatError) -> CoNLL2003File {
        try read(CoNLLSource.load(path), documentIDPrefix: documentIDPrefix)
    }

    /// Reads a file's bytes.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: The name used in errors (`<stdin>`, a path).
    ///   - documentIDPrefix: The start of the document ids; by default `path` without directory and extension.
    /// - Throws: ``FormatError`` naming the file, line and column of the first problem.
    public func read(utf8 bytes: [UInt8], path: String, documentIDPrefix: String? = nil) throws(FormatError) -> CoNLL2003File {
        try read(CoNLLSource(bytes: bytes, path: path), documentIDPrefix: documentIDPrefix)
    }

    private func read(_ source: CoNLLSource, documentIDPrefix: String?) throws(FormatError) -> CoNLL2003File {
        let parsed = try CoNLL2003Lines(source, layout: options.layout)
        let scheme = options.scheme ?? parsed.detected.scheme
        let predictedScheme = options.layout.predictedTag ? (options.scheme ?? parsed.predictedDetected.scheme) : nil
        var builder = CoNLL2003DocumentBuilder(
            lines: parsed, scheme: scheme, predictedScheme: predictedScheme, predictedLayer: options.predictedLayer,
            lenient: options.lenient)
        let prefix = documentIDPrefix ?? ((source.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let documents = try builder.documents(idPrefix: prefix)
        return CoNLL2003File(
            documents: documents, scheme: scheme, predictedScheme: predictedScheme,
            attributeColumns: parsed.attributeColumns, repairs: builder.repairs)
    }
}
